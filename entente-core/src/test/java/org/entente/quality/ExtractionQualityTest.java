package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.annotate.Pipeline;
import org.entente.annotate.StandardPipeline;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.eval.Counts;
import org.entente.eval.FactScorer;
import org.entente.eval.FactScores;
import org.entente.extract.FactExtractor;
import org.entente.ingest.CorpusReader;
import org.entente.ingest.IngestEvent;
import org.entente.ingest.IngestLimits;
import org.entente.store.FactRecords;
import org.entente.store.StoredFact;
import org.entente.text.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality against labelled corpora, scored as score.py scores: every floor in {@code
 * floors.txt} must hold. Floors are raised as the rules improve, never silently lowered.
 */
class ExtractionQualityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Pipeline pipeline;
  private static FactExtractor extractor;

  @BeforeAll
  static void load() {
    pipeline = StandardPipeline.create(Dictionaries.builtin());
    extractor = FactExtractor.standard();
  }

  /** Floors: "corpus group-or-type measure minimum", e.g. "dev core f1 0.72". */
  private static List<String[]> floors(String corpus) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/org/entente/quality/floors.txt"))) {
      String l = line.replaceAll("#.*", "").strip();
      if (!l.isEmpty() && l.startsWith(corpus + " ")) {
        out.add(l.split("\\s+"));
      }
    }
    return out;
  }

  private static FactScores score(Path folder) throws IOException {
    List<Document> docs = new ArrayList<>();
    new CorpusReader(IngestLimits.DEFAULT).read(List.of(folder), e -> {
      if (e instanceof IngestEvent.Read r) {
        docs.add(r.document());
      }
    });
    List<JsonNode> predicted = new ArrayList<>();
    for (Document d : docs) {
      for (StoredFact f : FactRecords.of(d.id(), 1, d.text(), extractor.extract(pipeline.annotate(d)))) {
        ObjectNode node = JSON.createObjectNode();
        node.put("doc", f.doc());
        node.put("type", f.type());
        node.set("args", JSON.readTree(f.argsJson()));
        if (f.whenStart() != null || f.whenEnd() != null) {
          ObjectNode when = node.putObject("when");
          if (f.whenStart() != null) {
            when.put("start", f.whenStart());
          }
          if (f.whenEnd() != null) {
            when.put("end", f.whenEnd());
          }
        }
        node.set("evidence", JSON.readTree(f.evidenceJson()));
        predicted.add(node);
      }
    }
    List<JsonNode> gold = FactScorer.load(folder.resolve("gold.jsonl"), Optional.empty());
    return FactScorer.score(gold, predicted, Optional.empty());
  }

  private static void assertFloors(String corpus, FactScores scores) throws IOException {
    List<String> report = new ArrayList<>();
    Map<String, Double> measured = new LinkedHashMap<>();
    measured.put("core f1", scores.core().f1());
    measured.put("extended f1", scores.extended().f1());
    measured.put("attributes accuracy", scores.attributes().value().orElse(0.0));
    measured.put("evidence accuracy", scores.evidence().value().orElse(0.0));
    for (Map.Entry<String, Counts> t : scores.types().entrySet()) {
      measured.put(t.getKey() + " f1", t.getValue().f1());
    }
    for (String[] floor : floors(corpus)) {
      String key = floor[1] + " " + floor[2];
      double min = Double.parseDouble(floor[3]);
      Double value = measured.get(key);
      if (value == null || value < min) {
        report.add(String.format(Locale.ROOT, "%s %s = %s, below its floor %.3f", corpus, key, value, min));
      }
    }
    assertThat(report).as(scores.text(false)).isEmpty();
  }

  @Test
  void ownDevelopmentSetKeepsItsFloors() throws IOException {
    assertFloors("dev", score(Path.of("src/test/resources/devset")));
  }

  @Test
  void seedCorpusKeepsItsFloors() throws IOException {
    Path seeds = Path.of("..", "..", "shared", "corpus", "seeds");
    if (!Files.isDirectory(seeds)) {
      seeds = Path.of("..", "shared", "corpus", "seeds");
    }
    Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/corpus/seeds is not beside the project");
    assertFloors("seeds", score(seeds));
  }

}
