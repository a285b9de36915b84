package org.entente.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  private static final GenData DATA = GenData.builtin();
  private static final Dictionaries DICTIONARIES = Dictionaries.builtin();
  private static final Map<String, Set<String>> KEY_ARGS =
      Map.ofEntries(
          Map.entry("relations_established", Set.of("parties")),
          Map.entry("mission", Set.of("sender", "host", "level")),
          Map.entry("visit", Set.of("visitor", "host_country")),
          Map.entry("talks", Set.of("participants")),
          Map.entry("agreement", Set.of("title")),
          Map.entry("agreements_batch", Set.of("count")),
          Map.entry("legal_base", Set.of("count")),
          Map.entry("trade_volume", Set.of("parties", "value_usd")),
          Map.entry("trade_target", Set.of("parties", "value_usd")),
          Map.entry("trade_partner_rank", Set.of("partner", "of", "rank")),
          Map.entry("trade_flow", Set.of("exporter", "importer", "commodity")),
          Map.entry("institution", Set.of("name")),
          Map.entry("institution_session", Set.of("institution")),
          Map.entry("org_cooperation", Set.of("parties", "org")),
          Map.entry("person_role", Set.of("person", "role", "country")),
          Map.entry("commitment", Set.of("document", "clause")),
          Map.entry("cooperation_area", Set.of("parties", "area")));

  private final ObjectMapper json = new ObjectMapper();

  private static CorpusGenerator generator(long seed, List<String> pairs) {
    return new CorpusGenerator(DATA, DICTIONARIES, seed, pairs);
  }

  @Test
  void everyGoldFactHasTheContractsKeyArgumentsAndQuotesItsEvidenceInCodePoints() throws Exception {
    CorpusGenerator gen = generator(3, CorpusGenerator.DEFAULT_PAIRS);
    Set<String> types = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      CorpusGenerator.Generated g = gen.generate(i);
      int length = g.text().codePointCount(0, g.text().length());
      for (GoldFact f : g.facts()) {
        types.add(f.type());
        assertThat(f.args().keySet()).as(f.type()).containsAll(KEY_ARGS.get(f.type()));
        assertThat(f.evidence()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(length));
        JsonNode line = json.readTree(gen.goldLine(g, f));
        JsonNode span = line.get("evidence").get(0);
        String text = g.text();
        String quoted = text.substring(text.offsetByCodePoints(0, span.get("start").asInt()),
            text.offsetByCodePoints(0, span.get("end").asInt()));
        assertThat(line.get("quote").asText()).isEqualTo(quoted).isNotBlank();
        if (line.has("when")) {
          assertThat(line.get("when").toString()).matches(".*\"\\d{4}(-\\d{2}(-\\d{2})?)?\".*");
        }
      }
    }
    assertThat(types).containsAll(KEY_ARGS.keySet());
  }

  @Test
  void theSameSeedWritesTheSameCorpusAndAnotherSeedAnotherOne() {
    CorpusGenerator a = generator(11, List.of("KZ:TJ"));
    CorpusGenerator b = generator(11, List.of("KZ:TJ"));
    CorpusGenerator c = generator(12, List.of("KZ:TJ"));
    assertThat(a.generate(5)).isEqualTo(b.generate(5));
    assertThat(a.generate(5).text()).isNotEqualTo(c.generate(5).text());
  }

  @Test
  void documentsAreAboutTheRequestedPairOnly() {
    CorpusGenerator gen = generator(1, List.of("in:jp"));
    for (int i = 0; i < 40; i++) {
      for (GoldFact f : gen.generate(i).facts()) {
        Object parties = f.args().get("parties");
        if (parties != null) {
          assertThat(parties).isEqualTo(List.of("IN", "JP"));
        }
      }
    }
  }

  @Test
  void unknownCountryCodesAndMalformedPairsAreRefusedByName() {
    assertThatThrownBy(() -> generator(1, List.of("KZ:XX")))
        .hasMessageContaining("unknown country code 'XX'");
    assertThatThrownBy(() -> generator(1, List.of("KZTJ")))
        .hasMessageContaining("found 'KZTJ'");
  }

  @Test
  void aTemplateNamingAnUnknownSlotIsRefusedWithItsLine() {
    StringBuilder templates = new StringBuilder();
    for (Scene s : Scene.values()) {
      templates.append(s.key()).append(":\n  - \"Nothing to fill.\"\n");
    }
    templates.append("visit:\n  - \"{Visitor} came to {hots}.\"\n");
    LinedYaml.Node vocabulary = GenData.parse(resource("vocabulary.yaml"));
    assertThatThrownBy(() -> GenData.load(GenData.parse(templates.toString()), vocabulary))
        .isInstanceOf(GenDataException.class)
        .hasMessageContaining("templates.yaml:" + (Scene.values().length * 2 + 2) + ": unknown slot {hots} in scene 'visit'");
  }

  @Test
  void anUnknownAreaCodeInTheVocabularyIsRefusedWithItsLine() {
    String vocabulary = resource("vocabulary.yaml").replace("  energy: [", "  enrgy: [");
    int line = resource("vocabulary.yaml").lines().toList().indexOf(
        resource("vocabulary.yaml").lines().filter(l -> l.startsWith("  energy: [")).findFirst().orElseThrow()) + 1;
    assertThatThrownBy(() -> GenData.load(GenData.parse(resource("templates.yaml")), GenData.parse(vocabulary)))
        .hasMessageContaining("vocabulary.yaml:" + line + ": areas: unknown code 'enrgy'");
  }

  @Test
  void genCommandWritesDocumentsAndGoldThatBuildReads(@TempDir Path dir) throws Exception {
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"gen", "--docs", "25", "--out", dir.toString(), "--pairs", "UZ:KG"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(status).as(err.toString()).isZero();
    List<String> docs = Files.readAllLines(dir.resolve("docs.jsonl"), StandardCharsets.UTF_8);
    assertThat(docs).hasSize(25);
    JsonNode first = json.readTree(docs.get(0));
    assertThat(first.fieldNames()).toIterable().contains("id", "text", "published", "title", "source");
    assertThat(Files.readAllLines(dir.resolve("gold.jsonl"))).isNotEmpty()
        .allSatisfy(l -> assertThat(json.readTree(l).get("doc").asText()).startsWith("gen-"));
  }

  private static String resource(String name) {
    try (var in = GenData.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
