package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of phrases matched case-insensitively on word boundaries; a phrase ending in {@code *}
 * matches any word ending. Longer phrases are tried first, so that "oil products" wins over
 * "oil". Lookup walks the words of the searched range once and tries only the phrases that begin
 * with each word, so its cost does not grow with the length of the list.
 */
final class Phrases {

  /**
   * One occurrence.
   *
   * @param start char offset into the searched text
   * @param end one past the end
   * @param phrase the phrase as listed (lower case)
   */
  record Hit(int start, int end, String phrase) {}

  private final List<String> phrases;
  /** Whole-word phrases by the hash of their first word, longest first. */
  private final LongTable<String> byFirstWord;
  /** Phrases ending in '*' by the hash of their first three letters, longest first. */
  private final LongTable<String> prefixes;

  /** This list's bit in a {@link TriggerMasks}, or 0 when it has none. */
  private final long bit;
  /** The hashes its phrases start with: first words, and stems of three letters. */
  private final long[] wordKeys;

  Phrases(List<String> phrases) {
    this(phrases, 0L);
  }

  Phrases(List<String> phrases, long bit) {
    this.bit = bit;
    this.phrases =
        phrases.stream()
            .map(p -> p.toLowerCase(Locale.ROOT))
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    Map<Long, List<String>> words = new HashMap<>();
    Map<Long, List<String>> stems = new HashMap<>();
    for (String p : this.phrases) {
      if (p.endsWith("*")) {
        String stem = p.substring(0, p.length() - 1);
        int first = firstWordLength(stem);
        stems.computeIfAbsent(WordIndex.hash(stem, 0, Math.min(3, first)), k -> new ArrayList<>()).add(p);
      } else {
        words.computeIfAbsent(WordIndex.hash(p, 0, Math.max(1, firstWordLength(p))), k -> new ArrayList<>()).add(p);
      }
    }
    this.byFirstWord = new LongTable<>(words);
    this.prefixes = new LongTable<>(stems);
    this.wordKeys = java.util.stream.Stream.concat(words.keySet().stream(), stems.keySet().stream())
        .mapToLong(Long::longValue).toArray();
  }

  long bit() {
    return bit;
  }

  long[] wordKeys() {
    return wordKeys.clone();
  }

  /** False when no phrase of this list can start within [from, to), as far as the masks tell. */
  private boolean mayStartIn(WordIndex words, int from, int to) {
    return bit == 0 || words.masks == null || words.mayStartIn(bit, from, to);
  }

  /** The length of a phrase's first word: its leading letters and digits. */
  static int firstWordLength(String phrase) {
    int end = 0;
    while (end < phrase.length() && Character.isLetterOrDigit(phrase.charAt(end))) {
      end++;
    }
    return end;
  }

  List<String> phrases() {
    return phrases;
  }

  /** True when any phrase occurs within [from, to) of the indexed text. */
  boolean any(WordIndex words, int from, int to) {
    return first(words, from, to) != null;
  }

  /** True when any phrase occurs in {@code lower} (already lower-cased) within [from, to). */
  boolean any(String lower, int from, int to) {
    return first(WordIndex.of(lower), from, to) != null;
  }

  /** The first occurrence (by position; the longest there) in [from, to), or null. */
  Hit first(WordIndex words, int from, int to) {
    if (!mayStartIn(words, from, to)) {
      return null;
    }
    boolean masked = bit != 0 && words.masks != null;
    long seen = 0;
    for (int k = words.firstAtOrAfter(from); k < words.size() && words.starts[k] < to; k++) {
      if (masked) {
        long mask = words.masks[k];
        seen |= mask;
        if ((mask & bit) == 0) {
          continue;
        }
      }
      Hit h = at(words, k, to);
      if (h != null) {
        return h;
      }
    }
    if (masked) {
      words.rememberMasks(from, to, seen);
    }
    return null;
  }

  /** Every non-overlapping occurrence in [from, to), the longest at each position, in order. */
  List<Hit> all(WordIndex words, int from, int to) {
    List<Hit> hits = new ArrayList<>();
    if (!mayStartIn(words, from, to)) {
      return hits;
    }
    int after = from;
    boolean masked = bit != 0 && words.masks != null;
    long seen = 0;
    for (int k = words.firstAtOrAfter(from); k < words.size() && words.starts[k] < to; k++) {
      if (masked) {
        long mask = words.masks[k];
        seen |= mask;
        if ((mask & bit) == 0) {
          continue;
        }
      }
      if (words.starts[k] < after) {
        continue;
      }
      Hit h = at(words, k, to);
      if (h != null) {
        hits.add(h);
        after = h.end();
      }
    }
    if (masked) {
      words.rememberMasks(from, to, seen);
    }
    return hits;
  }

  /** The longest phrase starting at word {@code k}, or null. */
  private Hit at(WordIndex words, int k, int to) {
    String lower = words.lower;
    int start = words.starts[k];
    Hit best = null;
    List<String> candidates = byFirstWord.get(words.hash[k]);
    if (candidates != null) {
      for (String p : candidates) {
        int end = start + p.length();
        if (end <= to && lower.startsWith(p, start) && boundaryAt(lower, end)) {
          best = new Hit(start, end, p);
          break;
        }
      }
    }
    List<String> stems = prefixes.get(words.hash3[k]);
    if (stems != null) {
      for (String p : stems) {
        String stem = p.substring(0, p.length() - 1);
        if (start + stem.length() <= to && lower.startsWith(stem, start)) {
          int end = start + stem.length();
          while (end < to && Character.isLetter(lower.charAt(end))) {
            end++;
          }
          if (boundaryAt(lower, end) && (best == null || end - start > best.end() - best.start())) {
            best = new Hit(start, end, p);
          }
          break;
        }
      }
    }
    return best;
  }

  private static boolean boundaryAt(String lower, int end) {
    return end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
  }
}
