package org.entente.brief;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates of reduced precision as a reader writes them: 13 January 1993, January 1993, 1993. */
final class Dates {

  private Dates() {}

  static String show(String iso) {
    if (iso == null) {
      return "on an unstated date";
    }
    String[] p = iso.split("-");
    try {
      String month = p.length > 1 ? Month.of(Integer.parseInt(p[1])).getDisplayName(TextStyle.FULL, Locale.ENGLISH) : null;
      if (p.length > 2) {
        return Integer.parseInt(p[2]) + " " + month + " " + p[0];
      }
      return month == null ? p[0] : month + " " + p[0];
    } catch (RuntimeException e) {
      return iso;
    }
  }

  /** "on 13 January 1993", "in January 1993", "in 1993". */
  static String when(String iso) {
    if (iso == null) {
      return "(undated)";
    }
    return (iso.length() == 10 ? "on " : "in ") + show(iso);
  }

  static String span(String start, String end) {
    if (end == null || end.equals(start)) {
      return when(start);
    }
    return "from " + show(start) + " to " + show(end);
  }
}
