package org.entente.annotate.amount;

/** Character classes and whitespace skipping shared by the readers of this package. */
final class Chars {

  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  /** Letters and digits of any script: what must not touch a word-like form on either side. */
  static boolean isWordChar(char c) {
    if (c < 128) {
      return isLetter(c) || isDigit(c);
    }
    return Character.isLetterOrDigit(c);
  }

  /** Includes the no-break and thin spaces that typeset numbers and units use. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
    return c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /**
   * The end of the whitespace run starting at {@code i}. A run may cross one line break (text
   * wrapped inside a sentence) but not a blank line, which ends a paragraph; then the index of
   * the second break is returned so that no form can match there.
   */
  static int skipSpace(String text, int i) {
    int breaks = 0;
    int j = i;
    while (j < text.length() && isSpace(text.charAt(j))) {
      char c = text.charAt(j);
      if (c == '\n' || (c == '\r' && (j + 1 >= text.length() || text.charAt(j + 1) != '\n'))) {
        if (++breaks > 1) {
          return j;
        }
      }
      j++;
    }
    return j;
  }

  /** Like {@link #skipSpace}, backwards: the start of the whitespace run ending at {@code i}. */
  static int skipSpaceBack(String text, int i) {
    int breaks = 0;
    int j = i;
    while (j > 0 && isSpace(text.charAt(j - 1))) {
      char c = text.charAt(j - 1);
      if (c == '\n' || (c == '\r' && (j >= text.length() || text.charAt(j) != '\n'))) {
        if (++breaks > 1) {
          return j;
        }
      }
      j--;
    }
    return j;
  }

  /** The end of the spaces and tabs starting at {@code i}; never crosses a line. */
  static int skipHorizontal(String text, int i) {
    int j = i;
    while (j < text.length() && isSpace(text.charAt(j)) && !isLineBreak(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Like {@link #skipHorizontal}, backwards. */
  static int skipHorizontalBack(String text, int i) {
    int j = i;
    while (j > 0 && isSpace(text.charAt(j - 1)) && !isLineBreak(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  /** The end of the run of letters starting at {@code i} ({@code i} itself when none). */
  static int letterEnd(String text, int i) {
    int j = i;
    while (j < text.length() && isLetter(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /**
   * The end of a word that may hold inner hyphens ("government-to-government"), starting at
   * {@code i}.
   */
  static int hyphenatedWordEnd(String text, int i) {
    int j = letterEnd(text, i);
    while (j > i
        && j + 1 < text.length()
        && text.charAt(j) == '-'
        && isLetter(text.charAt(j + 1))) {
      j = letterEnd(text, j + 1);
    }
    return j;
  }
}
