package org.entente.annotate.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.annotate.ActorMention;
import org.entente.annotate.CountryMention;

/** Country mentions of a document by the char offset they start and end at. */
final class ActorIndex {

  private final Map<Integer, CountryMention> byStart = new HashMap<>();
  private final Map<Integer, CountryMention> byEnd = new HashMap<>();

  ActorIndex(List<ActorMention> actors) {
    for (ActorMention a : actors) {
      if (a instanceof CountryMention c) {
        byStart.put(c.span().start(), c);
        byEnd.put(c.span().end(), c);
      }
    }
  }

  CountryMention startingAt(int offset) {
    return byStart.get(offset);
  }

  CountryMention endingAt(int offset) {
    return byEnd.get(offset);
  }
}
