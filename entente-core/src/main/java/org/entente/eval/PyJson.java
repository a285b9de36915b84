package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * Python's {@code json.dumps(value, ensure_ascii=False)}, compact or with {@code indent=1}, so that
 * reports read byte for byte as score.py's: floats as Python's repr, {@code NaN} and {@code
 * Infinity} as Python writes them, only quotes, backslashes and control characters escaped.
 */
final class PyJson {

  private PyJson() {}

  /** One line: items separated by {@code ", "}, keys by {@code ": "}. */
  static String compact(JsonNode v) {
    StringBuilder out = new StringBuilder();
    write(out, v, -1);
    return out.toString();
  }

  /** {@code indent=1}: one item a line, one more space per level. */
  static String indented(JsonNode v) {
    StringBuilder out = new StringBuilder();
    write(out, v, 0);
    return out.toString();
  }

  /** Writes {@code v} at nesting {@code level}, or compact when {@code level < 0}. */
  private static void write(StringBuilder out, JsonNode v, int level) {
    v = PyValues.orNone(v);
    if (v.isArray() || v.isObject()) {
      if (v.isEmpty()) {
        out.append(v.isArray() ? "[]" : "{}");
        return;
      }
      String inner = level < 0 ? "" : "\n" + " ".repeat(level + 1);
      String separator = level < 0 ? ", " : "," + inner;
      int next = level < 0 ? -1 : level + 1;
      out.append(v.isArray() ? '[' : '{').append(inner);
      if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          out.append(i == 0 ? "" : separator);
          write(out, v.get(i), next);
        }
      } else {
        String between = "";
        for (Map.Entry<String, JsonNode> field : v.properties()) {
          out.append(between);
          string(out, field.getKey());
          out.append(": ");
          write(out, field.getValue(), next);
          between = separator;
        }
      }
      out.append(level < 0 ? "" : "\n" + " ".repeat(level)).append(v.isArray() ? ']' : '}');
    } else if (v.isTextual()) {
      string(out, v.textValue());
    } else if (v.isNull()) {
      out.append("null");
    } else if (v.isBoolean()) {
      out.append(v.booleanValue());
    } else if (v.isIntegralNumber()) {
      out.append(v.bigIntegerValue());
    } else {
      double d = v.doubleValue();
      out.append(
          Double.isNaN(d)
              ? "NaN"
              : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : PyText.floatRepr(d));
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
