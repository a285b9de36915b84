package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Python's operations on {@code json.loads} values, on Jackson trees: {@code ==}, {@code <}, {@code
 * sorted()}, truthiness, iteration, {@code dict.get}, hashing for dict keys and {@code float()}.
 * Where Python raises, these throw {@link EvalInputException}: score.py would stop there.
 */
final class PyValues {

  private static final Pattern FLOAT =
      Pattern.compile(
          "[+-]?(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)"
              + "(?:[eE][+-]?[0-9](?:_?[0-9])*)?");
  private static final Pattern SPECIAL = Pattern.compile("(?i)[+-]?(?:inf|infinity|nan)");

  /** The key of Python's {@code None}, distinct from every string and number. */
  private enum None {
    NONE
  }

  private PyValues() {}

  /** Java's null and a missing node both stand for Python's {@code None}. */
  static JsonNode orNone(JsonNode v) {
    return v == null || v.isMissingNode() ? NullNode.getInstance() : v;
  }

  /** {@code dict.get(key, default)}. */
  static JsonNode get(JsonNode dict, String key, JsonNode otherwise) {
    if (!orNone(dict).isObject()) {
      throw typeError("'" + typeName(dict) + "' object has no attribute 'get'");
    }
    JsonNode v = dict.get(key);
    return v == null ? otherwise : v;
  }

  /** {@code dict.get(key)}. */
  static JsonNode get(JsonNode dict, String key) {
    return get(dict, key, NullNode.getInstance());
  }

  /** {@code dict[key]}. */
  static JsonNode item(JsonNode dict, String key) {
    JsonNode v = get(dict, key, null);
    if (v == null) {
      throw new EvalInputException(
          "no '" + key + "' in " + PyText.repr(dict) + " (score.py stops on this with a KeyError)");
    }
    return v;
  }

  /** {@code bool(value)}. */
  static boolean truthy(JsonNode v) {
    v = orNone(v);
    if (v.isNull()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().signum() != 0;
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0;
    }
    return v.isTextual() ? !v.textValue().isEmpty() : v.size() > 0;
  }

  /** {@code for x in value}: a dict gives its keys, a string its characters. */
  static List<JsonNode> iterate(JsonNode v) {
    v = orNone(v);
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else if (v.isObject()) {
      v.fieldNames().forEachRemaining(name -> items.add(TextNode.valueOf(name)));
    } else if (v.isTextual()) {
      v.textValue().codePoints().forEach(c -> items.add(TextNode.valueOf(Character.toString(c))));
    } else {
      throw typeError("'" + typeName(v) + "' object is not iterable");
    }
    return items;
  }

  /** {@code a == b}. */
  static boolean eq(JsonNode a, JsonNode b) {
    a = orNone(a);
    b = orNone(b);
    if (numeric(a) && numeric(b)) {
      return compareNumbers(a, b) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().equals(b.textValue());
    }
    if (a.isNull() || b.isNull()) {
      return a.isNull() && b.isNull();
    }
    if (a.isArray() && b.isArray() || a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      if (a.isArray()) {
        for (int i = 0; i < a.size(); i++) {
          if (!eq(a.get(i), b.get(i))) {
            return false;
          }
        }
        return true;
      }
      for (var field : a.properties()) {
        JsonNode other = b.get(field.getKey());
        if (other == null || !eq(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** {@code a < b}; throws where Python has no order (None, dicts, mixed types). */
  static boolean lt(JsonNode a, JsonNode b) {
    a = orNone(a);
    b = orNone(b);
    if (numeric(a) && numeric(b)) {
      return compareNumbers(a, b) == -1;
    }
    if (a.isTextual() && b.isTextual()) {
      return compareCodePoints(a.textValue(), b.textValue()) < 0;
    }
    if (a.isArray() && b.isArray()) {
      int n = Math.min(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        if (!eq(a.get(i), b.get(i))) {
          return lt(a.get(i), b.get(i));
        }
      }
      return a.size() < b.size();
    }
    throw typeError(
        "'<' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
  }

  /**
   * {@code sorted(values)}. For fewer than 32 items Java's TimSort makes exactly the comparisons
   * CPython's does (a run, then binary insertion), so a list Python cannot sort fails here too.
   */
  static List<JsonNode> sorted(List<JsonNode> values) {
    List<JsonNode> copy = new ArrayList<>(values);
    copy.sort((x, y) -> lt(x, y) ? -1 : lt(y, x) ? 1 : 0);
    return copy;
  }

  /**
   * A Java key that is equal where Python's dict keys are: strings by value, numbers and booleans
   * by numeric value ({@code 1 == 1.0 == True}), {@code None}; NaN only to itself.
   */
  static Object hashKey(JsonNode v) {
    v = orNone(v);
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isNull()) {
      return None.NONE;
    }
    if (v.isArray() || v.isObject()) {
      throw typeError("unhashable type: '" + typeName(v) + "'");
    }
    if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
      return Double.isNaN(v.doubleValue()) ? new Object() : (Object) v.doubleValue();
    }
    return exact(v).stripTrailingZeros();
  }

  /** {@code float(value)}, or empty where Python raises TypeError or ValueError. */
  static OptionalDouble toFloat(JsonNode v) {
    v = orNone(v);
    if (numeric(v)) {
      return OptionalDouble.of(v.isBoolean() ? (v.booleanValue() ? 1 : 0) : v.doubleValue());
    }
    if (!v.isTextual()) {
      return OptionalDouble.empty();
    }
    // Python reads any Unicode decimal digit and strips Unicode whitespace first.
    StringBuilder ascii = new StringBuilder();
    v.textValue()
        .codePoints()
        .forEach(
            c -> {
              if (PyText.isSpace(c)) {
                ascii.append(' ');
              } else if (c >= 0x80 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
              } else {
                ascii.appendCodePoint(c);
              }
            });
    String s = ascii.toString().strip();
    if (SPECIAL.matcher(s).matches()) {
      boolean negative = s.startsWith("-");
      return OptionalDouble.of(
          s.toLowerCase(java.util.Locale.ROOT).contains("nan")
              ? Double.NaN
              : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (!FLOAT.matcher(s).matches()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(s.replace("_", "")));
  }

  /** Python's type name, for messages. */
  static String typeName(JsonNode v) {
    v = orNone(v);
    if (v.isObject()) {
      return "dict";
    }
    if (v.isArray()) {
      return "list";
    }
    if (v.isTextual()) {
      return "str";
    }
    if (v.isBoolean()) {
      return "bool";
    }
    if (v.isNull()) {
      return "NoneType";
    }
    return v.isIntegralNumber() ? "int" : "float";
  }

  static EvalInputException typeError(String message) {
    return new EvalInputException(message + " (score.py stops on this with a TypeError)");
  }

  private static boolean numeric(JsonNode v) {
    return v.isNumber() || v.isBoolean();
  }

  /** -1, 0 or 1; 2 when a NaN makes the numbers unordered and unequal. */
  private static int compareNumbers(JsonNode a, JsonNode b) {
    boolean aFloat = a.isFloatingPointNumber();
    boolean bFloat = b.isFloatingPointNumber();
    double x = aFloat ? a.doubleValue() : 0;
    double y = bFloat ? b.doubleValue() : 0;
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return 2;
    }
    boolean aInfinite = Double.isInfinite(x);
    boolean bInfinite = Double.isInfinite(y);
    if (aInfinite && bInfinite) {
      return Integer.signum(Double.compare(x, y));
    }
    // Python orders every int, however large, between -inf and +inf.
    if (aInfinite) {
      return x > 0 ? 1 : -1;
    }
    if (bInfinite) {
      return y > 0 ? -1 : 1;
    }
    return exact(a).compareTo(exact(b));
  }

  private static BigDecimal exact(JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    return v.isIntegralNumber()
        ? new BigDecimal(v.bigIntegerValue())
        : new BigDecimal(v.doubleValue());
  }

  /** Python compares strings by code point, not by UTF-16 unit as String.compareTo does. */
  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
