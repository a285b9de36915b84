package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's text conversions of {@code json.loads} values: {@code str()}, {@code repr()}, {@code
 * str.strip()}/{@code split()} and the float formats score.py prints. score.py takes the words of a
 * title from {@code str(value).lower()}, so a list's words come from its repr, escapes included.
 */
final class PyText {

  private PyText() {}

  /** Python's {@code str.isspace()} for one code point (wider than Java's whitespace). */
  static boolean isSpace(int c) {
    return (c >= 0x09 && c <= 0x0d)
        || (c >= 0x1c && c <= 0x20)
        || c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }

  /** {@code s.strip()}. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** {@code s.split()}: the runs between whitespace, none empty. */
  static List<String> split(String s) {
    List<String> parts = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (isSpace(c)) {
        if (start >= 0) {
          parts.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      parts.add(s.substring(start));
    }
    return parts;
  }

  /** {@code s.lower()}. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code str(value)}. */
  static String str(JsonNode v) {
    return v.isTextual() ? v.textValue() : repr(v);
  }

  /** {@code repr(value)}. */
  static String repr(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "None";
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    if (v.isTextual()) {
      return reprString(v.textValue());
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      return floatRepr(v.doubleValue());
    }
    StringBuilder out = new StringBuilder();
    if (v.isArray()) {
      out.append('[');
      for (int i = 0; i < v.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(repr(v.get(i)));
      }
      return out.append(']').toString();
    }
    out.append('{');
    String separator = "";
    for (Map.Entry<String, JsonNode> field : v.properties()) {
      out.append(separator).append(reprString(field.getKey())).append(": ");
      out.append(repr(field.getValue()));
      separator = ", ";
    }
    return out.append('}').toString();
  }

  /** Python's string repr: quotes chosen as Python does, non-printable characters escaped. */
  static String reprString(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    s.codePoints()
        .forEach(
            c -> {
              if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c == '\t') {
                out.append("\\t");
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && !printable(c))) {
                String hex = Integer.toHexString(c);
                String form = c < 0x100 ? "\\x%2s" : c < 0x10000 ? "\\u%4s" : "\\U%8s";
                out.append(String.format(Locale.ROOT, form, hex).replace(' ', '0'));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append(quote).toString();
  }

  /** Python's {@code str.isprintable()} for a non-ASCII code point. */
  private static boolean printable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /**
   * {@code repr(float)}: the shortest digits that read back as the same double (the closest of
   * them), in exponent form when the decimal point falls before -4 or after 16 digits. Java's
   * {@code Double.toString} differs in both respects.
   */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : "";
    if (d == 0) {
      return sign + "0.0";
    }
    BigDecimal shortest = shortest(Math.abs(d));
    String digits = shortest.unscaledValue().toString();
    int point = digits.length() - shortest.scale();
    if (point <= -4 || point > 16) {
      int exp = point - 1;
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return String.format(
          Locale.ROOT, "%s%se%s%02d", sign, mantissa, exp < 0 ? "-" : "+", Math.abs(exp));
    }
    if (point <= 0) {
      return sign + "0." + "0".repeat(-point) + digits;
    }
    if (point >= digits.length()) {
      return sign + digits + "0".repeat(point - digits.length()) + ".0";
    }
    return sign + digits.substring(0, point) + "." + digits.substring(point);
  }

  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int precision = 1; ; precision++) {
      BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
      boolean downOk = Double.parseDouble(down.toString()) == d;
      boolean upOk = Double.parseDouble(up.toString()) == d;
      if (downOk && upOk) {
        int side = exact.subtract(down).compareTo(up.subtract(exact));
        boolean downEven = !down.stripTrailingZeros().unscaledValue().testBit(0);
        return (side < 0 || (side == 0 && downEven) ? down : up).stripTrailingZeros();
      }
      if (downOk || upOk) {
        return (downOk ? down : up).stripTrailingZeros();
      }
    }
  }

  /** {@code f"{x:.Nf}"}: rounded half-even from the exact binary value, as Python does. */
  static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String text = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    boolean negative = x < 0 || (x == 0 && 1 / x < 0);
    return negative && !text.startsWith("-") ? "-" + text : text;
  }
}
