package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.annotate.CityMention;
import org.entente.annotate.CountryMention;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/**
 * visit: a person's visit to a country ("arrived in Dushanbe on May 19 on a two-day official
 * visit", "the visit of the President of Tajikistan to Kazakhstan in January 1993", "visited
 * Kazakhstan"). Plans and wishes (will visit, invited to visit) are not visits. The visitor is the
 * person after "visit of"/"by", else the nearest person before the trigger; the host is the
 * country or city after "to"/"in" or the object of "visited", else the other country of the pair.
 */
final class VisitExtractor implements Extractor {

  // "he came", or "It is his second trip to India": the visitor told before
  private static final Pattern PRONOUN = Pattern.compile(
      "\\b(he|she)\\b|\\b(his|her) (first|second|third|fourth|fifth|next|last|previous)( [a-z]+)? $");

  private static final Map<String, Integer> DAYS =
      Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "2", 2, "3", 3, "4", 4, "5", 5);
  private static final GuardedPattern N_DAY =
      GuardedPattern.of("\\b(one|two|three|four|five|[2-5])[- ]day\\b", 6, "day");

  private final Phrases nouns;
  private final Phrases verbs;
  private final Phrases irrealis;
  private final Phrases state;
  private final Phrases official;
  private final Phrases working;
  private final Phrases earlier;
  private final Phrases arrival;

  VisitExtractor(Vocabulary vocabulary) {
    this.nouns = vocabulary.get("visit_noun");
    this.verbs = vocabulary.get("visit_verb");
    this.irrealis = vocabulary.get("irrealis");
    this.state = vocabulary.get("visit_kind_state");
    this.official = vocabulary.get("visit_kind_official");
    this.working = vocabulary.get("visit_kind_working");
    this.earlier = vocabulary.get("visit_earlier");
    this.arrival = vocabulary.get("visit_arrival");
  }

  @Override
  public String name() {
    return "visit";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String lower = doc.lower();
    PersonMention lastVisitor = null;
    FactArgs.Visit lastVisit = null;
    int guessed = -1; // the last visit, while it has no date of its own told
    for (Sentence s : doc.sentences()) {
      int from = s.span().start();
      int to = s.span().end();
      Phrases.Hit trigger = verbs.first(doc.words(), from, to);
      Phrases.Hit noun = nouns.first(doc.words(), from, to);
      // "paid state visits to Kazakhstan in 2013 ... the first country he visited": the first telling leads
      boolean verb = trigger != null
          && (noun == null || trigger.start() < noun.start() || refersBack(lower, noun));
      if (!verb) {
        trigger = noun;
      }
      if (trigger == null || Clauses.irrealis(doc, irrealis, clauseStart(lower, from, trigger.start()), trigger.end())) {
        continue;
      }
      if (!verb && refersBack(lower, trigger)) {
        // "The visit is his third, after those of 2000 and 2019": the visit told before, earlier
        if (lastVisit != null && !earlierVisits(doc, s, trigger.end(), lastVisit, facts) && guessed >= 0) {
          guessed = datedLater(doc, s, facts, guessed);
        }
        continue;
      }
      List<PersonMention> persons = doc.persons(s.span());
      int triggerStart = trigger.start();
      // the regex only when no person is named before the trigger
      boolean pronounSubject = persons.stream().noneMatch(p -> p.span().end() <= triggerStart)
          && PRONOUN.matcher(lower.substring(from, trigger.start())).find();
      // "he came to Bishkek ..., during which he presented Japarov": the pronoun, not the later name
      PersonMention visitor = pronounSubject && lastVisitor != null ? lastVisitor : visitor(doc, persons, trigger, verb);
      if (visitor == null) {
        continue;
      }
      lastVisitor = visitor;
      String visitorCountry = Persons.country(doc, visitor);
      Host host = host(doc, s, trigger, visitorCountry);
      if (host == null || host.country.equals(visitorCountry)) {
        continue;
      }
      String kind = state.any(doc.words(), from, to) ? "state"
          : official.any(doc.words(), from, to) ? "official"
          : working.any(doc.words(), from, to) ? "working" : "unspecified";
      // "paid state visits to Kazakhstan in September 2013 and in September 2022": one per date
      if (lower.startsWith("visits", trigger.start())) {
        List<TimeExpression> times = new ArrayList<>();
        for (TimeExpression t : doc.within(org.entente.annotate.Layers.TIMES, new Span(trigger.end(), to))) {
          if (Clauses.dates(t) && !Clauses.anchorsAnotherTime(doc, t)) {
            times.add(t);
          }
        }
        if (times.size() >= 2) {
          for (TimeExpression t : times) {
            facts.add(new Fact(new FactArgs.Visit(visitor.id(), visitorCountry, host.country, host.city, kind),
                Clauses.when(t), Clauses.evidence(s), "visit/plural"));
          }
          continue;
        }
      }
      TimeExpression t = Clauses.nearestTime(doc, s.span(), trigger.start());
      When when = t == null ? When.NONE : Clauses.when(t);
      boolean onTheDay = when.isEmpty() && verb && arrival.phrases().contains(trigger.phrase())
          && doc.published() != null && doc.published().isFull();
      if (onTheDay) {
        // a dated news report: "X arrived in Y on a state visit", "X flew to Y" happened on its day
        when = When.at(doc.published());
      }
      when = lengthInDays(lower, from, to, when);
      if (Clauses.future(doc, when)) {
        continue;
      }
      lastVisit = new FactArgs.Visit(visitor.id(), visitorCountry, host.country, host.city, kind);
      facts.add(new Fact(lastVisit, when, Clauses.evidence(s), verb ? "visit/verb" : "visit/noun"));
      guessed = onTheDay || when.isEmpty() ? facts.size() - 1 : -1;
      earlierVisits(doc, s, trigger.end(), lastVisit, facts);
    }
    return facts;
  }

  /**
   * "X has arrived in Baku on an official visit. The visit takes place on 16-17 December": the
   * visit told before, dated only by the report's day or not at all, takes the dates the sentence
   * that goes on about it gives. Answers -1 once it did, else {@code guessed} unchanged.
   */
  private static int datedLater(DocContext doc, Sentence s, List<Fact> facts, int guessed) {
    for (TimeExpression t : doc.within(org.entente.annotate.Layers.TIMES, s.span())) {
      if (Clauses.dates(t) && !Clauses.anchorsAnotherTime(doc, t)) {
        When when = Clauses.when(t);
        if (when.isEmpty() || Clauses.future(doc, when)) {
          return guessed;
        }
        Fact visit = facts.get(guessed);
        List<Span> evidence = new ArrayList<>(visit.evidence());
        evidence.addAll(Clauses.evidence(s));
        facts.set(guessed, new Fact(visit.args(), when, evidence, visit.rule()));
        return -1;
      }
    }
    return guessed;
  }

  /**
   * "his third to Kyrgyzstan, after those of 2000 and 2019": each date after the cue is an earlier
   * visit of the same visitor to the same host, of the same kind; where it went is not told.
   */
  private boolean earlierVisits(DocContext doc, Sentence s, int from, FactArgs.Visit visit, List<Fact> facts) {
    Phrases.Hit cue = earlier.first(doc.words(), from, s.span().end());
    if (cue == null) {
      return false;
    }
    for (PartialDate date : datesAfter(doc, cue.end(), s.span().end())) {
      facts.add(new Fact(new FactArgs.Visit(visit.visitor(), visit.visitorCountry(), visit.hostCountry(), null, visit.kind()),
          When.at(date), Clauses.evidence(s), "visit/earlier"));
    }
    return true;
  }

  /** The dates told right after {@code from} ("2000 and 2019"), up to the first undated words. */
  private static List<PartialDate> datesAfter(DocContext doc, int from, int to) {
    List<PartialDate> dates = new ArrayList<>();
    int at = from;
    for (TimeExpression t : doc.within(org.entente.annotate.Layers.TIMES, new Span(from, to))) {
      String gap = doc.lower().substring(at, t.span().start()).strip();
      if (!(gap.isEmpty() || gap.equals("and") || gap.equals(",") || gap.equals(", and") || gap.equals("in"))) {
        break;
      }
      switch (t) {
        case TimeExpression.DateList l -> dates.addAll(l.dates());
        case TimeExpression.Point p when !p.relative() -> dates.add(p.date());
        default -> { }
      }
      at = t.span().end();
    }
    return dates;
  }

  /**
   * Where the clause holding a trigger starts: after the last comma or semicolon before it. "The
   * council is to meet in the autumn, and the agreements reached during his state visit": a plan
   * of another clause does not make the visit one.
   */
  private static int clauseStart(String lower, int sentenceStart, int trigger) {
    int at = Math.max(lower.lastIndexOf(',', trigger - 1), lower.lastIndexOf(';', trigger - 1));
    return at < sentenceStart ? sentenceStart : at + 1;
  }

  private record Host(String country, String city) {}

  /**
   * "During the visit, ..." names a visit told before: "the visit" with no visitor or destination
   * of its own ("the visit of", "the visit to", "the visit by") is not another one.
   */
  private static boolean refersBack(String lower, Phrases.Hit trigger) {
    if (!lower.startsWith("the ", Math.max(0, trigger.start() - 4)) || trigger.start() < 4) {
      return false;
    }
    String after = lower.substring(trigger.end(), Math.min(lower.length(), trigger.end() + 5));
    return !(after.startsWith(" of ") || after.startsWith(" to ") || after.startsWith(" by ") || after.startsWith(" in "));
  }

  private static PersonMention visitor(DocContext doc, List<PersonMention> persons, Phrases.Hit trigger, boolean verb) {
    if (persons.isEmpty()) {
      return null;
    }
    if (!verb) {
      String after = doc.lower().substring(trigger.end(), Math.min(doc.text().length(), trigger.end() + 8));
      if (after.startsWith(" of ") || after.startsWith(" by ")) {
        for (PersonMention p : persons) {
          if (p.span().start() >= trigger.end() && p.span().start() - trigger.end() < 80) {
            return p;
          }
        }
      }
    }
    PersonMention before = null;
    for (PersonMention p : persons) {
      if (p.span().end() <= trigger.start()) {
        before = p;
      }
    }
    if (before != null) {
      return before;
    }
    return persons.get(0);
  }

  private static Host host(DocContext doc, Sentence s, Phrases.Hit trigger, String visitorCountry) {
    String lower = doc.lower();
    int to = s.span().end();
    // a city after the trigger ("arrived in Dushanbe", "visit to Astana")
    for (CityMention c : doc.cities(new Span(trigger.end(), to))) {
      String before = lower.substring(Math.max(trigger.end(), c.span().start() - 5), c.span().start());
      String gap = lower.substring(trigger.end(), c.span().start());
      boolean rightAfterTrigger = (gap.isBlank() || gap.equals(" the ")) && (trigger.phrase().endsWith(" in")
          || trigger.phrase().endsWith(" to") || trigger.phrase().endsWith(" at") || trigger.phrase().equals("visited"));
      if ((rightAfterTrigger || before.endsWith("in ") || before.endsWith("to ") || before.endsWith("at "))
          && !c.country().equals(visitorCountry)) {
        return new Host(c.country(), c.name());
      }
    }
    for (CountryMention c : doc.countryMentions(new Span(trigger.end(), to))) {
      String before = lower.substring(Math.max(trigger.end(), c.span().start() - 9), c.span().start());
      if ((before.endsWith("to ") || before.endsWith("to the ") || before.endsWith("in ") || before.endsWith("in the ")
          || c.span().start() - trigger.end() <= 1) && !c.code().equals(visitorCountry)
          && c.form() != CountryMention.Form.DEMONYM) {
        CityMention here = doc.datelineCity();
        return new Host(c.code(), here != null && here.country().equals(c.code()) ? here.name() : null);
      }
    }
    if (lower.substring(s.span().start(), to).contains(" here")) {
      CityMention here = doc.datelineCity();
      if (here != null) {
        return new Host(here.country(), here.name());
      }
    }
    for (String code : doc.countries(s.span())) {
      if (!code.equals(visitorCountry) && doc.pair().contains(code)) {
        return new Host(code, null);
      }
    }
    List<String> pair = doc.pair();
    if (visitorCountry != null && pair.size() == 2 && pair.contains(visitorCountry)) {
      return new Host(pair.get(0).equals(visitorCountry) ? pair.get(1) : pair.get(0), null);
    }
    return null;
  }

  /** "on May 19 on a two-day visit": the visit ends a day later. */
  private static When lengthInDays(String lower, int from, int to, When when) {
    if (when.start() == null || when.end() != null || !when.start().isFull()) {
      return when;
    }
    Matcher m = N_DAY.first(lower.substring(from, to));
    if (m == null) {
      return when;
    }
    int days = DAYS.getOrDefault(m.group(1), 1);
    LocalDate end = when.start().firstDay().plusDays(days - 1L);
    return When.between(when.start(), PartialDate.of(end));
  }
}
