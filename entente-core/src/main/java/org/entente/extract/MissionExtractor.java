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
 * Each mention of a level ("Diplomatic Mission", "the Embassy status", "Consulates General in
 * Shanghai, Hong Kong and Urumqi") in a sentence that says it began, operates or represents is one
 * fact per city it names, dated by the time expression nearest to it. The sender is the country
 * after "of", the adjective before, or the sentence's subject ("Kazakhstan is represented in China
 * by its Embassy", "China has an Embassy in Astana"); the host is the country of the city, or the
 * country after "in". A mention that names neither takes them from the mission before it ("which
 * received the Embassy status").
 */
final class MissionExtractor implements Extractor {

  private final Phrases embassy;
  private final Phrases mission;
  private final Phrases consulate;
  private final Phrases start;
  private final Phrases irrealis;

  MissionExtractor(Vocabulary vocabulary) {
    this.embassy = vocabulary.get("mission_embassy");
    this.mission = vocabulary.get("mission_mission");
    this.consulate = vocabulary.get("mission_consulate");
    this.start = vocabulary.get("mission_start");
    this.irrealis = vocabulary.get("irrealis");
  }

  @Override
  public String name() {
    return "mission";
  }

  private record Level(Phrases.Hit hit, String kind) {}

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
      List<Level> levels = levels(doc, from, to);
      if (levels.isEmpty() || !start.any(doc.words(), from, to)) {
        continue;
      }
      CountryMention subject = subject(doc, s, levels.get(0).hit().start());
      for (Level level : levels) {
        if (Clauses.irrealis(doc, irrealis, from, level.hit().start())) {
          continue;
        }
        CountryMention of = doc.countryAfter(level.hit().end(), to, "of ");
        CountryMention adjective = adjectiveBefore(doc, level.hit().start());
        String levelSender = of != null ? of.code() : adjective != null ? adjective.code()
            : subject != null ? subject.code() : sender;
        if (levelSender == null) {
          continue;
        }
        if (!levelSender.equals(sender)) {
          host = null;
          city = null;
        }
        sender = levelSender;
        List<CityMention> cities = citiesAfter(doc, level, levels, to);
        CountryMention in = doc.countryAfter(level.hit().end(), to, "in ");
        if (in == null) {
          in = inCountry(doc, s, sender);
        }
        if (in != null) {
          host = in.code();
        }
        TimeExpression t = nearest(doc, s.span(), level, levels);
        When when = t == null ? When.NONE : Clauses.when(t);
        if (Clauses.future(doc, when)) {
          continue;
        }
        if (cities.isEmpty()) {
          for (CityMention c : doc.cities(s.span())) {
            if (!c.country().equals(sender) && (host == null || c.country().equals(host))) {
              city = c.name();
              host = c.country();
            }
          }
          String levelHost = host != null ? host : otherOfPair(doc, sender);
          if (levelHost != null && !levelHost.equals(sender)) {
            host = levelHost;
            facts.add(fact(sender, levelHost, level.kind(), city, when, s));
          }
          continue;
        }
        for (CityMention c : cities) {
          if (!c.country().equals(sender)) {
            host = c.country();
            city = c.name();
            facts.add(fact(sender, c.country(), level.kind(), c.name(), when, s));
          }
        }
      }
    }
    return facts;
  }

  private static Fact fact(String sender, String host, String level, String city, When when, Sentence s) {
    return new Fact(new FactArgs.Mission(sender, host, level, city), when, Clauses.evidence(s), "mission/" + level);
  }

  private List<Level> levels(DocContext doc, int from, int to) {
    List<Level> levels = new ArrayList<>();
    embassy.all(doc.words(), from, to).forEach(h -> levels.add(new Level(h, "embassy")));
    consulate.all(doc.words(), from, to).forEach(h -> levels.add(new Level(h, "consulate")));
    mission.all(doc.words(), from, to).forEach(h -> {
      if (levels.stream().noneMatch(l -> l.hit().start() < h.end() && h.start() < l.hit().end())) {
        levels.add(new Level(h, "mission"));
      }
    });
    levels.sort((a, b) -> Integer.compare(a.hit().start(), b.hit().start()));
    return levels;
  }

  /** "Kazakhstan is represented ...", "China has an Embassy ...": the first country named as a subject. */
  private static CountryMention subject(DocContext doc, Sentence s, int before) {
    String lower = doc.lower();
    for (CountryMention c : doc.countryMentions(new Span(s.span().start(), before))) {
      String prev = lower.substring(Math.max(s.span().start(), c.span().start() - 8), c.span().start());
      if (c.form() == CountryMention.Form.NAME && !prev.endsWith("in ") && !prev.endsWith("in the ")
          && !prev.endsWith("to ") && !prev.endsWith("of ") && !prev.endsWith("of the ")) {
        return c;
      }
    }
    return null;
  }

  private static CountryMention adjectiveBefore(DocContext doc, int offset) {
    List<CountryMention> before = doc.countryMentions(new Span(Math.max(0, offset - 20), offset));
    if (before.isEmpty()) {
      return null;
    }
    CountryMention c = before.get(before.size() - 1);
    String between = doc.lower().substring(c.span().end(), offset);
    boolean adjacent = between.isBlank() || between.equals("'s ") || between.equals("\u2019s ");
    return adjacent && (c.form() == CountryMention.Form.ADJECTIVE || !between.isBlank()) ? c : null;
  }

  /** "in Shanghai, Hong Kong and Urumqi" after this level and before the next one. */
  private static List<CityMention> citiesAfter(DocContext doc, Level level, List<Level> levels, int to) {
    int end = to;
    for (Level other : levels) {
      if (other.hit().start() > level.hit().start()) {
        end = other.hit().start();
        break;
      }
    }
    String lower = doc.lower();
    List<CityMention> out = new ArrayList<>();
    int at = level.hit().end();
    while (at < end && (lower.charAt(at) == ' ' || lower.startsWith("general", at))) {
      at += lower.startsWith("general", at) ? 7 : 1;
    }
    // "the Embassy of Kazakhstan in Bishkek": the city after the sending country
    CountryMention of = lower.startsWith("of ", at) ? doc.countryAfter(at, end, "of ") : null;
    if (of != null && of.span().start() <= at + 8) {
      at = of.span().end();
      while (at < end && lower.charAt(at) == ' ') {
        at++;
      }
    }
    if (!lower.startsWith("in ", at)) {
      return out;
    }
    for (CityMention c : doc.cities(new Span(at, end))) {
      String between = lower.substring(at, c.span().start()).strip();
      if (between.equals("in") || between.equals(",") || between.equals("and") || between.equals(", and")) {
        out.add(c);
        at = c.span().end();
      } else {
        break;
      }
    }
    return out;
  }

  /** "represented in China": a country after "in" anywhere in the sentence other than the sender. */
  private static CountryMention inCountry(DocContext doc, Sentence s, String sender) {
    for (CountryMention c : doc.countryMentions(s.span())) {
      String prev = doc.lower().substring(Math.max(s.span().start(), c.span().start() - 7), c.span().start());
      if ((prev.endsWith("in ") || prev.endsWith("in the ")) && !c.code().equals(sender)) {
        return c;
      }
    }
    return null;
  }

  private static String otherOfPair(DocContext doc, String sender) {
    List<String> pair = doc.pair();
    if (pair.size() == 2 && pair.contains(sender)) {
      return pair.get(0).equals(sender) ? pair.get(1) : pair.get(0);
    }
    return null;
  }

  /** The time closest to this level mention and closer to it than to any other level mention. */
  private static TimeExpression nearest(DocContext doc, Span sentence, Level level, List<Level> levels) {
    // "The Embassy ... opened in 1993, and the Consulate General ...": a time in the mission's own
    // clause, before the next mission is named, is its own
    int next = sentence.end();
    for (Level other : levels) {
      if (other.hit().start() > level.hit().end() && other.hit().start() < next) {
        next = other.hit().start();
      }
    }
    if (next < sentence.end()) {
      for (TimeExpression t : doc.within(org.entente.annotate.Layers.TIMES, new Span(level.hit().end(), next))) {
        if (Clauses.dates(t)) {
          return t;
        }
      }
    }
    int previous = -1; // where the mission named before this one ends: what follows it is its clause
    for (Level other : levels) {
      if (other.hit().end() <= level.hit().start()) {
        previous = Math.max(previous, other.hit().end());
      }
    }
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : doc.within(org.entente.annotate.Layers.TIMES, sentence)) {
      if (!Clauses.dates(t) || previous >= 0 && t.span().start() >= previous && t.span().end() <= level.hit().start()) {
        continue;
      }
      int d = distance(t.span(), level.hit());
      boolean closerToAnother = levels.stream().anyMatch(l -> l != level && distance(t.span(), l.hit()) < d);
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
}
