package org.entente.extract;

import java.util.List;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layers;
import org.entente.annotate.PersonMention;
import org.entente.text.Span;

/** Which country a person acts for, as far as the document tells. */
final class Persons {

  private Persons() {}

  /**
   * The person's country: from the office they held at the document's date, else from an office
   * phrase or country adjective right before the name ("Kazakh President Tokayev"), else null.
   */
  static String country(DocContext doc, PersonMention p) {
    if (p.role() != null) {
      return p.role().country();
    }
    for (PersonMention office : doc.within(Layers.ROLES, new Span(Math.max(0, p.span().start() - 60), p.span().start()))) {
      if (p.span().start() - office.span().end() <= 3 && office.role() != null) {
        return office.role().country();
      }
    }
    // an office named with this person elsewhere in the document ("Japanese Prime Minister Fumio Kishida")
    for (PersonMention office : doc.doc().get(Layers.ROLES)) {
      if (p.id() != null && p.id().equals(office.id()) && office.role() != null) {
        return office.role().country();
      }
    }
    List<CountryMention> before = doc.countryMentions(new Span(Math.max(0, p.span().start() - 30), p.span().start()));
    if (!before.isEmpty()) {
      CountryMention c = before.get(before.size() - 1);
      if (p.span().start() - c.span().end() <= 25) {
        return c.code();
      }
    }
    return null;
  }
}
