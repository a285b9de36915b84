package org.entente.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.PartialDate;

/**
 * Finds the publication date that news and ministry pages print at the top of the text: {@code
 * 01.03.2020 10:10}, {@code 4 May 2023, 13:33}, {@code May 4, 2023}, {@code 2023-05-04}, or a
 * dateline such as {@code ASTANA, May 4.} whose year is taken from the same day written in full
 * further down. Only the first few non-blank lines are looked at, and a date must stand alone on
 * its line or open a dateline, so that a first sentence about 1993 is not taken for the date.
 */
public final class Dateline {

  private static final int LINES_LOOKED_AT = 4;

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String TIME = "(?:[,\\s]+\\d{1,2}:\\d{2}(?::\\d{2})?)?";
  private static final String TAIL = "\\s*(?:[|\\-–—(].*)?$";

  private static final Pattern NUMERIC =
      Pattern.compile("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})" + TIME + TAIL);
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})" + TIME + TAIL);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("^(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME + TAIL,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("^" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME + TAIL,
          Pattern.CASE_INSENSITIVE);
  /** {@code ASTANA, May 4.} or {@code DUSHANBE, 22 August (Khovar) -}: a city, then a day. */
  private static final Pattern CITY_DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'\\-]+(?:[ \\-]\\p{Lu}[\\p{L}'\\-]+){0,2},\\s+(?:"
              + MONTH
              + "\\s+(\\d{1,2})|(\\d{1,2})\\s+"
              + MONTH
              + ")(?:,?\\s+(\\d{4}))?\\b.*");

  private Dateline() {}

  /** The publication date printed at the top of {@code text}, or {@code null}. */
  public static PartialDate find(String text) {
    int seen = 0;
    for (String raw : text.split("\\R", 40)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (++seen > LINES_LOOKED_AT) {
        break;
      }
      PartialDate date = parseLine(line, text);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static PartialDate parseLine(String line, String text) {
    Matcher m = NUMERIC.matcher(line);
    if (m.matches()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = ISO.matcher(line);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = DAY_MONTH_YEAR.matcher(line);
    if (m.matches()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(line);
    if (m.matches()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = CITY_DATELINE.matcher(line);
    if (m.matches()) {
      String month = m.group(1) != null ? month(m.group(1)) : month(m.group(4));
      String day = m.group(2) != null ? m.group(2) : m.group(3);
      String year = m.group(5) != null ? m.group(5) : yearOfSameDay(text, month, day);
      return year == null ? null : date(year, month, day);
    }
    return null;
  }

  /** The year of the first full date in the text that falls on this month and day. */
  private static String yearOfSameDay(String text, String month, String day) {
    Pattern full =
        Pattern.compile(
            "\\b(?:" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+" + MONTH
                + ",?\\s+(\\d{4}))\\b");
    Matcher m = full.matcher(text);
    while (m.find()) {
      String mm = m.group(1) != null ? month(m.group(1)) : month(m.group(5));
      String dd = m.group(2) != null ? m.group(2) : m.group(4);
      String yyyy = m.group(3) != null ? m.group(3) : m.group(6);
      if (mm.equals(month) && Integer.parseInt(dd) == Integer.parseInt(day)) {
        return yyyy;
      }
    }
    return null;
  }

  private static String month(String name) {
    Integer number = MONTHS.get(name.replace(".", "").toLowerCase(Locale.ROOT));
    return number == null ? "0" : number.toString();
  }

  private static PartialDate date(String year, String month, String day) {
    try {
      return new PartialDate(
          Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    String[] names = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"
    };
    java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], i + 1);
      map.put(names[i].substring(0, 3), i + 1);
    }
    map.put("sept", 9);
    return Map.copyOf(map);
  }
}
