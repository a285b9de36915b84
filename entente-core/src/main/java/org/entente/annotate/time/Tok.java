package org.entente.annotate.time;

/**
 * One token read by the {@link Lexer}.
 *
 * @param kind what it is
 * @param start the first char
 * @param end one past the last char
 * @param key for a word, its {@link WordKeys} key ({@link WordKeys#NONE} when it has none)
 * @param value for a number its value (-1 beyond nine digits); for a word 1 when it starts with a
 *     capital, else 0; for punctuation the char
 */
record Tok(Kind kind, int start, int end, long key, int value) {

  /** The kinds of token. */
  enum Kind {
    WORD,
    NUMBER,
    PUNCT,
    END
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && value == c;
  }

  /** Hyphen, en dash or em dash: "1993-2013", "2021–2023". */
  boolean isDash() {
    return kind == Kind.PUNCT && (value == '-' || value == '\u2013' || value == '\u2014');
  }

  /** Straight or typographic apostrophe: "1990's", "1990’s". */
  boolean isApostrophe() {
    return kind == Kind.PUNCT && (value == '\'' || value == '\u2019');
  }

  boolean capitalized() {
    return kind == Kind.WORD && value != 0;
  }

  int digits() {
    return end - start;
  }
}
