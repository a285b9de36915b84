package org.entente.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date of reduced precision: a year, a year and month, or a full date, written in
 * ISO 8601 form ({@code 1993}, {@code 1993-01}, {@code 1993-01-13}) as the fact contract wants.
 *
 * @param year the year, 1 to 9999
 * @param month 1 to 12, or 0 when only the year is known
 * @param day 1 to the length of the month, or 0 when unknown (then also when month is 0)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Validates the fields; throws {@link IllegalArgumentException} naming the bad one. */
  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range 1..9999: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range 1..12: " + month);
    }
    if (month == 0 && day != 0) {
      throw new IllegalArgumentException("a day needs a month: " + year + "-?-" + day);
    }
    if (day != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "no such day: %04d-%02d-%02d".formatted(year, month, day), e);
      }
    }
  }

  /** A year alone. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /** A year and a month. */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  /** A full date. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, and also the date part of an
   * ISO date-time ({@code 2024-08-22T10:00:00+05:00}).
   *
   * @throws IllegalArgumentException when the text is not such a date
   */
  public static PartialDate parse(String text) {
    String trimmed = text.strip();
    int timeStart = trimmed.indexOf('T');
    if (timeStart == 10) {
      trimmed = trimmed.substring(0, 10);
    }
    Matcher m = ISO.matcher(trimmed);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '" + text + "'");
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new PartialDate(year, month, day);
  }

  /** The first day this date can mean: 1993 gives 1993-01-01. */
  public LocalDate firstDay() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day this date can mean: 1993-02 gives 1993-02-28. */
  public LocalDate lastDay() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    if (day == 0) {
      LocalDate first = LocalDate.of(year, month, 1);
      return first.withDayOfMonth(first.lengthOfMonth());
    }
    return LocalDate.of(year, month, day);
  }

  /** True when year, month and day are all known. */
  public boolean isFull() {
    return day != 0;
  }

  /** The ISO 8601 form of reduced precision. */
  @Override
  public String toString() {
    // by hand, not String.format: facts are keyed and written by their dates, millions of times
    char[] out = new char[month == 0 ? 4 : day == 0 ? 7 : 10];
    digits(out, 0, year, 4);
    if (month != 0) {
      out[4] = '-';
      digits(out, 5, month, 2);
    }
    if (day != 0) {
      out[7] = '-';
      digits(out, 8, day, 2);
    }
    return new String(out);
  }

  /** Writes {@code value} into {@code width} chars from {@code at}, with leading zeros. */
  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Orders by year, then month, then day, an unknown part sorting first. */
  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }
}
