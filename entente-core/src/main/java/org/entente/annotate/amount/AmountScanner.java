package org.entente.annotate.amount;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.annotate.Amount;
import org.entente.annotate.Amount.Kind;
import org.entente.annotate.Amount.Qualifier;
import org.entente.annotate.amount.Lexicon.NumberWord;
import org.entente.annotate.amount.Lexicon.QualifierForm;
import org.entente.annotate.amount.Lexicon.Role;
import org.entente.annotate.amount.Lexicon.Scale;
import org.entente.annotate.amount.NumberReader.Num;
import org.entente.annotate.amount.PhraseTable.Match;
import org.entente.text.Span;

/**
 * One pass over one text. It stops only at digits and at words of the number-word table (found
 * by hashing each word as its end is found, without making a string of it); everywhere else it
 * moves one char or one word at a time. From a number it reads outwards: a currency sign before,
 * a scale and a unit after, a qualifier before all of them.
 */
final class AmountScanner {

  private final Lexicon lex;
  private final String text;
  private final int n;
  private final NumberReader numbers;
  private final List<Amount> found = new ArrayList<>();

  /** Text before this index belongs to an amount already found: no sign or qualifier there. */
  private int taken;

  AmountScanner(Lexicon lex, String text) {
    this.lex = lex;
    this.text = text;
    this.n = text.length();
    this.numbers = new NumberReader(lex.numberWords(), text);
  }

  List<Amount> scan() {
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        i = atDigit(i);
      } else if (Chars.isLetter(c)) {
        i = atWord(i);
      } else {
        i++;
      }
    }
    return found;
  }

  /** At the first letter of a word; returns where to go on. */
  private int atWord(int i) {
    int hash = 0;
    boolean ascii = true;
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      if (c < 128) {
        int lower = c | 0x20;
        if (lower < 'a' || lower > 'z') {
          break;
        }
        hash = 31 * hash + lower;
      } else if (Character.isLetter(c)) {
        ascii = false;
      } else {
        break;
      }
      j++;
    }
    if (!ascii) {
      return j;
    }
    boolean article = j - i == 1 && hash == 'a';
    if (!article && lex.numberWords().get(text, i, j, hash) == null) {
      return j;
    }
    if (i > 0) {
      char prev = text.charAt(i - 1);
      if (Chars.isDigit(prev) || (prev == '-' && i > 1 && Chars.isWordChar(text.charAt(i - 2)))) {
        return j; // "5twenty", the second "one" of "one-on-one"
      }
    }
    if (article && !beforeMultiplier(j)) {
      return j;
    }
    Num num = numbers.words(i, article);
    int next = num == null ? -1 : assemble(num, null);
    return next < 0 ? j : next;
  }

  /** Whether "hundred" or a scale word follows: "a million" is a number, "a year" is not. */
  private boolean beforeMultiplier(int wordEnd) {
    int p = Chars.skipHorizontal(text, wordEnd);
    int e = Chars.letterEnd(text, p);
    NumberWord w = p > wordEnd && e > p ? lex.numberWords().get(text, p, e) : null;
    return w != null && (w.role() == Role.HUNDRED || w.role() == Role.SCALE);
  }

  /** At the first digit of a run; returns where to go on. */
  private int atDigit(int i) {
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    boolean afterCode =
        Chars.isLetter(prev) && lex.currencies().before().matchEndingAt(text, i) != null;
    if (!afterCode && (Chars.isLetter(prev) || "_./:+#@&\\".indexOf(prev) >= 0)) {
      return skipToken(i); // A320, v1.2, /2021/, 10:30's minutes, +7, #5; but USD2bn
    }
    if ((prev == '-' || prev == '\u2013') && i > 1 && Chars.isLetter(text.charAt(i - 2))) {
      return skipToken(i); // COVID-19, F-16
    }
    Num num = numbers.digits(i);
    if (num == null) {
      return skipToken(i);
    }
    int e = num.end();
    if (e + 1 < n && Chars.isDigit(text.charAt(e + 1))) {
      char c = text.charAt(e);
      if (c == ':' || c == '/') {
        return skipToken(i); // 10:30, 12/05/2020, 1/2
      }
      if (c == '-' || c == '\u2013') {
        Num high = numbers.digits(e + 1);
        if (high == null
            || num.yearLike()
            || high.yearLike()
            || (num.mantissa() >= 1000 && high.end() - high.start() <= 2)
            || joinsAnother(high.end())) {
          return skipToken(i); // 2021-2023, 2021-23, 2020-01-03, 74-55-01
        }
        int next = assemble(high, num);
        return next < 0 ? skipToken(i) : next;
      }
    }
    int next = assemble(num, null);
    return next < 0 ? e : next;
  }

  private boolean joinsAnother(int end) {
    return end + 1 < n
        && "-\u2013/:.".indexOf(text.charAt(end)) >= 0
        && Chars.isDigit(text.charAt(end + 1));
  }

  /** Past a token that is not an amount: letters, digits and the marks inside ids and dates. */
  private int skipToken(int i) {
    int j = i + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (Chars.isWordChar(c)) {
        j++;
      } else if ("_.,:/-\u2013".indexOf(c) >= 0
          && j + 1 < n
          && Chars.isWordChar(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Reads around a number and records the amount, if it is one. {@code low} is the first number
   * of a range ("10-15 percent"), which shares the unit of the second.
   *
   * @return where to go on, or -1 when the number is not an amount
   */
  private int assemble(Num num, Num low) {
    int first = low != null ? low.start() : num.start();
    String currency = null;
    int from = first;
    Match<String> sign =
        lex.currencies().before().matchEndingAt(text, Chars.skipHorizontalBack(text, first));
    if (sign != null && sign.start() >= taken) {
      currency = sign.value();
      from = sign.start();
    }

    int end = num.end();
    double factor = 1;
    boolean scaled = false;
    if (!num.words()) {
      Match<Scale> scale = lex.scales().matchAt(text, gapAfter(end, true));
      if (scale != null && (currency != null || !scale.value().moneyOnly())) {
        factor = scale.value().factor();
        end = scale.end();
        scaled = true;
      }
    }

    Kind kind = Kind.NUMBER;
    String unit = null;
    if (currency != null) {
      kind = Kind.MONEY;
    } else {
      Match<String> percent = lex.units().percent().matchAt(text, Chars.skipSpace(text, end));
      Match<String> name =
          percent == null ? lex.currencies().after().matchAt(text, gapAfter(end, true)) : null;
      Match<String> noun = percent == null && name == null ? countNoun(end) : null;
      if (percent != null) {
        kind = Kind.PERCENT;
        end = percent.end();
      } else if (name != null) {
        kind = Kind.MONEY;
        currency = name.value();
        end = name.end();
      } else if (noun != null) {
        kind = Kind.COUNT;
        unit = noun.value();
        end = noun.end();
      }
    }

    if (end < n && Chars.isWordChar(text.charAt(end))) {
      return -1; // 5G, 2nd, 30th, 1990s, and 300m without a currency (metres?)
    }
    if (end == num.end()
        && end + 1 < n
        && text.charAt(end) == '-'
        && Chars.isLetter(text.charAt(end + 1))) {
      return -1; // a modifier: two-day, 5-year, twenty-first
    }
    if (!isAmount(num, kind, scaled, from == first, first, end)) {
      return -1;
    }

    Qualifier qualifier = Qualifier.EXACT;
    int spanStart = from;
    int q = Chars.skipSpaceBack(text, from);
    Match<QualifierForm> qm = q < from ? lex.qualifiers().matchEndingAt(text, q) : null;
    if (qm != null && qm.start() >= taken) {
      qualifier = qm.value().qualifier();
      if (qm.value().inSpan()) {
        spanStart = qm.start();
      }
    }

    if (low != null) {
      found.add(
          new Amount(
              new Span(spanStart, low.end()), kind, value(low, factor), currency, unit, qualifier));
      spanStart = num.start();
    }
    found.add(
        new Amount(
            new Span(spanStart, end), kind, value(num, factor), currency, unit, qualifier));
    taken = end;
    return end;
  }

  /** Whether a number with this kind is an amount rather than a date, an id or a list mark. */
  private boolean isAmount(
      Num num, Kind kind, boolean scaled, boolean noSign, int first, int end) {
    if (num.yearLike() && !scaled && (kind == Kind.NUMBER || kind == Kind.COUNT)) {
      return false; // "in 2021": the time annotator's
    }
    if (num.bareOne() && kind == Kind.NUMBER) {
      return false; // "one of the", "no one"
    }
    if (noSign) {
      if (lex.notAmounts().ids().matchEndingAt(text, Chars.skipHorizontalBack(text, first))
          != null) {
        return false; // No. 5, Article 3
      }
      int before = Chars.skipSpaceBack(text, first);
      if (kind != Kind.MONEY
          && before < first
          && lex.notAmounts().months().matchEndingAt(text, before) != null) {
        return false; // May 19, January 7
      }
    }
    if (kind != Kind.NUMBER) {
      return true;
    }
    int after = Chars.skipSpace(text, end);
    if (after > end
        && (lex.notAmounts().months().matchAt(text, after) != null
            || lex.notAmounts().times().matchAt(text, after) != null)) {
      return false; // 7 January, 10 a.m.
    }
    char next = end < n ? text.charAt(end) : ' ';
    char previous = first > 0 ? text.charAt(first - 1) : ' ';
    if ((previous == '(' && next == ')') || (previous == '[' && next == ']')) {
      return false; // (1), [2]
    }
    int lineStart = Chars.skipHorizontalBack(text, first);
    boolean atLineStart = lineStart == 0 || Chars.isLineBreak(text.charAt(lineStart - 1));
    return !(atLineStart
        && (next == '.' || next == ')')
        && (end + 1 >= n || Chars.isSpace(text.charAt(end + 1)))); // "1. The Parties"
  }

  /**
   * A countable noun after a number, perhaps with one or two adjectives before it: "75
   * documents", "75 bilateral documents", "100 interstate and intergovernmental agreements".
   */
  private Match<String> countNoun(int numberEnd) {
    PhraseTable<String> counts = lex.units().counts();
    int p = Chars.skipSpace(text, numberEnd);
    Match<String> m = counts.matchAt(text, p);
    if (m != null) {
      // A noun before another noun modifies it: "eight official visits", "two state visits".
      int r = Chars.skipSpace(text, m.end());
      Match<String> head = r > m.end() ? counts.matchAt(text, r) : null;
      return head != null ? head : m;
    }
    if (p == numberEnd) {
      return null;
    }
    for (int k = 0; k < 2; k++) {
      int we = Chars.hyphenatedWordEnd(text, p);
      if (we == p || !isAdjective(p, we)) {
        return null;
      }
      int r = Chars.skipSpace(text, we);
      if (r == we) {
        return null;
      }
      m = counts.matchAt(text, r);
      if (m != null || k == 1) {
        return m;
      }
      int ce = Chars.letterEnd(text, r);
      String joiner = text.substring(r, ce).toLowerCase(Locale.ROOT);
      if (!joiner.equals("and") && !joiner.equals("or")) {
        return null;
      }
      p = Chars.skipSpace(text, ce);
      if (p == ce) {
        return null;
      }
    }
    return null;
  }

  private boolean isAdjective(int start, int end) {
    return lex.numberWords().get(text, start, end) == null
        && !lex.units().notAdjectives().contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** Where a scale or unit may start after {@code end}: after blanks, a hyphen, or right there. */
  private int gapAfter(int end, boolean hyphen) {
    if (hyphen && end + 1 < n && text.charAt(end) == '-' && Chars.isLetter(text.charAt(end + 1))) {
      return end + 1; // "$1.5-billion", "billion-dollar"
    }
    return Chars.skipSpace(text, end);
  }

  private static double value(Num num, double factor) {
    // Multiply before dividing: 113 * 1e9 / 100 is exactly 1.13e9, 1.13 * 1e9 is not.
    return num.mantissa() * factor / NumberReader.pow10(num.decimals());
  }
}
