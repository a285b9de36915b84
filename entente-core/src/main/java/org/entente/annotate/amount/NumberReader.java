package org.entente.annotate.amount;

import org.entente.annotate.amount.Lexicon.NumberWord;
import org.entente.annotate.amount.Lexicon.Role;

/**
 * Reads one number at a position: digits ("1,200,000", "1.13", "1 200 000") or words
 * ("twenty-five", "one hundred and twenty", "a million"). Knows nothing of what comes around the
 * number.
 */
final class NumberReader {

  /** More digits than a double holds exactly: account numbers and the like, not amounts. */
  private static final int MAX_DIGITS = 15;

  /**
   * A number as read.
   *
   * @param start its first char
   * @param end one past its last char
   * @param mantissa the digits as a whole number (113 for "1.13")
   * @param decimals how many of them follow the decimal point (2 for "1.13")
   * @param yearLike four digits from 1900 to 2100 with nothing else: most likely a year
   * @param words spelled out
   * @param bareOne the single word "one", mostly a pronoun ("one of the", "no one")
   */
  record Num(
      int start,
      int end,
      long mantissa,
      int decimals,
      boolean yearLike,
      boolean words,
      boolean bareOne) {}

  private final WordTable<NumberWord> numberWords;
  private final String text;
  private final int n;

  NumberReader(WordTable<NumberWord> numberWords, String text) {
    this.numberWords = numberWords;
    this.text = text;
    this.n = text.length();
  }

  /**
   * The number in digits at {@code i}, or {@code null} when the digits there are not one number
   * as English writes it ("01.03.2020", "1,5", a run of twenty digits). Thousands may be grouped
   * with commas or, as texts translated from Russian do, with spaces ("1 200 000"); one
   * separator throughout.
   */
  Num digits(int i) {
    int j = i;
    long m = 0;
    int count = 0;
    while (j < n && Chars.isDigit(text.charAt(j))) {
      if (++count > MAX_DIGITS) {
        return null;
      }
      m = m * 10 + (text.charAt(j) - '0');
      j++;
    }
    int intLength = j - i;
    if (intLength > 1 && text.charAt(i) == '0') {
      return null; // "05", "007": parts of dates, codes and ids
    }
    boolean grouped = false;
    if (intLength <= 3) {
      char separator = 0;
      while (j < n) {
        char c = text.charAt(j);
        boolean isSeparator =
            separator == 0
                ? c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009'
                : c == separator;
        if (!isSeparator || !threeDigitsAt(j + 1)) {
          break;
        }
        count += 3;
        if (count > MAX_DIGITS) {
          return null;
        }
        m = m * 1000 + Integer.parseInt(text, j + 1, j + 4, 10);
        separator = c;
        grouped = true;
        j += 4;
      }
    }
    int decimals = 0;
    if (j + 1 < n && text.charAt(j) == '.' && Chars.isDigit(text.charAt(j + 1))) {
      j++;
      while (j < n && Chars.isDigit(text.charAt(j))) {
        if (++count > MAX_DIGITS) {
          return null;
        }
        m = m * 10 + (text.charAt(j) - '0');
        decimals++;
        j++;
      }
    }
    if (j + 1 < n && (text.charAt(j) == '.' || text.charAt(j) == ',')
        && Chars.isDigit(text.charAt(j + 1))) {
      return null; // "01.03.2020", "1.2.3", "1,5" (a decimal comma is not read as a thousand)
    }
    boolean yearLike = !grouped && decimals == 0 && intLength == 4 && m >= 1900 && m <= 2100;
    return new Num(i, j, m, decimals, yearLike, false, false);
  }

  /** Exactly three digits at {@code k}, not followed by a fourth. */
  private boolean threeDigitsAt(int k) {
    return k + 2 < n
        && Chars.isDigit(text.charAt(k))
        && Chars.isDigit(text.charAt(k + 1))
        && Chars.isDigit(text.charAt(k + 2))
        && (k + 3 >= n || !Chars.isDigit(text.charAt(k + 3)));
  }

  /**
   * The spelled-out number starting at {@code i}, or {@code null}. With {@code article}, the
   * word at {@code i} is "a" and counts as one before "hundred" or a scale ("a million").
   */
  Num words(int i, boolean article) {
    long total = 0;
    long current = 0;
    long lastScale = Long.MAX_VALUE;
    Role last = null;
    int words = 0;
    int end = i;
    int p = i;
    if (article) {
      current = 1;
      last = Role.UNIT;
      p = Chars.skipHorizontal(text, i + 1);
    }
    while (true) {
      int we = Chars.letterEnd(text, p);
      NumberWord w = we > p ? numberWords.get(text, p, we) : null;
      if (w == null || !follows(last, w, current, lastScale, article && words == 0)) {
        break;
      }
      switch (w.role()) {
        case UNIT, TEEN, TENS -> current += w.value();
        case HUNDRED -> current *= 100;
        case SCALE -> {
          total += current * w.value();
          current = 0;
          lastScale = w.value();
        }
      }
      last = w.role();
      words++;
      end = we;
      if (w.value() == 0) {
        break; // "zero" stands alone
      }
      if (last == Role.TENS
          && we + 1 < n
          && text.charAt(we) == '-'
          && Chars.isLetter(text.charAt(we + 1))) {
        p = we + 1; // "twenty-five"
        continue;
      }
      int q = Chars.skipHorizontal(text, we);
      if (q == we) {
        break;
      }
      if ((last == Role.HUNDRED || last == Role.SCALE) && isAnd(q)) {
        int r = Chars.skipHorizontal(text, q + 3);
        if (r == q + 3) {
          break;
        }
        q = r; // "one hundred and twenty"; if no number follows, "and" stays outside
      }
      p = q;
    }
    if (words == 0) {
      return null;
    }
    boolean bareOne = !article && words == 1 && total + current == 1;
    return new Num(i, end, total + current, 0, false, true, bareOne);
  }

  /** Whether {@code w} can come after a word of role {@code last} in one spelled number. */
  private static boolean follows(
      Role last, NumberWord w, long current, long lastScale, boolean afterArticle) {
    if (afterArticle && w.role() != Role.HUNDRED && w.role() != Role.SCALE) {
      return false;
    }
    return switch (w.role()) {
      case UNIT ->
          w.value() == 0
              ? last == null
              : last == null || last == Role.TENS || last == Role.HUNDRED || last == Role.SCALE;
      case TEEN, TENS -> last == null || last == Role.HUNDRED || last == Role.SCALE;
      case HUNDRED -> (last == Role.UNIT || last == Role.TEEN) && current > 0 && current < 100;
      case SCALE ->
          last != null && last != Role.SCALE && current > 0 && w.value() < lastScale;
    };
  }

  private boolean isAnd(int q) {
    return q + 3 <= n
        && text.regionMatches(true, q, "and", 0, 3)
        && (q + 3 == n || !Chars.isWordChar(text.charAt(q + 3)));
  }

  /** {@code 10^k}, exact for the few decimals a number can have here. */
  static double pow10(int k) {
    double p = 1;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }
}
