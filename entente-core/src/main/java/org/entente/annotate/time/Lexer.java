package org.entente.annotate.time;

/**
 * Reads tokens forward from any position of one text, for the rules tried at candidate positions,
 * and looks a little way back for the context of a number. Words are runs of letters, numbers runs
 * of ASCII digits; anything else but space is one punctuation char. A token never lies across a
 * blank line. One lexer serves one scan of one text (it remembers the last token read).
 */
final class Lexer {

  /** Before a number, these make it money, a count or a phone number, never a date. */
  private static boolean isNotBeforeADate(char c) {
    return switch (c) {
      case '$', '€', '£', '¥', '₽', '#', '№', '+' -> true;
      default -> false;
    };
  }

  private final String text;

  Lexer(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The last token read and where it was read from: rules tried at one place read alike. */
  private int lastPos = -1;
  private Tok lastTok;

  /** The token at or after {@code pos}, past spaces and at most one line break. */
  Tok at(int pos) {
    if (pos == lastPos) {
      return lastTok;
    }
    Tok t = read(pos);
    lastPos = pos;
    lastTok = t;
    return t;
  }

  private Tok read(int pos) {
    int n = text.length();
    int p = pos;
    boolean lineBreak = false;
    while (p < n) {
      char c = text.charAt(p);
      if (c == '\n') {
        if (lineBreak) {
          return new Tok(Tok.Kind.END, p, p, 0, 0);
        }
        lineBreak = true;
      } else if (!isSpace(c)) {
        break;
      }
      p++;
    }
    if (p >= n) {
      return new Tok(Tok.Kind.END, n, n, 0, 0);
    }
    char c = text.charAt(p);
    int q = p;
    if (isDigit(c)) {
      int value = 0;
      while (q < n && isDigit(text.charAt(q))) {
        value = q - p < 9 ? value * 10 + (text.charAt(q) - '0') : -1;
        q++;
      }
      return new Tok(Tok.Kind.NUMBER, p, q, 0, value);
    }
    if (isLetter(c)) {
      long key = 0;
      while (q < n && isLetter(text.charAt(q))) {
        key = WordKeys.append(key, text.charAt(q));
        q++;
      }
      return new Tok(Tok.Kind.WORD, p, q, key, Character.isUpperCase(c) ? 1 : 0);
    }
    return new Tok(Tok.Kind.PUNCT, p, p + 1, 0, c);
  }

  /** The char at {@code pos}, or 0 outside the text. */
  char charAt(int pos) {
    return pos >= 0 && pos < text.length() ? text.charAt(pos) : 0;
  }

  /**
   * The key of the word just before {@code pos}, past spaces and one '.' or '-' ("No. 2021",
   * "mid-2021"); {@link WordKeys#NONE} when a word does not come first.
   */
  long wordBefore(int pos) {
    int p = skipSpaceBack(pos - 1);
    if (p >= 0 && (text.charAt(p) == '.' || text.charAt(p) == '-')) {
      p = skipSpaceBack(p - 1);
    }
    int end = p + 1;
    while (p >= 0 && Character.isLetter(text.charAt(p))) {
      p--;
    }
    if (p + 1 == end || (p >= 0 && isDigit(text.charAt(p)))) {
      return WordKeys.NONE;
    }
    return WordKeys.of(text.subSequence(p + 1, end));
  }

  /**
   * False when what comes right before a number makes it money, a count, a part of a larger number
   * or of a phone number: "$2021", "#15", "1.2013", "3,000", "717 2021", "(7172) 2021".
   */
  boolean mayStartDate(Tok number) {
    int p = number.start() - 1;
    char c = charAt(p);
    if (isNotBeforeADate(c)) {
      return false;
    }
    if ((c == '.' || c == ',' || c == '-' || c == '/' || c == ':') && isDigit(charAt(p - 1))) {
      return false;
    }
    int q = skipSpaceBack(p);
    if (q < p && isDigit(charAt(q))) {
      return false;
    }
    return !(charAt(q) == ')' && isDigit(charAt(q - 1)));
  }

  /**
   * True when the number goes on past its digits as something a date is not: a decimal or grouped
   * number, a time, a fraction or reference ("2021/15"), a percentage, or letters ("1993s").
   */
  boolean continuesPast(Tok number) {
    int e = number.end();
    char c = charAt(e);
    if (c == '.' || c == ',' || c == ':' || c == '/') {
      return isDigit(charAt(e + 1));
    }
    return c == '%' || Character.isLetterOrDigit(c);
  }

  private int skipSpaceBack(int pos) {
    int p = pos;
    while (p >= 0 && (isSpace(text.charAt(p)) || text.charAt(p) == '\n')) {
      p--;
    }
    return p;
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 128 && Character.isLetter(c));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Space within a line: also tabs and the no-break and thin spaces of typeset text. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || (c >= 128 && Character.isSpaceChar(c));
  }
}
