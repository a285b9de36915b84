package org.entente.extract;

import java.util.List;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/** Small structural helpers the extractors share. */
final class Clauses {
  private static final GuardedPattern ANCHOR_WORD = GuardedPattern.of("\\b(since|after|before|prior to|following|until|till)\\b",
      0, "since", "after", "before", "prior to", "following", "until", "till");


  private Clauses() {}

  /** The date a time expression gives a fact: a point, or a period's start and end. */
  static When when(TimeExpression t) {
    return switch (t) {
      case TimeExpression.Point p -> p.weekdayConflict() && !p.date().isFull() ? When.NONE : When.at(p.date());
      case TimeExpression.Period p -> When.between(p.start(), p.end());
      case TimeExpression.DateList l -> When.at(l.dates().get(0));
      case TimeExpression.Vague v -> When.NONE;
    };
  }

  /** True for a time that dates an event (not vague). */
  static boolean dates(TimeExpression t) {
    return !(t instanceof TimeExpression.Vague);
  }

  /** The dated time expression nearest to {@code offset} within the sentence, or null. */
  static TimeExpression nearestTime(DocContext doc, Span sentence, int offset) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : doc.within(org.entente.annotate.Layers.TIMES, sentence)) {
      if (!dates(t) || anchorsAnotherTime(doc, t)) {
        continue;
      }
      int d = t.span().start() >= offset ? t.span().start() - offset : offset - t.span().end();
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return best;
  }

  /** "since the conflicts of 2021", "after 2019": a time the event is measured from, not its own. */
  static boolean anchorsAnotherTime(DocContext doc, TimeExpression t) {
    String before = doc.lower().substring(Math.max(0, t.span().start() - 40), t.span().start());
    int stop = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(". "));
    String near = before.substring(stop + 1);
    return ANCHOR_WORD.find(near);
  }

  /** The first dated time expression in the span, or null. */
  static TimeExpression firstTime(DocContext doc, Span span) {
    for (TimeExpression t : doc.within(org.entente.annotate.Layers.TIMES, span)) {
      if (dates(t)) {
        return t;
      }
    }
    return null;
  }

  /** True when the time lies after the publication date: a plan, not an event. */
  static boolean future(DocContext doc, When when) {
    PartialDate published = doc.published();
    if (published == null || when.start() == null) {
      return false;
    }
    return when.start().firstDay().isAfter(published.lastDay());
  }

  /** True when an irrealis word (will, intend, draft, not...) stands in [from, to) of the text. */
  static boolean irrealis(DocContext doc, Phrases irrealis, int from, int to) {
    return irrealis.any(doc.words(), from, to);
  }

  /** Evidence: the sentence. */
  static List<Span> evidence(Sentence s) {
    return List.of(s.span());
  }
}
