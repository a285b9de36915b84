package org.entente.annotate.time;

import java.util.Map;

/**
 * An immutable open-addressing map from positive {@code long} keys to values: the word lookup in
 * the scanner's inner loop, which must neither box nor allocate.
 */
final class LongTable<V> {

  private final long[] keys;
  private final Object[] values;
  private final int mask;

  LongTable(Map<Long, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) * 2;
    keys = new long[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    for (Map.Entry<Long, V> e : entries.entrySet()) {
      long key = e.getKey();
      if (key <= 0) {
        throw new IllegalArgumentException("keys must be positive: " + key);
      }
      int i = slot(key);
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = e.getValue();
    }
  }

  /** The value for a key, or {@code null}; any key, even one that is not positive. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    if (key <= 0) {
      return null;
    }
    for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return (V) values[i];
      }
    }
    return null;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
