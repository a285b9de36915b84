package org.entente.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.TimeExpression;
import org.entente.annotate.TimeExpression.DateList;
import org.entente.annotate.TimeExpression.Direction;
import org.entente.annotate.TimeExpression.Period;
import org.entente.annotate.TimeExpression.Point;
import org.entente.annotate.TimeExpression.Vague;
import org.entente.annotate.time.Completion.Completed;
import org.entente.annotate.time.Word.Role;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/**
 * The rules for written dates, tried at one candidate token: a date ("January 7, 1993", "in 1993"),
 * a range ("1993-2013", "12-13 September, 2007", "from 12 to 14 May 2022", "between 1993 and
 * 2013"), a list ("1998, 2001, 2004 and 2010", "5 and 6 May 2022") and a decade ("1990s", "the
 * early 2000s"). A date without a year and a publication date without one give a vague past time:
 * the text does not say when, and the fact contract wants no guess.
 */
final class Dates {

  private final Lexer lx;
  private final Lexicon lexicon;
  private final Elements elements;
  private final Anchor anchor;

  Dates(Lexer lx, Lexicon lexicon, Anchor anchor) {
    this.lx = lx;
    this.lexicon = lexicon;
    this.elements = new Elements(lx, lexicon);
    this.anchor = anchor;
  }

  /**
   * The longest date expression that starts with this token, or {@code null}.
   *
   * @param w the token's word ({@link Lexicon#word(Tok)}), null for a number
   */
  TimeExpression at(Tok t, Word w) {
    if (t.isNumber()) {
      if (!lx.mayStartDate(t) || lexicon.is(lx.wordBefore(t.start()), Role.LABEL)) {
        return null;
      }
      TimeExpression decade = decade(t, t.start(), null);
      if (decade != null) {
        return decade;
      }
    } else if (w == null) {
      return null;
    } else if (w.is(Role.FROM) || w.is(Role.BETWEEN)) {
      return range(t, w.is(Role.FROM) ? Role.TO : Role.AND);
    } else if (w.is(Role.EARLY) || w.is(Role.MID) || w.is(Role.LATE)) {
      return modifiedDecade(t, w);
    } else if (!t.capitalized()) {
      return null;
    }
    Elem first = elements.at(t.start(), true);
    if (first == null) {
      return null;
    }
    TimeExpression e = dashRange(first);
    if (e == null) {
      e = list(first);
    }
    return e != null ? e : single(first);
  }

  /** "from 1993 to 2013", "between 1993 and 2013"; a dash also serves after "from". */
  private TimeExpression range(Tok keyword, Role separator) {
    Elem a = elements.at(keyword.end(), true);
    if (a == null) {
      return null;
    }
    Tok sep = lx.at(a.end());
    if (!lexicon.is(sep, separator) && !(separator == Role.TO && sep.isDash())) {
      return null;
    }
    Elem b = elements.at(sep.end(), true);
    return b == null ? null : period(keyword.start(), a, b);
  }

  /** "1993-2013", "12–13 September 2007", "September 12-13, 2007". */
  private TimeExpression dashRange(Elem a) {
    Tok sep = lx.at(a.end());
    if (!sep.isDash()) {
      return null;
    }
    Elem b = elements.at(sep.end(), true);
    return b == null ? null : period(a.start(), a, b);
  }

  private TimeExpression period(int start, Elem a, Elem b) {
    Completed c = Completion.complete(List.of(a, b), anchor);
    if (c == null) {
      return null;
    }
    int end = b.end();
    if (a.yearOnly() && b.yearOnly()) {
      // "2021-2023 years", as translated texts write it.
      Tok years = lx.at(end);
      if (lexicon.is(years, Role.YEARS)) {
        end = years.end();
      }
    }
    Span span = new Span(start, end);
    if (c.undated()) {
      return new Vague(span, Direction.PAST);
    }
    PartialDate from = c.dates().get(0);
    PartialDate to = c.dates().get(1);
    return from.compareTo(to) < 0 ? new Period(span, from, to, c.relative()) : null;
  }

  /**
   * "1998, 2001, 2004 and 2010", "5 and 6 May 2022", "May 5, 6 and 9"; years also without a
   * conjunction when there are three or more, or after a preposition ("in 1998, 2001, 2004").
   */
  private TimeExpression list(Elem first) {
    List<Elem> elems = new ArrayList<>();
    elems.add(first);
    boolean closed = false;
    while (!closed) {
      Tok sep = lx.at(elems.getLast().end());
      int next;
      boolean conjunction;
      if (sep.isPunct(',')) {
        Tok and = lx.at(sep.end());
        conjunction = lexicon.is(and, Role.AND);
        next = conjunction ? and.end() : sep.end();
      } else if (lexicon.is(sep, Role.AND)) {
        conjunction = true;
        next = sep.end();
      } else {
        break;
      }
      Elem e = elements.at(next, true);
      // Years with years, dates with dates: "in 1993, 12 agreements" is no list.
      if (e == null || e.yearOnly() != first.yearOnly()) {
        break;
      }
      elems.add(e);
      closed = conjunction;
    }
    if (elems.size() < 2
        || !(closed
            || (first.yearOnly()
                && (elems.size() > 2
                    || lexicon.is(lx.wordBefore(first.start()), Role.PREPOSITION))))) {
      return null;
    }
    Completed c = Completion.complete(elems, anchor);
    if (c == null) {
      return null;
    }
    Span span = new Span(first.start(), elems.getLast().end());
    if (c.undated()) {
      return new Vague(span, Direction.PAST);
    }
    List<PartialDate> dates = c.dates();
    return consecutiveDays(dates)
        ? new Period(span, dates.getFirst(), dates.getLast(), c.relative())
        : new DateList(span, dates);
  }

  private TimeExpression single(Elem e) {
    Span span = new Span(e.start(), e.end());
    boolean alone = e.yearOnly() || (e.day() == 0 && e.year() == 0);
    if (e.bareDay() || (alone && !lexicon.is(lx.wordBefore(e.start()), Role.PREPOSITION))) {
      return null;
    }
    if (e.yearOnly()) {
      return new Point(span, PartialDate.ofYear(e.year()), false, false);
    }
    Completed c = Completion.complete(List.of(e), anchor);
    if (c == null) {
      return null;
    }
    if (c.undated()) {
      return new Vague(span, Direction.PAST);
    }
    PartialDate date = c.dates().getFirst();
    boolean conflict =
        e.weekday() != 0
            && date.isFull()
            && LocalDate.of(date.year(), date.month(), date.day()).getDayOfWeek().getValue()
                != e.weekday();
    return new Point(span, date, c.relative(), conflict);
  }

  /** "early 1990s", "mid-1990s", "late 1990s". */
  private TimeExpression modifiedDecade(Tok modifier, Word w) {
    Tok n = lx.at(modifier.end());
    if (n.isDash() && n.start() == modifier.end()) {
      n = lx.at(n.end());
    }
    Role role = w.is(Role.EARLY) ? Role.EARLY : w.is(Role.MID) ? Role.MID : Role.LATE;
    return n.isNumber() ? decade(n, modifier.start(), role) : null;
  }

  /** "1990s", "1990's": the whole decade, or a part of it after a modifier. */
  private TimeExpression decade(Tok number, int start, Role modifier) {
    int first = number.value();
    if (number.digits() != 4
        || first % 10 != 0
        || first < Elements.MIN_YEAR
        || first > Elements.MAX_YEAR) {
      return null;
    }
    Tok s = lx.at(number.end());
    if (s.start() == number.end() && s.isApostrophe()) {
      s = lx.at(s.end());
      if (s.start() != number.end() + 1) {
        return null;
      }
    } else if (s.start() != number.end()) {
      return null;
    }
    if (!lexicon.is(s, Role.PLURAL_S)) {
      return null;
    }
    int from = first;
    int to = first + 9;
    if (modifier == Role.EARLY) {
      to = first + 3;
    } else if (modifier == Role.MID) {
      from = first + 4;
      to = first + 6;
    } else if (modifier == Role.LATE) {
      from = first + 7;
    }
    return new Period(
        new Span(start, s.end()), PartialDate.ofYear(from), PartialDate.ofYear(to), false);
  }

  private static boolean consecutiveDays(List<PartialDate> dates) {
    for (int i = 0; i < dates.size(); i++) {
      PartialDate d = dates.get(i);
      if (!d.isFull()) {
        return false;
      }
      if (i > 0) {
        PartialDate p = dates.get(i - 1);
        LocalDate previous = LocalDate.of(p.year(), p.month(), p.day());
        if (!previous.plusDays(1).equals(LocalDate.of(d.year(), d.month(), d.day()))) {
          return false;
        }
      }
    }
    return true;
  }
}
