package org.entente.gen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One sentence template: literal text and {@code {slot}} references; {@code {Slot}} asks for the
 * value with a capital first letter, {@code {SLOT}} for it in upper case.
 *
 * @param scene the scene it belongs to
 * @param line its line in {@code templates.yaml}
 * @param parts literal text and slot references, in order
 */
record Template(Scene scene, int line, List<Part> parts) {

  Template {
    parts = List.copyOf(parts);
  }

  /** A piece of a template. */
  sealed interface Part {}

  /** Literal text. */
  record Literal(String text) implements Part {}

  /** A slot reference, with the case its value is written in. */
  record Slot(String name, Case letterCase) implements Part {}

  /** How a slot's value is written. */
  enum Case {
    AS_IS,
    CAPITALIZED,
    UPPER
  }

  /**
   * Parses a template, or reports why not (unknown slot, unclosed brace) into {@code problems}.
   */
  static Template parse(Scene scene, int line, String text, List<String> problems) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        parts.add(new Literal(text.substring(i)));
        break;
      }
      if (open > i) {
        parts.add(new Literal(text.substring(i, open)));
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        problems.add("unclosed '{' in \"" + text + "\"");
        return null;
      }
      String raw = text.substring(open + 1, close);
      String name = raw.toLowerCase(Locale.ROOT);
      Case letterCase =
          raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT))
              ? Case.UPPER
              : Character.isUpperCase(raw.charAt(0)) ? Case.CAPITALIZED : Case.AS_IS;
      if (!scene.slots().contains(name)) {
        problems.add(
            "unknown slot {" + raw + "} in scene '" + scene.key() + "' (expected one of "
                + scene.slots().stream().sorted().toList() + ")");
        return null;
      }
      parts.add(new Slot(name, letterCase));
      i = close + 1;
    }
    return new Template(scene, line, parts);
  }

  /** The slots this template uses. */
  Set<String> slots() {
    Set<String> names = new LinkedHashSet<>();
    for (Part p : parts) {
      if (p instanceof Slot s) {
        names.add(s.name());
      }
    }
    return names;
  }

  /** Whether it uses this slot. */
  boolean uses(String slot) {
    return slots().contains(slot);
  }

  /** The text with every slot filled by {@code values}, called once per reference in order. */
  String render(Function<String, String> values) {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      switch (p) {
        case Literal l -> out.append(l.text());
        case Slot s -> {
          String v = values.apply(s.name());
          switch (s.letterCase()) {
            case AS_IS -> out.append(v);
            case UPPER -> out.append(v.toUpperCase(Locale.ROOT));
            case CAPITALIZED -> {
              if (!v.isEmpty()) {
                out.appendCodePoint(Character.toUpperCase(v.codePointAt(0)));
                out.append(v, Character.charCount(v.codePointAt(0)), v.length());
              }
            }
          }
        }
      }
    }
    return out.toString();
  }
}
