package org.entente.extract;

import java.util.Collection;

/**
 * Which trigger lists may start at a word, as one bit per list: a document's words are looked up
 * here once, and each list's scan then skips the words whose bit is clear instead of probing its
 * own tables at every word of every sentence.
 */
final class TriggerMasks {

  /**
   * Open addressing, a slot as two longs side by side: the key, then its bits (never 0 in a used
   * slot, so 0 marks a free one). One array, so a probe reads one cache line.
   */
  private final long[] slots;
  private final int mask;

  private TriggerMasks(int capacity) {
    slots = new long[2 * capacity];
    mask = capacity - 1;
  }

  /** The masks of these lists, each by its {@link Phrases#bit()}; lists without a bit are left out. */
  static TriggerMasks of(Collection<Phrases> lists) {
    int count = 0;
    for (Phrases p : lists) {
      count += p.wordKeys().length;
    }
    TriggerMasks t = new TriggerMasks(Integer.highestOneBit(Math.max(4, count * 4) - 1) << 1);
    for (Phrases p : lists) {
      if (p.bit() != 0) {
        for (long key : p.wordKeys()) {
          t.add(key, p.bit());
        }
      }
    }
    return t;
  }

  private void add(long key, long bit) {
    int i = slot(key);
    while (slots[2 * i + 1] != 0 && slots[2 * i] != key) {
      i = (i + 1) & mask;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] |= bit;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  /** The bits of the lists with a phrase whose first word, or stem of three letters, has this hash. */
  long get(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long bits = slots[2 * i + 1];
      if (bits == 0 || slots[2 * i] == key) {
        return bits;
      }
    }
  }
}
