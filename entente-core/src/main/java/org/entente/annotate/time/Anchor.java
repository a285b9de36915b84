package org.entente.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.entente.text.PartialDate;

/**
 * The publication date that relative expressions are resolved against: a full date, a year and
 * month, a year, or nothing. Every method answers {@code null} (or 0) when the date it would need
 * is not known to that precision, and the caller then writes a vague time instead.
 *
 * @param published the publication date, or {@code null}
 */
record Anchor(PartialDate published) {

  /** Which occurrence of a weekday or month, counted from the publication date. */
  enum Which {
    /** The publication day itself or the latest before it: "on Monday". */
    ON_OR_BEFORE,
    /** The latest strictly before: "last Monday", "last May". */
    BEFORE,
    /** The earliest strictly after: "next Monday", "next May". */
    AFTER,
    /** The one in the publication year: "this May". */
    SAME_YEAR
  }

  /**
   * The year that puts a month (and day, when not 0) nearest the publication date, so that the date
   * lies less than about six months either side of it: in a January article "December 28" is last
   * December, in a December article "January 5" is next January. Between two equally near years,
   * the earlier. A year-only publication date gives its own year; none gives 0.
   */
  int nearestYear(int month, int day) {
    if (published == null) {
      return 0;
    }
    int pubYear = published.year();
    if (published.month() == 0) {
      return pubYear;
    }
    // A year-and-month publication date counts as the middle of its month.
    LocalDate pub =
        LocalDate.of(pubYear, published.month(), published.isFull() ? published.day() : 15);
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int year = pubYear - 1; year <= pubYear + 1; year++) {
      long distance;
      if (!yearInRange(year)) {
        continue;
      } else if (day == 0) {
        distance = Math.abs((year * 12L + month) - (pubYear * 12L + published.month()));
      } else if (day <= YearMonth.of(year, month).lengthOfMonth()) {
        distance = Math.abs(ChronoUnit.DAYS.between(pub, LocalDate.of(year, month, day)));
      } else {
        continue;
      }
      if (distance < bestDistance) {
        best = year;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The publication year moved by {@code years}. */
  PartialDate year(int years) {
    if (published == null) {
      return null;
    }
    return yearInRange(published.year() + years)
        ? PartialDate.ofYear(published.year() + years)
        : null;
  }

  /** The publication month moved by {@code months}. */
  PartialDate month(int months) {
    if (published == null || published.month() == 0) {
      return null;
    }
    YearMonth m = YearMonth.of(published.year(), published.month()).plusMonths(months);
    return yearInRange(m.getYear()) ? PartialDate.ofMonth(m.getYear(), m.getMonthValue()) : null;
  }

  /** The publication day moved by {@code days}. */
  PartialDate day(int days) {
    LocalDate d = date();
    return d == null ? null : of(d.plusDays(days));
  }

  /** The Monday of the publication week moved by {@code weeks}. */
  LocalDate monday(int weeks) {
    LocalDate d = date();
    if (d == null) {
      return null;
    }
    LocalDate monday = d.with(DayOfWeek.MONDAY).plusWeeks(weeks);
    return yearInRange(monday.getYear()) && yearInRange(monday.plusDays(6).getYear())
        ? monday
        : null;
  }

  /** A weekday (ISO 1-7) near the publication day; {@link Which#SAME_YEAR} is not for weekdays. */
  PartialDate weekday(int isoDay, Which which) {
    LocalDate d = date();
    if (d == null || which == Which.SAME_YEAR) {
      return null;
    }
    DayOfWeek day = DayOfWeek.of(isoDay);
    return of(
        switch (which) {
          case ON_OR_BEFORE -> d.with(TemporalAdjusters.previousOrSame(day));
          case BEFORE -> d.with(TemporalAdjusters.previous(day));
          case AFTER, SAME_YEAR -> d.with(TemporalAdjusters.next(day));
        });
  }

  /** A month (1-12) near the publication month: "last May", "next May", "this May". */
  PartialDate namedMonth(int month, Which which) {
    if (published == null || (published.month() == 0 && which != Which.SAME_YEAR)) {
      return null;
    }
    int year = published.year();
    switch (which) {
      case BEFORE, ON_OR_BEFORE -> year -= month < published.month() ? 0 : 1;
      case AFTER -> year += month > published.month() ? 0 : 1;
      case SAME_YEAR -> {}
    }
    return yearInRange(year) ? PartialDate.ofMonth(year, month) : null;
  }

  private LocalDate date() {
    if (published == null || !published.isFull()) {
      return null;
    }
    return LocalDate.of(published.year(), published.month(), published.day());
  }

  private static PartialDate of(LocalDate d) {
    return yearInRange(d.getYear()) ? PartialDate.of(d) : null;
  }

  private static boolean yearInRange(int year) {
    return year >= 1 && year <= 9999;
  }
}
