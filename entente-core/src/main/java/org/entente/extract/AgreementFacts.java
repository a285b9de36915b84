package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.annotate.CityMention;
import org.entente.annotate.Layers;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/**
 * What the sentence that names an agreement says of it, for {@link AgreementExtractor}: its status
 * (draft, signed, ratified, in force, implementing), its date, where and by whom it was signed.
 * A signing the sentence leaves undated is dated by what was told before it: the visit or talks
 * it points back at ("During the visit ..."), the agreement it was signed along with, the report's
 * own day for news of a signing. Stateless and thread-safe.
 */
final class AgreementFacts {

  private static final GuardedPattern COLLECTIVE =
      GuardedPattern.of("\\b(the (two )?(presidents|leaders|heads of state)|both (presidents|leaders))\\b",
          8, "presidents", "leaders", "heads of state");

  private final Phrases signed;
  private final Phrases ratified;
  private final Phrases inForce;
  private final Phrases implementing;
  private final Phrases draft;
  private final Phrases chosen;
  private final Phrases together;
  private final Phrases during;

  AgreementFacts(Vocabulary vocabulary) {
    this.signed = vocabulary.get("agreement_signed");
    this.ratified = vocabulary.get("agreement_ratified");
    this.inForce = vocabulary.get("agreement_in_force");
    this.implementing = vocabulary.get("agreement_implementing");
    this.draft = vocabulary.get("agreement_draft");
    this.chosen = vocabulary.get("agreement_chosen");
    this.together = vocabulary.get("agreement_together");
    this.during = vocabulary.get("during_the_event");
  }

  /**
   * The fact of an agreement named at {@code title} in sentence {@code s}.
   *
   * @param titleDate the date its title gives ("Agreement ... of 7 July 2000"), or null
   * @param period the period its title gives ("Programme for 2021-2023"), or null
   * @param listDate the date of the list it is an item of, or null
   * @param inherited the date of the signing the sentence enumerates the documents of, or null
   */
  Fact fact(DocContext doc, Sentence s, Span title, When titleDate, Map<String, String> period, String docType,
      When listDate, When inherited, EventDates events) {
    String lower = doc.lower();
    // status words count near the title only: a long preamble says many things
    int from = Math.max(s.span().start(), title.start() - 80);
    int to = Math.min(s.span().end(), title.end() + 80);
    String status = null;
    if (chosen.any(doc.words(), from, title.start())) {
      status = "signed";
    } else if (draft.any(doc.words(), from, title.end()) && !signed.any(doc.words(), title.end(), to)) {
      status = "draft";
    } else if (ratified.any(doc.words(), from, to)) {
      status = "ratified";
    } else if (inForce.any(doc.words(), from, to)) {
      status = "in_force";
    } else if (implementing.any(doc.words(), from, to)) {
      status = "implementing";
    } else if (signed.any(doc.words(), from, to) || listDate != null) {
      status = "signed";
    }
    if (status == null && listDate == null && inherited != null) {
      status = "signed";
    }
    When when = titleDate;
    Phrases.Hit verb = signed.first(doc.words(), from, to);
    // "..., and the Treaty on Allied Relations was concluded on 25 December 2003": the title's own
    // verb, right after it, not the one of an earlier clause
    Phrases.Hit own = ownVerb(doc, title.end(), to);
    boolean passive = own != null;
    if (passive) {
      verb = own;
    }
    if (when == null && verb != null && verb.start() < title.start()) {
      // "signed the Tokyo Declaration on September 1": the date that follows the name
      TimeExpression right = timeRightAfter(doc, title.end(), s.span().end());
      when = right == null ? null : Clauses.when(right);
    }
    if (when == null) {
      TimeExpression t = verb == null ? null : Clauses.nearestTime(doc, s.span(), verb.start());
      if (t != null && (t.span().start() > title.end() || t.span().end() <= title.start())) {
        when = Clauses.when(t);
      }
    }
    if (when == null && listDate != null) {
      when = listDate;
    }
    if (when == null && inherited != null) {
      when = inherited;
    }
    if (when == null && verb == null) {
      // "an agreement on creation of the Fund was reached during the visit in September 2007"
      String rest = lower.substring(title.end(), s.span().end());
      boolean reached = rest.startsWith(" was reached") || rest.startsWith(" was concluded") || rest.startsWith(" was agreed");
      int end = reached ? s.span().end() : Math.min(s.span().end(), title.end() + 100);
      TimeExpression after = Clauses.nearestTime(doc, new Span(title.end(), end), title.end());
      if (after != null) {
        when = Clauses.when(after);
      }
    }
    if (when == null && "signed".equals(status) && doc.published() != null && newsLike(lower, from, to)) {
      When talks = events.talksDayBefore(s.span().start());
      when = talks != null ? talks : When.at(doc.published());
    }
    if (when == null) {
      when = When.NONE;
    }
    when = signedBeforePublication(doc, s, status, when);
    String city = null;
    for (CityMention c : doc.cities(passive ? new Span(title.start(), s.span().end()) : s.span())) {
      if (lower.startsWith("in ", Math.max(0, c.span().start() - 3))) {
        city = c.name();
      }
    }
    List<String> signatories = new ArrayList<>();
    if (verb != null) {
      for (PersonMention p : doc.persons(new Span(s.span().start(), verb.start()))) {
        if (!signatories.contains(p.id())) {
          signatories.add(p.id());
        }
      }
    }
    if (verb != null && signatories.isEmpty()
        && COLLECTIVE.find(lower.substring(s.span().start(), verb.start()))) {
      signatories.addAll(doc.headsOfState());
    }
    if (city == null && "signed".equals(status) && doc.datelineCity() != null && when.start() != null
        && when.start().equals(doc.published())) {
      city = doc.datelineCity().name(); // signed in the report's own time: at its dateline
    }
    String title2 = doc.text().substring(title.start(), title.end());
    FactArgs.Agreement args =
        new FactArgs.Agreement(title2, docType, doc.parties(s.span()), signatories, city, period, status);
    return new Fact(args, when, List.of(s.span()), "agreement/" + ("draft".equals(status) ? "draft" : "named"));
  }

  /**
   * The date of the visit or talks a sentence points back at ("During the visit ...", "Following
   * the talks, ..."), or null when it points at none or none is told before it.
   */
  When pointedBack(DocContext doc, Sentence s, EventDates events) {
    Phrases.Hit cue = during.first(doc.words(), s.span().start(), s.span().end());
    return cue == null ? null : events.before(s.span().start(), cue);
  }

  /** "was signed", "were concluded", "has been adopted" right after a title, or null. */
  private Phrases.Hit ownVerb(DocContext doc, int titleEnd, int to) {
    String lower = doc.lower();
    for (String aux : PASSIVE_AUXILIARIES) {
      if (lower.startsWith(aux, titleEnd)) {
        Phrases.Hit verb = signed.first(doc.words(), titleEnd + aux.length(), Math.min(to, titleEnd + aux.length() + 12));
        return verb != null && verb.start() == titleEnd + aux.length() ? verb : null;
      }
    }
    return null;
  }

  private static final List<String> PASSIVE_AUXILIARIES = List.of(" was ", " were ", " has been ", " had been ", " have been ");

  /** ", along with a", " as well as the", " and a": what joins two agreements signed together. */
  boolean joinsTwo(String gap) {
    String g = gap.strip();
    g = g.startsWith(",") ? g.substring(1).strip() : g;
    for (String article : List.of(" a", " an", " the")) {
      if (g.endsWith(article)) {
        g = g.substring(0, g.length() - article.length());
        break;
      }
    }
    return together.phrases().contains(g);
  }

  /**
   * "signed a treaty on the junction point of the borders, along with a declaration of eternal
   * friendship": the second is signed as the first was, when it says nothing of its own.
   */
  static Fact alongWith(Fact fact, Fact previous) {
    FactArgs.Agreement own = (FactArgs.Agreement) fact.args();
    FactArgs.Agreement first = (FactArgs.Agreement) previous.args();
    if (own.status() != null || !fact.when().isEmpty()) {
      return fact;
    }
    FactArgs.Agreement args = new FactArgs.Agreement(own.title(), own.docType(), first.parties(),
        own.signatories().isEmpty() ? first.signatories() : own.signatories(),
        own.city() == null ? first.city() : own.city(), own.period(), first.status());
    return new Fact(args, previous.when(), fact.evidence(), fact.rule());
  }

  /**
   * "a ceasefire statement signed ... on November 10", in a June report: a signing told in the
   * past whose day and month, without a year, fell after the publication was last year's.
   */
  private static When signedBeforePublication(DocContext doc, Sentence s, String status, When when) {
    PartialDate published = doc.published();
    PartialDate start = when.start();
    if (!"signed".equals(status) || start == null || !start.isFull() || published == null || !published.isFull()
        || !start.firstDay().isAfter(published.firstDay())) {
      return when;
    }
    for (TimeExpression t : doc.within(Layers.TIMES, s.span())) {
      if (t instanceof TimeExpression.Point p && p.relative() && p.date().equals(start)) {
        java.time.LocalDate day = start.firstDay();
        return When.at(PartialDate.of(day.minusYears(1)));
      }
    }
    return when;
  }

  /** "were signed" in a sentence without another date: the document reports the signing itself. */
  private static boolean newsLike(String lower, int from, int to) {
    String s = lower.substring(from, to);
    return s.contains("signed") && !s.contains("have signed") && !s.contains("has signed") && !s.contains("had signed");
  }

  /** A date starting right after {@code from}, after an optional "on" or "in". */
  private static TimeExpression timeRightAfter(DocContext doc, int from, int sentenceEnd) {
    String lower = doc.lower();
    int at = from;
    while (at < sentenceEnd && lower.charAt(at) == ' ') {
      at++;
    }
    if (lower.startsWith("on ", at) || lower.startsWith("in ", at)) {
      at += 3;
    }
    for (TimeExpression t : doc.within(Layers.TIMES, new Span(at, Math.min(sentenceEnd, at + 40)))) {
      return t.span().start() == at && Clauses.dates(t) ? t : null;
    }
    return null;
  }
}
