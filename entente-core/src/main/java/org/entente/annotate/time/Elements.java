package org.entente.annotate.time;

import org.entente.annotate.time.Word.Role;

/**
 * Reads one date as written ({@link Elem}) at a position: "January 7, 1993", "7 January 1993",
 * "Jan. 7", "the 7th of January", "Thursday, 20 May", "June 1993", "June", "1993", "01.03.2020",
 * "2023-05-04", and, inside a range or list only, a bare day ("12" of "12-13 September").
 */
final class Elements {

  /** The years a date with a month may have. */
  static final int MIN_YEAR = 1000;

  static final int MAX_YEAR = 2999;

  /**
   * The years a number alone may be: outside them a four-digit number is far more often an amount
   * or a reference than a date.
   */
  static final int MIN_BARE_YEAR = 1900;

  static final int MAX_BARE_YEAR = 2100;

  private final Lexer lx;
  private final Lexicon lexicon;

  Elements(Lexer lx, Lexicon lexicon) {
    this.lx = lx;
    this.lexicon = lexicon;
  }

  /** The element at {@code pos}, or {@code null}; a bare day only when {@code bareDay}. */
  Elem at(int pos, boolean bareDay) {
    Tok t = lx.at(pos);
    Word w = lexicon.word(t);
    if (w != null && t.capitalized() && (w.is(Role.WEEKDAY) || w.is(Role.WEEKDAY_ABBREVIATION))) {
      return weekdayFirst(t, w);
    }
    if (isMonth(t, w)) {
      return monthFirst(t, w, true);
    }
    return t.isNumber() ? numberFirst(t, bareDay) : null;
  }

  /** True when the token is a year from min to max, and not an amount ("2000 tons"). */
  boolean isYear(Tok t, int min, int max) {
    return t.isNumber()
        && t.digits() == 4
        && t.value() >= min
        && t.value() <= max
        && !lx.continuesPast(t)
        && !lexicon.is(lx.at(t.end()), Role.UNIT);
  }

  private Elem weekdayFirst(Tok t, Word w) {
    int end = endOfName(t, w.is(Role.WEEKDAY_ABBREVIATION));
    Tok comma = lx.at(end);
    Tok d = comma.isPunct(',') ? lx.at(comma.end()) : comma;
    Word dw = lexicon.word(d);
    Elem e = null;
    if (isMonth(d, dw)) {
      e = monthFirst(d, dw, false);
    } else if (d.isNumber()) {
      e = numberFirst(d, false);
    }
    if (e == null || e.day() == 0) {
      return null;
    }
    return new Elem(t.start(), e.end(), e.year(), e.month(), e.day(), w.value(), e.monthFirst());
  }

  private Elem monthFirst(Tok t, Word w, boolean alone) {
    boolean abbreviated = w.is(Role.MONTH_ABBREVIATION);
    int end = endOfName(t, abbreviated);
    Tok d = lx.at(end);
    int dayEnd = dayEnd(d);
    if (dayEnd > 0) {
      Tok y = yearAfter(dayEnd);
      int year = y == null ? 0 : y.value();
      return new Elem(t.start(), y == null ? dayEnd : y.end(), year, w.value(), d.value(), 0, true);
    }
    Tok y = yearAfter(end);
    if (y != null) {
      return new Elem(t.start(), y.end(), y.value(), w.value(), 0, 0, true);
    }
    // "Jan" alone is too often something else; "June" alone still needs a preposition.
    return abbreviated || !alone ? null : new Elem(t.start(), end, 0, w.value(), 0, 0, true);
  }

  private Elem numberFirst(Tok t, boolean bareDay) {
    if (t.digits() == 4) {
      Elem iso = iso(t);
      if (iso != null) {
        return iso;
      }
      return isYear(t, MIN_BARE_YEAR, MAX_BARE_YEAR)
          ? new Elem(t.start(), t.end(), t.value(), 0, 0, 0, false)
          : null;
    }
    if (t.digits() > 2) {
      return null;
    }
    Elem dotted = dotted(t);
    if (dotted != null) {
      return dotted;
    }
    int dayEnd = dayEnd(t);
    if (dayEnd < 0) {
      return null;
    }
    Tok next = lx.at(dayEnd);
    Tok m = lexicon.is(next, Role.OF) ? lx.at(next.end()) : next;
    Word mw = lexicon.word(m);
    if (isMonth(m, mw)) {
      int end = endOfName(m, mw.is(Role.MONTH_ABBREVIATION));
      Tok y = yearAfter(end);
      int year = y == null ? 0 : y.value();
      return new Elem(t.start(), y == null ? end : y.end(), year, mw.value(), t.value(), 0, false);
    }
    // "May 5 and 6 agreements" counts agreements, not days.
    if (!bareDay || lexicon.is(next, Role.UNIT)) {
      return null;
    }
    Tok y = yearAfter(dayEnd);
    int year = y == null ? 0 : y.value();
    return new Elem(t.start(), y == null ? dayEnd : y.end(), year, 0, t.value(), 0, false);
  }

  /** "2023-05-04", also as the start of a date-time ("2023-05-04T10:00"). */
  private Elem iso(Tok year) {
    int p = year.end();
    if (lx.charAt(p) != '-' || lx.charAt(p + 3) != '-') {
      return null;
    }
    int month = twoDigits(p + 1);
    int day = twoDigits(p + 4);
    char after = lx.charAt(p + 6);
    boolean time = after == 'T' && Lexer.isDigit(lx.charAt(p + 7));
    if (month < 0 || day < 0 || (Character.isLetterOrDigit(after) && !time)) {
      return null;
    }
    return full(year.start(), p + 6, year.value(), month, day);
  }

  /** "01.03.2020", day first. */
  private Elem dotted(Tok day) {
    if (lx.charAt(day.end()) != '.') {
      return null;
    }
    Tok month = lx.at(day.end() + 1);
    if (!month.isNumber() || month.start() != day.end() + 1 || month.digits() > 2) {
      return null;
    }
    if (lx.charAt(month.end()) != '.') {
      return null;
    }
    Tok year = lx.at(month.end() + 1);
    if (year.start() != month.end() + 1 || !isYear(year, MIN_YEAR, MAX_YEAR)) {
      return null;
    }
    return full(day.start(), year.end(), year.value(), month.value(), day.value());
  }

  private Elem full(int start, int end, int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR || Completion.date(year, month, day) == null) {
      return null;
    }
    return month == 0 || day == 0 ? null : new Elem(start, end, year, month, day, 0, false);
  }

  private int twoDigits(int p) {
    char a = lx.charAt(p);
    char b = lx.charAt(p + 1);
    return Lexer.isDigit(a) && Lexer.isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
  }

  /** The end of a day number 1-31 with its ordinal suffix ("7th"), or -1. */
  private int dayEnd(Tok t) {
    if (!t.isNumber() || t.digits() > 2 || t.value() < 1 || t.value() > 31) {
      return -1;
    }
    if (Character.isLetter(lx.charAt(t.end()))) {
      Tok suffix = lx.at(t.end());
      return lexicon.is(suffix, Role.ORDINAL) ? suffix.end() : -1;
    }
    return lx.continuesPast(t) ? -1 : t.end();
  }

  /** A year after an optional comma: "May 19, 2021", "June 1993". */
  private Tok yearAfter(int pos) {
    Tok t = lx.at(pos);
    if (t.isPunct(',')) {
      t = lx.at(t.end());
    }
    return isYear(t, MIN_YEAR, MAX_YEAR) ? t : null;
  }

  private int endOfName(Tok name, boolean abbreviated) {
    return abbreviated && lx.charAt(name.end()) == '.' ? name.end() + 1 : name.end();
  }

  private static boolean isMonth(Tok t, Word w) {
    return w != null && t.capitalized() && (w.is(Role.MONTH) || w.is(Role.MONTH_ABBREVIATION));
  }
}
