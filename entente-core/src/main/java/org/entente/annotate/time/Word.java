package org.entente.annotate.time;

import java.util.List;

/**
 * What the time annotator knows about one word: its roles, the number it stands for, and the fixed
 * phrases it starts.
 *
 * @param roles the {@link Role} bits
 * @param value the month (1-12), the ISO weekday (1-7) or the number it names, else 0
 * @param phrases the phrases that start with it, longest first
 */
record Word(int roles, int value, List<Phrase> phrases) {

  /** Copies the phrases. */
  Word {
    phrases = List.copyOf(phrases);
  }

  // Words at which the scanner tries the rules.
  private static final int TRIGGERS =
      Role.bits(
          Role.MONTH,
          Role.MONTH_ABBREVIATION,
          Role.WEEKDAY,
          Role.WEEKDAY_ABBREVIATION,
          Role.NUMBER,
          Role.FROM,
          Role.BETWEEN,
          Role.LAST,
          Role.NEXT,
          Role.THIS,
          Role.EARLY,
          Role.MID,
          Role.LATE);

  boolean is(Role role) {
    return (roles & role.bit()) != 0;
  }

  /** True when a rule may start at this word. */
  boolean trigger() {
    return (roles & TRIGGERS) != 0 || !phrases.isEmpty();
  }

  /** The roles of words. */
  enum Role {
    /** A full month name: January. */
    MONTH,
    /** A month abbreviation: Jan, Sept. */
    MONTH_ABBREVIATION,
    /** A full weekday name: Monday. */
    WEEKDAY,
    /** A weekday abbreviation: Mon, Thurs. */
    WEEKDAY_ABBREVIATION,
    /** A number word: two. */
    NUMBER,
    /** Makes a following bare number a year: since, by. */
    PREPOSITION,
    /** Makes a following number a name: Resolution, No. */
    LABEL,
    /** Makes a preceding number a count: tons, people. */
    UNIT,
    // The grammar's own words, fixed in Lexicon: from, between, and (or), to (till, until,
    // through), of, on, last, next, this, early, mid, late, ago, the ordinal suffixes, the "s" of
    // "1990s", and the units of "two years ago".
    FROM,
    BETWEEN,
    AND,
    TO,
    OF,
    ON,
    LAST,
    NEXT,
    THIS,
    EARLY,
    MID,
    LATE,
    AGO,
    ORDINAL,
    PLURAL_S,
    YEARS,
    MONTHS,
    WEEKS,
    DAYS;

    int bit() {
      return 1 << ordinal();
    }

    static int bits(Role... roles) {
      int bits = 0;
      for (Role r : roles) {
        bits |= r.bit();
      }
      return bits;
    }
  }
}
