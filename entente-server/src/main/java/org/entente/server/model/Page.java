package org.entente.server.model;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items of this page
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param total how many items the whole list has
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** Requires a positive page and size. */
  public Page {
    items = List.copyOf(items);
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1: " + page + ", " + size);
    }
  }

  /** The given page of a list. */
  public static <T> Page<T> of(List<T> all, int page, int size) {
    long from = (long) (page - 1) * size;
    if (from >= all.size()) {
      return new Page<>(List.of(), page, size, all.size());
    }
    return new Page<>(all.subList((int) from, (int) Math.min(all.size(), from + size)), page, size, all.size());
  }
}
