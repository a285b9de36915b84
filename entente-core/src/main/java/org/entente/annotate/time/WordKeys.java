package org.entente.annotate.time;

/**
 * Packs a short ASCII word, case folded, into a positive {@code long}, so that the scanner can look
 * words up without making a string for each one. Five bits a letter, at most {@value #MAX_LETTERS}
 * letters; every word has its own key.
 */
final class WordKeys {

  /** The longest word that has a key. */
  static final int MAX_LETTERS = 12;

  /** What {@link #append} returns once the word cannot be packed. */
  static final long NONE = -1;

  // A key at or above this already holds MAX_LETTERS letters, the first being at least 1.
  private static final long FULL = 1L << (5 * (MAX_LETTERS - 1));

  private WordKeys() {}

  /**
   * The key of a word extended by one char: start from 0; {@link #NONE} once a char is not an ASCII
   * letter or the word grows too long, and from then on.
   */
  static long append(long key, char c) {
    if (key < 0 || key >= FULL) {
      return NONE;
    }
    if (c >= 'a' && c <= 'z') {
      return key * 32 + (c - 'a' + 1);
    }
    if (c >= 'A' && c <= 'Z') {
      return key * 32 + (c - 'A' + 1);
    }
    return NONE;
  }

  /** The key of a word, or {@link #NONE}. */
  static long of(CharSequence word) {
    long key = 0;
    for (int i = 0; i < word.length(); i++) {
      key = append(key, word.charAt(i));
    }
    return word.isEmpty() ? NONE : key;
  }
}
