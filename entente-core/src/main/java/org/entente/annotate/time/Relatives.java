package org.entente.annotate.time;

import java.time.LocalDate;
import org.entente.annotate.TimeExpression;
import org.entente.annotate.TimeExpression.Direction;
import org.entente.annotate.TimeExpression.Period;
import org.entente.annotate.TimeExpression.Point;
import org.entente.annotate.TimeExpression.Vague;
import org.entente.annotate.time.Anchor.Which;
import org.entente.annotate.time.Phrase.Meaning;
import org.entente.annotate.time.Phrase.Unit;
import org.entente.annotate.time.Word.Role;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/**
 * The rules for times relative to the publication date, tried at one candidate token: the fixed
 * phrases ("last year", "in the near future"), "two years ago", "on Monday" (that day or the latest
 * before the publication day), "last Friday", "next May". Where the publication date is too coarse
 * for the answer, a vague time in the expression's direction.
 */
final class Relatives {

  private final Lexer lx;
  private final Lexicon lexicon;
  private final Anchor anchor;

  Relatives(Lexer lx, Lexicon lexicon, Anchor anchor) {
    this.lx = lx;
    this.lexicon = lexicon;
    this.anchor = anchor;
  }

  /**
   * The longest relative expression that starts with this token, or {@code null}.
   *
   * @param w the token's word ({@link Lexicon#word(Tok)}), null for a number
   */
  TimeExpression at(Tok t, Word w) {
    if (t.isNumber()) {
      return t.digits() <= 3 && lx.mayStartDate(t) ? ago(t, t.value()) : null;
    }
    if (w == null) {
      return null;
    }
    TimeExpression best = w.phrases().isEmpty() ? null : phrase(t, w);
    if (w.is(Role.LAST) || w.is(Role.NEXT) || w.is(Role.THIS)) {
      best = longer(best, named(t, w));
    }
    if (w.is(Role.WEEKDAY) && t.capitalized()) {
      best = longer(best, onWeekday(t, w));
    }
    if (w.is(Role.NUMBER)) {
      best = longer(best, ago(t, w.value()));
    }
    return best;
  }

  /** The longer of two expressions, the first when they are as long. */
  static TimeExpression longer(TimeExpression a, TimeExpression b) {
    if (a == null) {
      return b;
    }
    return b != null && b.span().length() > a.span().length() ? b : a;
  }

  /** The tokens read after a phrase's first word, by position; reused from word to word. */
  private Tok[] read = new Tok[8];

  private TimeExpression phrase(Tok first, Word w) {
    // the phrases of one word all read the same tokens after it: read each once
    java.util.Arrays.fill(read, null);
    Tok[] read = this.read;
    for (Phrase p : w.phrases()) {
      int end = first.end();
      long[] keys = p.keys();
      if (keys.length > read.length) {
        read = java.util.Arrays.copyOf(read, keys.length);
        this.read = read;
      }
      for (int i = 1; i < keys.length && end >= 0; i++) {
        Tok t = read[i];
        if (t == null) {
          t = lx.at(end);
          read[i] = t;
        }
        boolean matches =
            keys[i] == Phrase.ANY_NUMBER
                ? (t.isNumber() && t.digits() <= 3) || lexicon.is(t, Role.NUMBER)
                : t.isWord() && t.key() == keys[i];
        end = matches ? t.end() : -1;
      }
      if (end >= 0) {
        Span span = new Span(first.start(), end);
        return switch (p.meaning()) {
          case Meaning.Toward toward -> new Vague(span, toward.direction());
          case Meaning.Shift shift -> shifted(span, shift.unit(), shift.by());
        };
      }
    }
    return null;
  }

  /** "two years ago", "3 months ago". */
  private TimeExpression ago(Tok count, int n) {
    Tok unit = lx.at(count.end());
    Word u = lexicon.word(unit);
    Tok ago = lx.at(unit.end());
    if (u == null || n < 1 || !lexicon.is(ago, Role.AGO)) {
      return null;
    }
    Span span = new Span(count.start(), ago.end());
    if (u.is(Role.YEARS)) {
      return shifted(span, Unit.YEAR, -n);
    } else if (u.is(Role.MONTHS)) {
      return shifted(span, Unit.MONTH, -n);
    } else if (u.is(Role.DAYS)) {
      return shifted(span, Unit.DAY, -n);
    } else if (u.is(Role.WEEKS)) {
      // "two weeks ago" names no week and no day precisely enough to keep.
      return new Vague(span, Direction.PAST);
    }
    return null;
  }

  /** "on Monday": the publication day when it is a Monday, else the latest Monday before it. */
  private TimeExpression onWeekday(Tok day, Word w) {
    if (!lexicon.is(lx.wordBefore(day.start()), Role.ON)) {
      return null;
    }
    Span span = new Span(day.start(), day.end());
    PartialDate date = anchor.weekday(w.value(), Which.ON_OR_BEFORE);
    return date != null ? new Point(span, date, true, false) : new Vague(span, Direction.PAST);
  }

  /** "last Friday", "next Monday", "last May", "this May". */
  private TimeExpression named(Tok keyword, Word w) {
    Tok name = lx.at(keyword.end());
    Word n = lexicon.word(name);
    if (n == null || !name.capitalized()) {
      return null;
    }
    Which which = w.is(Role.LAST) ? Which.BEFORE : w.is(Role.NEXT) ? Which.AFTER : Which.SAME_YEAR;
    PartialDate date;
    if (n.is(Role.WEEKDAY) && which != Which.SAME_YEAR) {
      date = anchor.weekday(n.value(), which);
    } else if (n.is(Role.MONTH) && !lx.at(name.end()).isNumber()) {
      // Not "last May 5": that is a date with a word before it.
      date = anchor.namedMonth(n.value(), which);
    } else {
      return null;
    }
    Span span = new Span(keyword.start(), name.end());
    if (date != null) {
      return new Point(span, date, true, false);
    }
    return new Vague(
        span,
        switch (which) {
          case BEFORE, ON_OR_BEFORE -> Direction.PAST;
          case AFTER -> Direction.FUTURE;
          case SAME_YEAR -> Direction.PRESENT;
        });
  }

  private TimeExpression shifted(Span span, Unit unit, int by) {
    if (unit == Unit.WEEK) {
      LocalDate monday = anchor.monday(by);
      if (monday != null) {
        return new Period(span, PartialDate.of(monday), PartialDate.of(monday.plusDays(6)), true);
      }
    } else {
      PartialDate date =
          switch (unit) {
            case YEAR -> anchor.year(by);
            case MONTH -> anchor.month(by);
            case DAY -> anchor.day(by);
            case WEEK -> null;
          };
      if (date != null) {
        return new Point(span, date, true, false);
      }
    }
    return new Vague(span, by < 0 ? Direction.PAST : by > 0 ? Direction.FUTURE : Direction.PRESENT);
  }
}
