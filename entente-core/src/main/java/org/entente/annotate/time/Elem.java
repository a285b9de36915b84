package org.entente.annotate.time;

/**
 * One date as written, parts perhaps missing until {@link Completion} fills them from the other
 * dates of the expression or from the publication date: "7 January", "1993", "June 1993", the "12"
 * of "12-13 September".
 *
 * @param start the first char, a weekday included
 * @param end one past the last char
 * @param year the year, or 0
 * @param month 1-12, or 0
 * @param day 1-31, or 0
 * @param weekday the ISO weekday written before it (1-7), or 0
 * @param monthFirst whether the month is written before the day ("May 19"), which decides where a
 *     bare day's month comes from: "May 19-20" but "19-20 May"
 */
record Elem(int start, int end, int year, int month, int day, int weekday, boolean monthFirst) {

  boolean yearOnly() {
    return month == 0 && day == 0;
  }

  boolean bareDay() {
    return day != 0 && month == 0;
  }
}
