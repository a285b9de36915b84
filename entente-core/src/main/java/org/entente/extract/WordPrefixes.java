package org.entente.extract;

import java.util.Collection;

/**
 * The hashes of every prefix of some lower-case strings: a quick, allocation-free test that a
 * word of the text cannot begin any of them, so that a lookup by string is made only for the
 * few words that may. False positives are possible (hashes), false negatives are not.
 */
final class WordPrefixes {

  /** Open addressing, at most a quarter full; a slot is taken when its flag is set. */
  private final long[] table;
  private final boolean[] taken;
  private final int mask;

  WordPrefixes(Collection<String> strings) {
    long[] hashes = strings.stream()
        .flatMapToLong(s -> java.util.stream.IntStream.rangeClosed(1, s.length())
            .mapToLong(end -> WordIndex.hash(s, 0, end)))
        .distinct()
        .toArray();
    int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 4) - 1) << 1;
    table = new long[capacity];
    taken = new boolean[capacity];
    mask = capacity - 1;
    for (long h : hashes) {
      int i = slot(h);
      while (taken[i]) {
        i = (i + 1) & mask;
      }
      table[i] = h;
      taken[i] = true;
    }
  }

  private int slot(long hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  /** False when the lower-case text's chars {@code [start, end)} are a prefix of none of the strings. */
  boolean mayBegin(WordIndex words, int start, int end) {
    long h = words.hashOf(start, end);
    for (int i = slot(h); taken[i]; i = (i + 1) & mask) {
      if (table[i] == h) {
        return true;
      }
    }
    return false;
  }
}
