package org.entente.annotate.amount;

import java.util.Map;
import java.util.TreeMap;

/**
 * A case-insensitive lookup of ASCII words that reads the word in place, so that the scanner can
 * test every word of a text without making a string of it.
 *
 * <p>The caller passes the hash of the word folded to lower case, computed as {@link
 * String#hashCode} computes it ({@code h = 31 * h + c}); the scanner folds and hashes as it finds
 * the word's end, in the same pass.
 *
 * @param <V> what a word maps to
 */
final class WordTable<V> {

  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private final int maxLength;

  /** Keys must be lower-case ASCII letters. */
  WordTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    int longest = 0;
    for (Map.Entry<String, V> e : new TreeMap<>(entries).entrySet()) {
      String key = e.getKey();
      if (!key.matches("[a-z]+")) {
        throw new IllegalArgumentException("not a lower-case ASCII word: '" + key + "'");
      }
      int slot = key.hashCode() & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
      longest = Math.max(longest, key.length());
    }
    maxLength = longest;
  }

  /** The length of the longest word: longer words need no look-up. */
  int maxLength() {
    return maxLength;
  }

  /** The value of {@code text[start, end)} in any case, or {@code null}. */
  V get(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return null;
      }
      hash = 31 * hash + (c | 0x20);
    }
    return get(text, start, end, hash);
  }

  /** The value of {@code text[start, end)}, given the hash of its lower-case form. */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end, int lowerCaseHash) {
    int length = end - start;
    if (length > maxLength) {
      return null;
    }
    int slot = lowerCaseHash & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (key.length() == length && key.regionMatches(true, 0, text, start, length)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }
}
