package org.entente.extract;

/**
 * The words of a lower-cased text, found once: their offsets and hashes, so that phrase lookups
 * walk words without making strings.
 */
final class WordIndex {

  final String lower;
  final int[] starts;
  final int[] ends;
  final long[] hash;
  final long[] hash3;
  /** Per word, the bits of the trigger lists that may start there; null when not computed. */
  final long[] masks;

  private WordIndex(String lower, int[] starts, int[] ends, long[] hash, long[] hash3, long[] masks) {
    this.lower = lower;
    this.starts = starts;
    this.ends = ends;
    this.hash = hash;
    this.hash3 = hash3;
    this.masks = masks;
  }

  /** The words of {@code lower}, with the bits of the trigger lists that may start at each. */
  static WordIndex of(String lower, TriggerMasks triggers) {
    WordIndex w = of(lower);
    long[] masks = new long[w.size()];
    for (int k = 0; k < masks.length; k++) {
      masks[k] = triggers.get(w.hash[k]) | triggers.get(w.hash3[k]);
    }
    return new WordIndex(lower, w.starts, w.ends, w.hash, w.hash3, masks);
  }

  static WordIndex of(String lower) {
    int n = lower.length();
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (Character.isLetterOrDigit(lower.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))) {
        count++;
      }
    }
    int[] starts = new int[count];
    int[] ends = new int[count];
    long[] hash = new long[count];
    long[] hash3 = new long[count];
    int k = 0;
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(lower.charAt(j))) {
        j++;
      }
      starts[k] = i;
      ends[k] = j;
      hash[k] = hash(lower, i, j);
      hash3[k] = hash(lower, i, Math.min(j, i + 3));
      k++;
      i = j;
    }
    return new WordIndex(lower, starts, ends, hash, hash3, null);
  }

  static long hash(CharSequence s, int from, int to) {
    long h = 1125899906842597L;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  int size() {
    return starts.length;
  }

  /** The first word starting at or after {@code offset}. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
