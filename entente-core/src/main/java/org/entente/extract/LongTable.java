package org.entente.extract;

import java.util.List;

/** A fixed map from long keys to lists, by open addressing: lookups without boxing. */
final class LongTable<V> {

  private final long[] keys;
  private final Object[] values;
  private final int mask;

  LongTable(java.util.Map<Long, List<V>> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new long[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    entries.forEach((k, v) -> {
      int i = slot(k);
      while (values[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      values[i] = List.copyOf(v);
    });
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  @SuppressWarnings("unchecked")
  List<V> get(long key) {
    int i = slot(key);
    while (values[i] != null) {
      if (keys[i] == key) {
        return (List<V>) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
