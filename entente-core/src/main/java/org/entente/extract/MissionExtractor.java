package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.CityMention;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.text.Span;

/**
 * mission: a country's diplomatic mission, embassy or consulate in another, and when it began.
 * Each mention of a level ("Diplomatic Mission", "the Embassy status", "as an independent
 * Mission") in a sentence that says it began or operates is one fact, dated by the time
 * expression nearest to it. The sender is the country after "of" (or the adjective before), the
 * host the country after "in" or the country of the city it is in; a mention that names neither
 * takes them from the previous mission of the document ("which received the Embassy status").
 */
final class MissionExtractor implements Extractor {

  private final Phrases embassy;
  private final Phrases mission;
  private final Phrases consulate;
  private final Phrases start;

  MissionExtractor(Vocabulary vocabulary) {
    this.embassy = vocabulary.get("mission_embassy");
    this.mission = vocabulary.get("mission_mission");
    this.consulate = vocabulary.get("mission_consulate");
    this.start = vocabulary.get("mission_start");
  }

  @Override
  public String name() {
    return "mission";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String lower = doc.lower();
    String sender = null;
    String host = null;
    String city = null;
    for (Sentence s : doc.sentences()) {
      int from = s.span().start();
      int to = s.span().end();
      List<Level> levels = new ArrayList<>();
      embassy.all(lower, from, to).forEach(h -> levels.add(new Level(h, "embassy")));
      consulate.all(lower, from, to).forEach(h -> levels.add(new Level(h, "consulate")));
      mission.all(lower, from, to).forEach(h -> {
        if (levels.stream().noneMatch(l -> l.hit.start() < h.end() && h.start() < l.hit.end())) {
          levels.add(new Level(h, "mission"));
        }
      });
      if (levels.isEmpty() || !start.any(lower, from, to)) {
        continue;
      }
      levels.sort((a, b) -> Integer.compare(a.hit.start(), b.hit.start()));
      for (Level level : levels) {
        CountryMention of = countryAfter(doc, level.hit.end(), to, "of ");
        CountryMention in = countryAfter(doc, level.hit.end(), to, "in ");
        if (of != null) {
          sender = of.code();
          host = null;
          city = null;
        }
        if (in != null) {
          host = in.code();
        }
        for (CityMention c : doc.cities(s.span())) {
          if (host == null || c.country().equals(host)) {
            city = c.name();
            host = c.country();
          }
        }
        if (sender == null || host == null) {
          List<String> pair = doc.pair();
          if (sender != null && pair.size() == 2 && pair.contains(sender)) {
            host = pair.get(0).equals(sender) ? pair.get(1) : pair.get(0);
          } else {
            continue;
          }
        }
        if (sender.equals(host)) {
          continue;
        }
        TimeExpression t = nearestFollowing(doc, s.span(), level.hit, levels);
        When when = t == null ? When.NONE : Clauses.when(t);
        if (Clauses.future(doc, when)) {
          continue;
        }
        facts.add(new Fact(new FactArgs.Mission(sender, host, level.kind, city), when, Clauses.evidence(s),
            "mission/" + level.kind));
      }
    }
    return facts;
  }

  private record Level(Phrases.Hit hit, String kind) {}

  /** The time closest to this level mention and closer to it than to any other level mention. */
  private static TimeExpression nearestFollowing(DocContext doc, Span sentence, Phrases.Hit hit, List<Level> levels) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : doc.within(org.entente.annotate.Layers.TIMES, sentence)) {
      if (!Clauses.dates(t)) {
        continue;
      }
      int d = distance(t.span(), hit);
      boolean closerToAnother = levels.stream().anyMatch(l -> l.hit != hit && distance(t.span(), l.hit) < d);
      if (!closerToAnother && d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(Span t, Phrases.Hit h) {
    return t.start() >= h.end() ? t.start() - h.end() : Math.max(0, h.start() - t.end());
  }

  /** A country named right after "of " / "in " (with "the" allowed) following {@code offset}. */
  private static CountryMention countryAfter(DocContext doc, int offset, int limit, String preposition) {
    String lower = doc.lower();
    int i = offset;
    while (i < limit && lower.charAt(i) == ' ') {
      i++;
    }
    if (!lower.startsWith(preposition, i)) {
      return null;
    }
    i += preposition.length();
    if (lower.startsWith("the ", i)) {
      i += 4;
    }
    for (CountryMention c : doc.countryMentions(new Span(i, Math.min(limit, i + 60)))) {
      if (c.span().start() == i) {
        return c;
      }
    }
    return null;
  }
}
