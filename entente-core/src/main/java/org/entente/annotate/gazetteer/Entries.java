package org.entente.annotate.gazetteer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.entente.text.PartialDate;

/**
 * The dictionary entries, as loaded and validated: read-only values that other stages (the corpus
 * generator) may read through {@link Dictionaries#countries()} and {@link Dictionaries#persons()}.
 */
public final class Entries {

  private Entries() {}

  /** A country entry. */
  public record Country(
      String code,
      String name,
      List<String> names,
      List<String> adjectives,
      List<String> demonyms,
      List<City> cities) {}

  /** A city entry. */
  public record City(
      String name,
      List<String> aliases,
      String country,
      boolean capital,
      PartialDate capitalFrom,
      PartialDate capitalTo) {

    /** Whether it was the capital at some time within {@code date}; false when unknown. */
    public boolean capitalAt(PartialDate date) {
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

  /** A organization entry. */
  public record Organization(String code, String name, List<String> names, List<String> acronyms) {}

  /** A person entry. */
  public record Person(
      String id,
      String name,
      List<String> given,
      List<String> family,
      List<String> aliases,
      List<Role> roles) {}

  /** A role entry. */
  public record Role(String role, String country, String title, PartialDate from, PartialDate to) {}

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
