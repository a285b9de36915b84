package org.entente.annotate.gazetteer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.text.Diagnostic;
import org.entente.text.PartialDate;

/**
 * Reads a YAML list of objects, keeping the line of each, and checks fields with messages that
 * name the file, the line, what was found and what was expected. Problems are collected, not
 * thrown, so one run reports them all.
 */
final class YamlEntries {

  /** One list element and where it starts. */
  record Entry(String file, int line, ObjectNode node) {}

  private static final YAMLMapper YAML = new YAMLMapper();

  private final List<Diagnostic> problems;

  YamlEntries(List<Diagnostic> problems) {
    this.problems = problems;
  }

  /**
   * The entries of a YAML list. When {@code section} is not null the file may also be a mapping
   * whose {@code section} key holds the list (user files mix sections).
   */
  List<Entry> read(String file, InputStream in, String section) {
    List<Entry> entries = new ArrayList<>();
    try (JsonParser parser = YAML.getFactory().createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return entries;
      }
      if (first == JsonToken.START_OBJECT && section != null) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonToken value = parser.nextToken();
          if (key.equals(section) && value == JsonToken.START_ARRAY) {
            readList(file, parser, entries);
          } else {
            parser.skipChildren();
          }
        }
        return entries;
      }
      if (first != JsonToken.START_ARRAY) {
        problem(file, parser.currentTokenLocation().getLineNr(), "expected a list of entries ('- ...')");
        return entries;
      }
      readList(file, parser, entries);
    } catch (IOException e) {
      problem(file, 0, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    return entries;
  }

  private void readList(String file, JsonParser parser, List<Entry> entries) throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      int line = parser.currentTokenLocation().getLineNr();
      JsonNode node = YAML.readTree(parser);
      if (node instanceof ObjectNode object) {
        entries.add(new Entry(file, line, object));
      } else {
        problem(file, line, "expected an entry with fields, found " + node);
      }
    }
  }

  void problem(String file, int line, String message) {
    problems.add(new Diagnostic(file, line, message));
  }

  /** Reports fields outside {@code allowed}; true when there were none. */
  boolean onlyFields(Entry e, Set<String> allowed) {
    boolean ok = true;
    for (var it = e.node().fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        problem(e.file(), e.line(), "unknown field '" + name + "' (expected one of " + new TreeSet<>(allowed) + ")");
        ok = false;
      }
    }
    return ok;
  }

  String required(Entry e, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
      problem(e.file(), e.line(), "missing field '" + field + "'" + (v == null ? "" : ", found " + v));
      return null;
    }
    return v.asText().strip();
  }

  String optional(Entry e, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      problem(e.file(), e.line(), "field '" + field + "' must be a single value, found " + v);
      return null;
    }
    return v.asText().strip();
  }

  List<String> list(Entry e, JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      problem(e.file(), e.line(), "field '" + field + "' must be a list [a, b], found " + v);
      return out;
    }
    for (JsonNode item : v) {
      if (!item.isValueNode() || item.asText().isBlank()) {
        problem(e.file(), e.line(), "field '" + field + "' holds a non-text item " + item);
      } else {
        out.add(item.asText().strip());
      }
    }
    return out;
  }

  PartialDate date(Entry e, JsonNode node, String field) {
    String text = optional(e, node, field);
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException ex) {
      problem(e.file(), e.line(), "field '" + field + "': " + ex.getMessage());
      return null;
    }
  }
}
