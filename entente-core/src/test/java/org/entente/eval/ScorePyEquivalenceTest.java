package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs score.py and the Java scorer on the seed gold and on predictions made by perturbing it, and
 * requires the same figures. The seed data is read from {@code ../shared}, never copied; the tests
 * are skipped where it or python3 is absent.
 */
class ScorePyEquivalenceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path seeds;
  private static Path scorePy;

  @TempDir Path dir;

  @BeforeAll
  static void findSharedFolderAndPython() {
    Path shared = null;
    for (Path d = Path.of("").toAbsolutePath(); d != null && shared == null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("shared/tools/score.py"))) {
        shared = d.resolve("shared");
      }
    }
    Assumptions.assumeTrue(
        shared != null,
        "no ../shared folder with tools/score.py above " + Path.of("").toAbsolutePath());
    seeds = shared.resolve("corpus/seeds");
    scorePy = shared.resolve("tools/score.py");
    Assumptions.assumeTrue(Files.isRegularFile(seeds.resolve("gold.jsonl")), "no seed gold");
    Assumptions.assumeTrue(pythonWorks(), "python3 is not installed");
  }

  static Stream<Arguments> factPerturbations() {
    return Perturbations.facts().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Stream<Arguments> registryPerturbations() {
    return Perturbations.registry().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factPerturbations")
  void factFiguresEqualScorePys(String name, UnaryOperator<List<ObjectNode>> perturbation)
      throws Exception {
    Path gold = seeds.resolve("gold.jsonl");
    Path pred = write("pred.jsonl", perturbation.apply(read(gold)));
    JsonNode python = JSON.readTree(python(gold.toString(), pred.toString(), "--json"));
    JsonNode java = JSON.readTree(javaFacts(gold, pred, Optional.empty()).json());
    assertSameFigures(python, java, "");
    assertThat(java.at("/types/visit/gold").intValue()).isPositive();
  }

  @Test
  void factFiguresEqualScorePysForSomeDocuments() throws Exception {
    Path gold = seeds.resolve("gold.jsonl");
    List<ObjectNode> facts = read(gold);
    Path pred = write("pred.jsonl", Perturbations.facts().get("kitchen sink").apply(facts));
    String first = facts.get(0).get("doc").textValue();
    String last = facts.get(facts.size() - 1).get("doc").textValue();
    String docs = first + "," + last + ",no-such-doc";
    JsonNode python =
        JSON.readTree(python(gold.toString(), pred.toString(), "--json", "--docs=" + docs));
    JsonNode java =
        JSON.readTree(javaFacts(gold, pred, Optional.of(Set.of(docs.split(",")))).json());
    assertSameFigures(python, java, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("registryPerturbations")
  void registryFiguresEqualScorePys(String name, UnaryOperator<List<ObjectNode>> perturbation)
      throws Exception {
    Path gold = seeds.resolve("registry.jsonl");
    Path pred = write("registry.jsonl", perturbation.apply(read(gold)));
    JsonNode python =
        JSON.readTree(python("--registry", gold.toString(), pred.toString(), "--json"));
    RegistryScores scores =
        RegistryScorer.score(RegistryScorer.load(gold), RegistryScorer.load(pred));
    assertSameFigures(python, JSON.readTree(scores.json()), "");
  }

  @Test
  void textReportsEqualScorePysByteForByte() throws Exception {
    Path gold = seeds.resolve("gold.jsonl");
    Path pred = write("pred.jsonl", Perturbations.facts().get("kitchen sink").apply(read(gold)));
    FactScores scores = javaFacts(gold, pred, Optional.empty());
    assertThat(scores.text(true)).isEqualTo(python(gold.toString(), pred.toString(), "--misses"));
    assertThat(scores.text(false)).isEqualTo(python(gold.toString(), pred.toString()));
    assertThat(scores.json() + "\n").isEqualTo(python(gold.toString(), pred.toString(), "--json"));

    Path registry = seeds.resolve("registry.jsonl");
    Path predRegistry =
        write("registry.jsonl", Perturbations.registry().get("kitchen sink").apply(read(registry)));
    RegistryScores entities =
        RegistryScorer.score(RegistryScorer.load(registry), RegistryScorer.load(predRegistry));
    assertThat(entities.text())
        .isEqualTo(python("--registry", registry.toString(), predRegistry.toString()));
    assertThat(entities.json() + "\n")
        .isEqualTo(python("--registry", registry.toString(), predRegistry.toString(), "--json"));
  }

  private static FactScores javaFacts(Path gold, Path pred, Optional<Set<String>> docs) {
    return FactScorer.score(FactScorer.load(gold, docs), FactScorer.load(pred, docs), docs);
  }

  /** Every key of both reports, and every figure equal: counts exactly, ratios within 1e-12. */
  private static void assertSameFigures(JsonNode python, JsonNode java, String path) {
    if (python.isObject()) {
      assertThat(java.isObject()).as(path).isTrue();
      assertThat(names(java)).as(path).isEqualTo(names(python));
      python
          .properties()
          .forEach(
              e -> assertSameFigures(e.getValue(), java.get(e.getKey()), path + "/" + e.getKey()));
    } else if (python.isIntegralNumber()) {
      assertThat(java.isIntegralNumber()).as(path).isTrue();
      assertThat(java.longValue()).as(path).isEqualTo(python.longValue());
    } else if (python.isNumber()) {
      assertThat(java.isFloatingPointNumber()).as(path).isTrue();
      assertThat(java.doubleValue()).as(path).isCloseTo(python.doubleValue(), within(1e-12));
    } else {
      assertThat(java).as(path).isEqualTo(python);
    }
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static List<ObjectNode> read(Path file) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add((ObjectNode) JSON.readTree(line));
      }
    }
    return out;
  }

  private Path write(String name, List<ObjectNode> facts) throws IOException {
    StringBuilder text = new StringBuilder();
    for (ObjectNode fact : facts) {
      text.append(JSON.writeValueAsString(fact)).append('\n');
    }
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static boolean pythonWorks() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** score.py's standard output for these arguments; fails the test when it fails. */
  private String python(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", scorePy.toString()));
    command.addAll(List.of(args));
    Path err = dir.resolve("score.py.err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
    builder.environment().put("PYTHONIOENCODING", "utf-8");
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();
    assertThat(status).as("score.py %s: %s", command, Files.readString(err)).isZero();
    return out;
  }
}
