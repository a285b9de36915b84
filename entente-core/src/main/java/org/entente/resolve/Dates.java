package org.entente.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.text.PartialDate;

/** Comparing dates of reduced precision: 1993-01 and 1993-01-13 agree; 1993 and 1995 do not. */
final class Dates {

  private Dates() {}

  /** Whether one date is the other made more precise (or either is unknown). */
  static boolean agree(String a, String b) {
    return a == null || b == null || a.startsWith(b) || b.startsWith(a);
  }

  /**
   * Whether two spans of time may be one event: their dates agree, their spans overlap, or they
   * lie at most {@code days} apart. Both must be dated.
   */
  static boolean near(String start1, String end1, String start2, String end2, int days) {
    if (start1 == null || start2 == null) {
      return false;
    }
    if (agree(start1, start2)) {
      return true;
    }
    LocalDate s1 = first(start1);
    LocalDate e1 = last(end1 == null ? start1 : end1);
    LocalDate s2 = first(start2);
    LocalDate e2 = last(end2 == null ? start2 : end2);
    if (s1 == null || s2 == null || e1 == null || e2 == null) {
      return false;
    }
    long gap = Math.max(ChronoUnit.DAYS.between(e1, s2), ChronoUnit.DAYS.between(e2, s1));
    return gap <= days;
  }

  /** The year of a date, or 0. */
  static int year(String date) {
    return date == null || date.length() < 4 ? 0 : Integer.parseInt(date.substring(0, 4));
  }

  /**
   * The dates of claims grouped so that each group agrees within itself, best supported first
   * (more claims, then more precise). A single group means the sources agree.
   */
  static List<Map.Entry<String, List<Claim>>> groups(List<Claim> dated) {
    Map<String, List<Claim>> byValue = new LinkedHashMap<>();
    List<Claim> sorted = new ArrayList<>(dated);
    sorted.sort(Comparator.comparingInt((Claim c) -> -c.start().length()));
    for (Claim c : sorted) {
      String home = null;
      for (String v : byValue.keySet()) {
        if (agree(v, c.start())) {
          home = v;
          break;
        }
      }
      byValue.computeIfAbsent(home == null ? c.start() : home, k -> new ArrayList<>()).add(c);
    }
    List<Map.Entry<String, List<Claim>>> out = new ArrayList<>(byValue.entrySet());
    out.sort(
        Comparator.comparingInt((Map.Entry<String, List<Claim>> e) -> -distinctDocs(e.getValue()))
            .thenComparingInt(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey));
    return out;
  }

  private static int distinctDocs(List<Claim> claims) {
    return (int) claims.stream().map(Claim::doc).distinct().count();
  }

  private static LocalDate first(String iso) {
    try {
      return PartialDate.parse(iso).firstDay();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate last(String iso) {
    try {
      return PartialDate.parse(iso).lastDay();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
