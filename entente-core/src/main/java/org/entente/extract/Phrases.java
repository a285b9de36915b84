package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A list of phrases matched case-insensitively on word boundaries; a phrase ending in {@code *}
 * matches any word ending. Longer phrases are tried first, so that "oil products" wins over
 * "oil".
 */
final class Phrases {

  /**
   * One occurrence.
   *
   * @param start char offset into the searched text
   * @param end one past the end
   * @param phrase the phrase as listed
   */
  record Hit(int start, int end, String phrase) {}

  private final List<String> phrases;

  Phrases(List<String> phrases) {
    this.phrases =
        phrases.stream()
            .map(p -> p.toLowerCase(Locale.ROOT))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  List<String> phrases() {
    return phrases;
  }

  /** True when any phrase occurs in {@code lower} (already lower-cased) within [from, to). */
  boolean any(String lower, int from, int to) {
    return first(lower, from, to) != null;
  }

  /** The first occurrence (by position) in [from, to), or null. */
  Hit first(String lower, int from, int to) {
    Hit best = null;
    for (String p : phrases) {
      Hit h = find(lower, p, from, to);
      if (h != null && (best == null || h.start() < best.start())) {
        best = h;
      }
    }
    return best;
  }

  /** Every non-overlapping occurrence in [from, to), longest phrases first, sorted by position. */
  List<Hit> all(String lower, int from, int to) {
    List<Hit> hits = new ArrayList<>();
    for (String p : phrases) {
      int at = from;
      Hit h;
      while ((h = find(lower, p, at, to)) != null) {
        Hit candidate = h;
        if (hits.stream().noneMatch(o -> o.start() < candidate.end() && candidate.start() < o.end())) {
          hits.add(candidate);
        }
        at = h.end();
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  private static Hit find(String lower, String phrase, int from, int to) {
    boolean prefix = phrase.endsWith("*");
    String p = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
    int at = from;
    while (true) {
      int i = lower.indexOf(p, at);
      if (i < 0 || i + p.length() > to) {
        return null;
      }
      int end = i + p.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
      if (prefix) {
        while (end < to && Character.isLetter(lower.charAt(end))) {
          end++;
        }
      }
      boolean endOk = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
      if (startOk && endOk) {
        return new Hit(i, end, phrase);
      }
      at = i + 1;
    }
  }
}
