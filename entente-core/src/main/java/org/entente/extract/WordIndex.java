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

  private final int size;
  /**
   * The last range a list's scan went through to its end, and the union of the masks of its
   * words: extractors ask list after list about the same sentence, and a list whose bit is not in
   * the union is answered without a scan. Makes an index single-threaded, like its document's
   * extraction.
   */
  private int scannedFrom = -1;
  private int scannedTo = -1;
  private long scannedMasks;
  /** By char offset of the text (and one past its end), the first word starting there or later. */
  private final int[] firstAt;

  private WordIndex(
      String lower, int[] starts, int[] ends, long[] hash, long[] hash3, long[] masks, int size) {
    this.lower = lower;
    this.starts = starts;
    this.ends = ends;
    this.hash = hash;
    this.hash3 = hash3;
    this.masks = masks;
    this.size = size;
    this.firstAt = new int[lower.length() + 1];
    // word k is the first at or after every offset past the start of word k - 1, up to its own
    int from = 0;
    for (int k = 0; k < size; k++) {
      java.util.Arrays.fill(firstAt, from, starts[k] + 1, k);
      from = starts[k] + 1;
    }
    java.util.Arrays.fill(firstAt, from, firstAt.length, size);
  }

  /** The words of {@code lower}, with the bits of the trigger lists that may start at each. */
  static WordIndex of(String lower, TriggerMasks triggers) {
    return index(lower, triggers);
  }

  static WordIndex of(String lower) {
    return index(lower, null);
  }

  /** One pass over the chars; the arrays may be longer than {@link #size()}. */
  private static WordIndex index(String lower, TriggerMasks triggers) {
    int n = lower.length();
    int capacity = n / 5 + 16;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    long[] hash = new long[capacity];
    long[] hash3 = new long[capacity];
    int k = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(lower.charAt(i))) {
        i++;
        continue;
      }
      long h = SEED;
      long h3 = SEED;
      int j = i;
      char c;
      while (j < n && isWordChar(c = lower.charAt(j))) {
        h = 31 * h + c;
        if (j < i + 3) {
          h3 = h;
        }
        j++;
      }
      if (k == starts.length) {
        int grown = capacity * 2;
        capacity = grown;
        starts = java.util.Arrays.copyOf(starts, grown);
        ends = java.util.Arrays.copyOf(ends, grown);
        hash = java.util.Arrays.copyOf(hash, grown);
        hash3 = java.util.Arrays.copyOf(hash3, grown);
      }
      starts[k] = i;
      ends[k] = j;
      hash[k] = h;
      hash3[k] = h3;
      k++;
      i = j;
    }
    long[] masks = null;
    if (triggers != null) {
      masks = new long[k];
      for (int w = 0; w < k; w++) {
        // a word of three chars or fewer is its own stem
        masks[w] = ends[w] - starts[w] > 3 ? triggers.get(hash[w]) | triggers.get(hash3[w]) : triggers.get(hash[w]);
      }
    }
    return new WordIndex(lower, starts, ends, hash, hash3, masks, k);
  }

  private static final long SEED = 1125899906842597L;

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetterOrDigit(c);
  }

  static long hash(CharSequence s, int from, int to) {
    return org.entente.annotate.LowerCase.hash(s, from, to);
  }

  int size() {
    return size;
  }

  /**
   * The {@link #hash} of the lower-case chars {@code [start, end)}: the stored one when they are a
   * word of the index (most tokens are), else computed.
   */
  long hashOf(int start, int end) {
    if (start >= 0 && start < firstAt.length) {
      int w = firstAt[start];
      if (w < size && starts[w] == start && ends[w] == end) {
        return hash[w];
      }
    }
    return hash(lower, start, end);
  }

  /** False when the words of [from, to) are known to start no phrase of a list with this bit. */
  boolean mayStartIn(long bit, int from, int to) {
    return from != scannedFrom || to != scannedTo || (scannedMasks & bit) != 0;
  }

  /** Remembers the union of the masks of the words a scan of [from, to) went through. */
  void rememberMasks(int from, int to, long union) {
    scannedFrom = from;
    scannedTo = to;
    scannedMasks = union;
  }

  /** The first word starting at or after {@code offset}. */
  int firstAtOrAfter(int offset) {
    if (offset >= 0 && offset < firstAt.length) {
      return firstAt[offset];
    }
    return lowerBound(starts, size, offset);
  }

  /** The first index below {@code size} whose value in the ascending {@code sorted} is at least {@code key}. */
  static int lowerBound(int[] sorted, int size, int key) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
