package org.entente.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.entente.text.PartialDate;

/**
 * A folder's {@code manifest.json}: an object keyed by document id whose values give {@code
 * published} ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), {@code title} and {@code
 * source}. A bad entry is reported with its line and skipped; the rest of the manifest holds.
 */
final class Manifest {

  /** The manifest's file name. */
  static final String FILE_NAME = "manifest.json";

  private static final Set<String> FIELDS = Set.of("published", "title", "source", "lang");

  /** One entry; any field may be null. */
  record Entry(PartialDate published, String title, String source, String lang) {}

  private final Map<String, Entry> entries;

  private Manifest(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  static Manifest empty() {
    return new Manifest(Map.of());
  }

  /** The entry for a document id, or {@code null}. */
  Entry get(String id) {
    return entries.get(id);
  }

  int size() {
    return entries.size();
  }

  /**
   * Reads a manifest. A manifest that is not JSON at all is one failure and an empty manifest;
   * each bad entry is one failure and is left out.
   */
  static Manifest read(Path file, ObjectMapper json, Consumer<IngestFailure> failures) {
    Map<String, Entry> entries = new HashMap<>();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      failures.accept(Inputs.unreadable(file, e));
      return empty();
    }
    JsonFactory factory = json.getFactory();
    try (JsonParser parser = factory.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        failures.accept(malformed(file, parser, "expected a JSON object keyed by document id"));
        return empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String id = parser.currentName();
        parser.nextToken();
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode value = json.readTree(parser);
        List<String> problems = new ArrayList<>();
        Entry entry = entry(value, problems);
        if (problems.isEmpty()) {
          entries.put(id, entry);
        } else {
          failures.accept(
              new IngestFailure(
                  IngestFailure.Kind.MALFORMED,
                  file,
                  line,
                  "entry '" + id + "': " + String.join("; ", problems)));
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      failures.accept(
          new IngestFailure(
              IngestFailure.Kind.MALFORMED,
              file,
              Math.max(line, 0),
              "not valid JSON: " + e.getOriginalMessage()));
      return new Manifest(entries);
    } catch (IOException e) {
      failures.accept(Inputs.unreadable(file, e));
    }
    return new Manifest(entries);
  }

  private static Entry entry(JsonNode value, List<String> problems) {
    if (!value.isObject()) {
      problems.add("expected an object with published, title, source; found " + value.getNodeType());
      return null;
    }
    value
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                problems.add("unknown field '" + name + "' (expected one of " + sorted(FIELDS) + ")");
              }
            });
    PartialDate published = null;
    JsonNode date = value.get("published");
    if (date != null && !date.isNull()) {
      if (!date.isTextual()) {
        problems.add("'published' must be a string YYYY, YYYY-MM or YYYY-MM-DD, found " + date);
      } else {
        try {
          published = PartialDate.parse(date.asText());
        } catch (IllegalArgumentException e) {
          problems.add("'published': " + e.getMessage());
        }
      }
    }
    return new Entry(
        published, text(value, "title", problems), text(value, "source", problems),
        text(value, "lang", problems));
  }

  private static String text(JsonNode value, String field, List<String> problems) {
    JsonNode node = value.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problems.add("'" + field + "' must be a string, found " + node);
      return null;
    }
    return node.asText();
  }

  private static String sorted(Set<String> names) {
    return names.stream().sorted().toList().toString();
  }

  private static IngestFailure malformed(Path file, JsonParser parser, String what) {
    return new IngestFailure(
        IngestFailure.Kind.MALFORMED, file, parser.currentTokenLocation().getLineNr(), what);
  }
}
