package org.entente.annotate.gazetteer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.entente.text.PartialDate;

/** The dictionary entries, as loaded and validated. */
final class Entries {

  private Entries() {}

  record Country(
      String code,
      String name,
      List<String> names,
      List<String> adjectives,
      List<String> demonyms,
      List<City> cities) {}

  record City(
      String name,
      List<String> aliases,
      String country,
      boolean capital,
      PartialDate capitalFrom,
      PartialDate capitalTo) {

    /** Whether it was the capital at some time within {@code date}; false when unknown. */
    boolean capitalAt(PartialDate date) {
      if (capital) {
        return true;
      }
      if (capitalFrom == null && capitalTo == null) {
        return false;
      }
      if (date == null) {
        return capitalTo == null;
      }
      return Roles.overlapDays(date, capitalFrom, capitalTo) > 0;
    }
  }

  record Organization(String code, String name, List<String> names, List<String> acronyms) {}

  record Person(
      String id,
      String name,
      List<String> given,
      List<String> family,
      List<String> aliases,
      List<Role> roles) {}

  record Role(String role, String country, String title, PartialDate from, PartialDate to) {}

  /** Time arithmetic on roles. */
  static final class Roles {
    private Roles() {}

    /** Days that {@code date} shares with {@code [from, to)}; open ends are unbounded. */
    static long overlapDays(PartialDate date, PartialDate from, PartialDate to) {
      LocalDate start = date.firstDay();
      LocalDate end = date.lastDay().plusDays(1);
      LocalDate roleStart = from == null ? LocalDate.MIN : from.firstDay();
      LocalDate roleEnd = to == null ? LocalDate.MAX : to.firstDay();
      LocalDate a = start.isAfter(roleStart) ? start : roleStart;
      LocalDate b = end.isBefore(roleEnd) ? end : roleEnd;
      return a.isBefore(b) ? ChronoUnit.DAYS.between(a, b) : 0;
    }
  }
}
