package org.entente.annotate.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.PartialDate;

/**
 * Turns the elements of one expression into dates. A bare day takes its month from the next date
 * written day first ("12-13 September") or else from the previous one written month first
 * ("September 12-13"). A date without a year takes it from the next date that has one, or the
 * previous; one written before the date it borrows from is not after it ("December 28 - January 3,
 * 2022" starts in 2021). When no date has a year, the first takes the year that puts it nearest the
 * publication date ({@link Anchor#nearestYear}) and each of the others the same or the next year,
 * so that they follow one another.
 */
final class Completion {

  private Completion() {}

  /**
   * The dates, in text order, and whether a year came from the publication date; no dates when one
   * was needed and is unknown.
   */
  record Completed(List<PartialDate> dates, boolean relative) {
    Completed {
      dates = List.copyOf(dates);
    }

    /** True when the year would come from a publication date that is not known. */
    boolean undated() {
      return dates.isEmpty();
    }
  }

  /** The dates of these elements, or {@code null} when they name no date (a bare day alone). */
  static Completed complete(List<Elem> elems, Anchor anchor) {
    int n = elems.size();
    int[] year = new int[n];
    int[] month = new int[n];
    for (int i = 0; i < n; i++) {
      year[i] = elems.get(i).year();
      month[i] = elems.get(i).month();
      if (elems.get(i).bareDay()) {
        int lender = monthLender(elems, i);
        if (lender < 0) {
          return null;
        }
        month[i] = elems.get(lender).month();
      }
    }
    boolean relative = false;
    for (int i = 0; i < n; i++) {
      if (year[i] != 0) {
        continue;
      }
      int day = elems.get(i).day();
      int later = yearLender(elems, month, i + 1, n, 1);
      int earlier = later >= 0 ? -1 : yearLender(elems, month, i - 1, -1, -1);
      if (later >= 0) {
        year[i] = year[later];
        if (compare(month[i], day, month[later], elems.get(later).day()) > 0) {
          year[i]--;
        }
      } else if (earlier >= 0 || i > 0) {
        int prev = earlier >= 0 ? earlier : i - 1;
        year[i] = year[prev];
        if (compare(month[i], day, month[prev], elems.get(prev).day()) < 0) {
          year[i]++;
        }
        relative |= earlier < 0;
      } else {
        // A span without any year ("January-November") is placed by its end, which a report
        // mostly tells after the fact: the start then falls in the same or the year before.
        int last = n - 1;
        int lastDay = elems.get(last).day();
        int endYear = n > 1 ? anchor.nearestYear(month[last], lastDay) : 0;
        year[i] = n > 1 && endYear != 0
            ? endYear - (compare(month[i], day, month[last], lastDay) > 0 ? 1 : 0)
            : anchor.nearestYear(month[i], day);
        if (year[i] == 0) {
          return new Completed(List.of(), true);
        }
        relative = true;
      }
    }
    List<PartialDate> dates = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PartialDate d = date(year[i], month[i], elems.get(i).day());
      if (d == null) {
        return null;
      }
      dates.add(d);
    }
    return new Completed(dates, relative);
  }

  private static int monthLender(List<Elem> elems, int i) {
    for (int j = i + 1; j < elems.size(); j++) {
      if (elems.get(j).month() != 0) {
        if (!elems.get(j).monthFirst()) {
          return j;
        }
        break;
      }
    }
    for (int j = i - 1; j >= 0; j--) {
      if (elems.get(j).month() != 0) {
        return elems.get(j).monthFirst() ? j : -1;
      }
    }
    return -1;
  }

  // The nearest element from 'from' (towards 'to', exclusive) that has a year and a month.
  private static int yearLender(List<Elem> elems, int[] month, int from, int to, int step) {
    for (int j = from; j != to; j += step) {
      if (elems.get(j).year() != 0 && month[j] != 0) {
        return j;
      }
    }
    return -1;
  }

  private static int compare(int month1, int day1, int month2, int day2) {
    return month1 != month2 ? Integer.compare(month1, month2) : Integer.compare(day1, day2);
  }

  /** The date, or {@code null} for one that does not exist ("February 30", year 0). */
  static PartialDate date(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 0 || month > 12 || (month == 0 && day != 0)) {
      return null;
    }
    if (day < 0 || (day > 0 && day > YearMonth.of(year, month).lengthOfMonth())) {
      return null;
    }
    return new PartialDate(year, month, day);
  }
}
