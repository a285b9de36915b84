package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.annotate.Pipeline;
import org.entente.annotate.StandardPipeline;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.cli.RegistryJson;
import org.entente.eval.RegistryScorer;
import org.entente.eval.RegistryScores;
import org.entente.extract.FactExtractor;
import org.entente.ingest.CorpusReader;
import org.entente.ingest.IngestEvent;
import org.entente.ingest.IngestLimits;
import org.entente.resolve.Claim;
import org.entente.resolve.Claims;
import org.entente.resolve.Entity;
import org.entente.resolve.ResolveTerms;
import org.entente.resolve.Resolver;
import org.entente.store.FactRecords;
import org.entente.text.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-document resolution against hand-made registries, scored as {@code score.py --registry}
 * scores: link F1, entities reproduced exactly and date accuracy must keep their floors.
 */
class RegistryQualityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Pipeline pipeline;
  private static FactExtractor extractor;
  private static Claims claims;
  private static Resolver resolver;

  @BeforeAll
  static void load() {
    Dictionaries dictionaries = Dictionaries.builtin();
    pipeline = StandardPipeline.create(dictionaries);
    extractor = FactExtractor.standard();
    ResolveTerms terms = ResolveTerms.builtin();
    claims = new Claims(terms, dictionaries);
    resolver = new Resolver(terms);
  }

  private static RegistryScores score(Path folder) throws IOException {
    List<Document> docs = new ArrayList<>();
    new CorpusReader(IngestLimits.DEFAULT).read(List.of(folder), e -> {
      if (e instanceof IngestEvent.Read r) {
        docs.add(r.document());
      }
    });
    Map<String, List<Claim>> blocks = new LinkedHashMap<>();
    for (Document d : docs) {
      var facts = FactRecords.of(d.id(), 1, d.text(), extractor.extract(pipeline.annotate(d)));
      var sources = facts.stream()
          .map(f -> new Claims.Source(f.type(), f.argsJson(), f.whenStart(), f.whenEnd(), f.evidenceJson()))
          .toList();
      String published = d.published() == null ? null : d.published().toString();
      for (Claim c : claims.of(d.id(), d.text(), published, sources)) {
        blocks.computeIfAbsent(c.block(), k -> new ArrayList<>()).add(c);
      }
    }
    RegistryJson registry = new RegistryJson();
    List<JsonNode> predicted = new ArrayList<>();
    blocks.forEach((block, held) -> {
      for (Entity e : resolver.resolve(block, held)) {
        predicted.add(JSON.valueToTree(registry.node(e)));
      }
    });
    return RegistryScorer.score(RegistryScorer.load(folder.resolve("registry.jsonl")), predicted);
  }

  @Test
  void seedRegistryIsReproducedExactly() throws IOException {
    Path seeds = Path.of("..", "..", "shared", "corpus", "seeds");
    if (!Files.isDirectory(seeds)) {
      seeds = Path.of("..", "shared", "corpus", "seeds");
    }
    Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/corpus/seeds is not beside the project");
    RegistryScores s = score(seeds);
    assertThat(s.links().f1()).as(s.text()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.exactClusters()).as(s.text()).isEqualTo(s.goldEntities());
    assertThat(s.dates().value()).as(s.text()).hasValue(1.0);
  }

  /** Our own set is reproduced as the seeds are: every entity exact, every date right. */
  @Test
  void ownRegistryIsReproducedExactly() throws IOException {
    RegistryScores s = score(Path.of("src/test/resources/devset"));
    assertThat(s.links().f1()).as(s.text()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.exactClusters()).as(s.text()).isEqualTo(s.goldEntities());
    assertThat(s.dates().value()).as(s.text()).hasValue(1.0);
  }
}
