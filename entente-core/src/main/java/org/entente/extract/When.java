package org.entente.extract;

import org.entente.text.PartialDate;

/**
 * When a fact holds: a point ({@code start} alone), a span ({@code start} and {@code end}) or an
 * "as of" ({@code end} alone).
 *
 * @param start the start, or null
 * @param end the end, or null
 */
public record When(PartialDate start, PartialDate end) {

  /** No date at all. */
  public static final When NONE = new When(null, null);

  /** A point in time; {@link #NONE} for null. */
  public static When at(PartialDate date) {
    return date == null ? NONE : new When(date, null);
  }

  /** A span; collapses to a point when both ends are the same. */
  public static When between(PartialDate start, PartialDate end) {
    if (start != null && start.equals(end)) {
      return new When(start, null);
    }
    return new When(start, end);
  }

  /** True when there is no date. */
  public boolean isEmpty() {
    return start == null && end == null;
  }

  /** True when the two can mean the same time: one is a prefix of the other, part by part. */
  public boolean compatible(When other) {
    return prefixCompatible(start, other.start) && prefixCompatible(end, other.end);
  }

  /** The more precise of two compatible dates, part by part. */
  public When mostPrecise(When other) {
    return new When(precise(start, other.start), precise(end, other.end));
  }

  /**
   * Whether both are days (or day spans) no more than {@code days} apart: the tellings of one
   * multi-day event ("arrived on Tuesday", "held talks on Wednesday").
   */
  public boolean within(When other, int days) {
    if (start == null || other.start == null || !start.isFull() || !other.start.isFull()) {
      return false;
    }
    java.time.LocalDate a = start.firstDay();
    java.time.LocalDate b = other.start.firstDay();
    java.time.LocalDate aEnd = end != null && end.isFull() ? end.firstDay() : a;
    java.time.LocalDate bEnd = other.end != null && other.end.isFull() ? other.end.firstDay() : b;
    return !a.minusDays(days).isAfter(bEnd) && !b.minusDays(days).isAfter(aEnd);
  }

  /** The smallest span holding both (both days, see {@link #within}). */
  public When union(When other) {
    PartialDate first = start.firstDay().isAfter(other.start.firstDay()) ? other.start : start;
    PartialDate last = latest(this).firstDay().isBefore(latest(other).firstDay()) ? latest(other) : latest(this);
    return between(first, last);
  }

  private static PartialDate latest(When w) {
    return w.end != null && w.end.isFull() ? w.end : w.start;
  }

  private static boolean prefixCompatible(PartialDate a, PartialDate b) {
    if (a == null || b == null) {
      return true;
    }
    // as the ISO forms, one a prefix of the other (the year always has four digits)
    return a.year() == b.year()
        && (a.month() == 0 || b.month() == 0
            || a.month() == b.month() && (a.day() == 0 || b.day() == 0 || a.day() == b.day()));
  }

  private static PartialDate precise(PartialDate a, PartialDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return precision(a) >= precision(b) ? a : b;
  }

  /** 0 for a year, 1 for a month, 2 for a day: the length of the ISO form, in order. */
  private static int precision(PartialDate d) {
    return d.month() == 0 ? 0 : d.day() == 0 ? 1 : 2;
  }
}
