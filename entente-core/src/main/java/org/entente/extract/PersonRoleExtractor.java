package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.annotate.ActorMention;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layers;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Sentence;
import org.entente.text.Span;

/**
 * person_role: a person introduced with an office. Three shapes, each with the person's name
 * right next to the office: "President of the Republic of Tajikistan Emomali Rahmon" and "Tajik
 * President Emomali Rahmon" (an office phrase before the name), and "President Emomali Rahmon of
 * Tajikistan" (a title word, the name, then "of COUNTRY"). The role comes from the office phrase
 * or, for a bare title, from the person's dated roles in the dictionary.
 */
final class PersonRoleExtractor implements Extractor {

  private static final int GAP = 3;

  private final java.util.Map<String, Phrases> titlesByRole = new java.util.HashMap<>();

  PersonRoleExtractor(Vocabulary vocabulary) {
    for (String role : List.of("head_of_state", "head_of_government", "foreign_minister", "minister")) {
      titlesByRole.put(role, vocabulary.get("title_" + role));
    }
  }

  @Override
  public String name() {
    return "person_role";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      List<PersonMention> offices = doc.within(Layers.ROLES, s.span());
      for (ActorMention a : doc.within(Layers.ACTORS, s.span())) {
        if (!(a instanceof PersonMention name) || name.id() == null) {
          continue;
        }
        // An office phrase right before the name.
        for (PersonMention office : offices) {
          int gap = name.span().start() - office.span().end();
          if (gap >= 0 && gap <= GAP && office.role() != null) {
            facts.add(fact(name.id(), office.role(), new Span(office.span().start(), name.span().end()), s,
                "person_role/office-before-name"));
          }
        }
        // "President Emomali Rahmon of Tajikistan" or "Foreign Minister Sirojiddin Muhriddin".
        String before = text.substring(Math.max(s.span().start(), name.span().start() - 40), name.span().start());
        PersonMention.Role known = name.role();
        String written = known == null ? null : titleBefore(before, known.role());
        if (written == null && known != null && !coveredByOffice(offices, name)) {
          // "Foreign Ministers Jeenbek Kulubaev of Kyrgyzstan and Sirojiddin Mukhriddin of Tajikistan",
          // "the prime ministers of the two countries, Olzhas Bektenov and Abdulla Aripov"
          String plural = pluralTitleBefore(doc, s, name, known.role());
          if (plural != null) {
            CountryMention after = nameAfterOf(doc, name.span().end(), s.span().end());
            if (after == null || after.code().equals(known.country())) {
              facts.add(fact(name.id(), new PersonMention.Role(known.role(), known.country(), plural),
                  name.span(), s, "person_role/plural-title"));
            }
            continue;
          }
        }
        if (written != null && !coveredByOffice(offices, name)) {
          int titleStart = name.span().start() - before.length() + before.toLowerCase(Locale.ROOT).lastIndexOf(written.toLowerCase(Locale.ROOT));
          CountryMention after = nameAfterOf(doc, name.span().end(), s.span().end());
          if (after == null || after.code().equals(known.country())) {
            int end = after == null ? name.span().end() : after.span().end();
            String title = text.substring(titleStart, titleStart + written.length());
            facts.add(fact(name.id(), new PersonMention.Role(known.role(), known.country(), title),
                new Span(titleStart, end), s, "person_role/title-name"));
          }
        }
      }
    }
    return facts;
  }

  /** The title of this role written right before the name ("Foreign Minister"), or null. */
  private String titleBefore(String before, String role) {
    Phrases titles = titlesByRole.get(role);
    if (titles == null) {
      return null;
    }
    String b = before.stripTrailing().toLowerCase(Locale.ROOT);
    for (String t : titles.phrases()) {
      if (b.endsWith(t) && (b.length() == t.length() || !Character.isLetter(b.charAt(b.length() - t.length() - 1)))) {
        return before.stripTrailing().substring(b.length() - t.length());
      }
    }
    return null;
  }

  /**
   * The singular of a plural title of this role that introduces a list of names ending with this
   * one, or null: between them only names, countries, "and", commas and "of the two countries".
   */
  private String pluralTitleBefore(DocContext doc, Sentence s, PersonMention name, String role) {
    Phrases titles = titlesByRole.get(role);
    if (titles == null) {
      return null;
    }
    String lower = doc.lower();
    int from = Math.max(s.span().start(), name.span().start() - 120);
    String before = lower.substring(from, name.span().start());
    for (String t : titles.phrases()) {
      String plural = t.endsWith("y") ? t.substring(0, t.length() - 1) + "ies" : t + "s";
      int at = before.lastIndexOf(plural);
      if (at < 0) {
        continue;
      }
      String between = before.substring(at + plural.length());
      // remove the names and countries in between, then only joiners may remain
      String rest = between;
      for (PersonMention p : doc.persons(new Span(from + at + plural.length(), name.span().start()))) {
        rest = rest.replace(lower.substring(p.span().start(), p.span().end()), " ");
      }
      for (CountryMention c : doc.countryMentions(new Span(from + at + plural.length(), name.span().start()))) {
        rest = rest.replace(lower.substring(c.span().start(), c.span().end()), " ");
      }
      rest = rest.replace("of the two countries", " ").replace("of both countries", " ").replace("of", " ")
          .replace("and", " ").replace("the", " ").replaceAll("[,\\s]+", "");
      if (rest.isEmpty()) {
        String written = doc.text().substring(from + at, from + at + t.length());
        StringBuilder title = new StringBuilder();
        for (String w : written.split(" ")) {
          title.append(title.length() == 0 ? "" : " ").append(w.equals("of") || w.equals("for") ? w
              : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return title.toString();
      }
    }
    return null;
  }

  private static boolean coveredByOffice(List<PersonMention> offices, PersonMention name) {
    return offices.stream().anyMatch(o -> name.span().start() - o.span().end() >= 0 && name.span().start() - o.span().end() <= GAP);
  }

  /** "of Tajikistan" after a name: a country by its name, not an adjective ("of Kazakh origin"). */
  private static CountryMention nameAfterOf(DocContext doc, int offset, int limit) {
    CountryMention c = doc.countryAfter(offset, limit, "of ");
    return c != null && c.form() == CountryMention.Form.NAME ? c : null;
  }

  private static Fact fact(String person, PersonMention.Role role, Span phrase, Sentence s, String rule) {
    return new Fact(
        new FactArgs.PersonRole(person, role.role(), role.country(), role.title()),
        When.NONE,
        List.of(phrase),
        rule);
  }
}
