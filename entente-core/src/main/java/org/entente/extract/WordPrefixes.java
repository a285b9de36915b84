package org.entente.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * The hashes of every prefix of some lower-case strings: a quick, allocation-free test that a
 * word of the text cannot begin any of them, so that a lookup by string is made only for the
 * few words that may. False positives are possible (hashes), false negatives are not.
 */
final class WordPrefixes {

  private final long[] hashes;

  WordPrefixes(Collection<String> strings) {
    hashes = strings.stream()
        .flatMapToLong(s -> java.util.stream.IntStream.rangeClosed(1, s.length())
            .mapToLong(end -> WordIndex.hash(s, 0, end)))
        .distinct()
        .sorted()
        .toArray();
  }

  /** False when {@code lower[start, end)} is a prefix of none of the strings. */
  boolean mayBegin(String lower, int start, int end) {
    return Arrays.binarySearch(hashes, WordIndex.hash(lower, start, end)) >= 0;
  }
}
