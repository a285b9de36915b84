package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.store.Store;
import org.entente.store.StoredFact;

/**
 * Loads facts extracted elsewhere (the Spark {@code ExtractJob}'s JSON Lines, or {@code entente
 * export}) into the store, for documents it already holds: the facts of each document replace
 * those of its current version. Files: {@code part-*} and {@code *.jsonl} under the folder, in
 * name order; facts of one document must be consecutive in one file, as the job writes them.
 */
final class FactsLoader {

  /** What was loaded. */
  record Result(long documents, long facts, int errors) {}

  private final ObjectMapper json = new ObjectMapper();
  private final Store store;
  private final Consumer<String> errors;
  private final KnowledgeBuild knowledge;
  private final Set<String> loaded = new HashSet<>();
  private long facts;
  private int errorCount;

  FactsLoader(Store store, KnowledgeBuild knowledge, Consumer<String> errors) {
    this.store = store;
    this.knowledge = knowledge;
    this.errors = errors;
  }

  Result load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("--facts: not a folder: " + folder);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> {
            String name = p.getFileName().toString();
            return (name.startsWith("part-") && !name.endsWith(".crc") && !name.endsWith(".parquet"))
                || name.endsWith(".jsonl");
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    for (Path file : files) {
      loadFile(file);
    }
    store.commit();
    return new Result(loaded.size(), facts, errorCount);
  }

  private void loadFile(Path file) {
    String doc = null;
    int docLine = 0;
    List<StoredFact> group = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        StoredFact fact = parse(file, n, line);
        if (fact == null) {
          continue;
        }
        if (!fact.doc().equals(doc)) {
          flush(file, docLine, doc, group);
          doc = fact.doc();
          docLine = n;
        }
        group.add(fact);
      }
      flush(file, docLine, doc, group);
    } catch (IOException e) {
      error(file + ": cannot read: " + e.getMessage());
    }
  }

  private StoredFact parse(Path file, int line, String text) {
    try {
      JsonNode node = json.readTree(text);
      JsonNode when = node.path("when");
      String doc = node.path("doc").asText(null);
      String type = node.path("type").asText(null);
      if (doc == null || type == null || !node.path("args").isObject() || !node.path("evidence").isArray()) {
        error(file + ":" + line + ": MALFORMED: expected a fact with doc, type, args and evidence");
        return null;
      }
      return new StoredFact(doc, 0, type, json.writeValueAsString(node.get("args")),
          when.path("start").asText(null), when.path("end").asText(null),
          json.writeValueAsString(node.get("evidence")), node.path("rule").asText(null));
    } catch (IOException e) {
      error(file + ":" + line + ": MALFORMED: not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
      return null;
    }
  }

  private void flush(Path file, int line, String doc, List<StoredFact> group) {
    if (doc == null || group.isEmpty()) {
      return;
    }
    try {
      OptionalInt version = store.documents().currentVersion(doc);
      if (version.isEmpty()) {
        error(file + ":" + line + ": UNKNOWN_DOCUMENT: facts of '" + doc
            + "', which the store does not hold; build its document first");
        return;
      }
      if (!loaded.add(doc)) {
        error(file + ":" + line + ": SPLIT: the facts of '" + doc + "' are not consecutive; these were skipped");
        return;
      }
      List<StoredFact> versioned = group.stream()
          .map(f -> new StoredFact(f.doc(), version.getAsInt(), f.type(), f.argsJson(), f.whenStart(),
              f.whenEnd(), f.evidenceJson(), f.ruleId()))
          .toList();
      store.facts().replace(doc, version.getAsInt(), versioned);
      store.documents().find(doc).ifPresent(stored -> knowledge.index(
          store, doc, stored.document().text(), stored.document().published(), versioned));
      facts += versioned.size();
      if (loaded.size() % 200 == 0) {
        store.commit();
      }
    } finally {
      group.clear();
    }
  }

  private void error(String message) {
    errorCount++;
    errors.accept("error: " + message);
  }
}
