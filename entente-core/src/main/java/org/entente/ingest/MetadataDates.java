package org.entente.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.PartialDate;

/** Lenient reading of the dates that metadata fields carry. */
final class MetadataDates {

  private static final Pattern LEADING_ISO =
      Pattern.compile("^\\s*(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T\\s].*)?$");
  private static final Pattern PDF_DATE = Pattern.compile("^D:(\\d{4})(\\d{2})?(\\d{2})?.*");

  private MetadataDates() {}

  /** A date from {@code 2024-08-22T10:00:00+05:00}, {@code 2021-05-19}, {@code D:2023...}. */
  static PartialDate parse(String value) {
    Matcher m = LEADING_ISO.matcher(value);
    if (!m.matches()) {
      m = PDF_DATE.matcher(value.strip());
      if (!m.matches()) {
        return null;
      }
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return new PartialDate(year, month, day);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
