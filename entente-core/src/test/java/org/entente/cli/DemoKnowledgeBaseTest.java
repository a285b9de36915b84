package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base of the demo corpus through the CLI: the registry export and the brief
 * against reviewed golden files (rewrite with {@code -Dgolden.update=true} and review the diff),
 * and the views' behaviour.
 */
class DemoKnowledgeBaseTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static String data;

  @BeforeAll
  static void build() {
    data = dir.resolve("data").toString();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"build", "--quiet", "--data", data, Path.of("..", "demo").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(status).as(err.toString()).isZero();
    assertThat(err.toString()).contains("knowledge base: resolved");
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = data;
    int status = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void registryExportMatchesTheReviewedEntities() throws IOException {
    Run r = run("export", "--format", "registry");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().sorted().toList();
    assertGolden("demo-registry.jsonl", String.join("\n", lines) + "\n");
    JsonNode treaty = lines.stream().map(DemoKnowledgeBaseTest::parse)
        .filter(e -> e.path("type").asText().equals("agreement")
            && e.path("args").path("title").asText().toLowerCase().contains("allied relations"))
        .findFirst().orElseThrow();
    assertThat(treaty.path("sources").asInt()).as("one treaty named by several documents").isGreaterThan(1);
  }

  @Test
  void briefMatchesTheReviewedPageAndFootnotesEveryStatement() throws IOException {
    Run r = run("brief", "KZ", "Tajikistan", "--format", "md");
    assertThat(r.status()).as(r.err()).isZero();
    assertGolden("demo-brief.md", r.out());
    assertThat(r.out()).startsWith("# Relations of Kazakhstan with Tajikistan")
        .contains("## High-level visits and talks").contains("## Legal base and main agreements");
    long notes = r.out().lines().filter(l -> l.matches("\\[\\^\\d+]: .*")).count();
    assertThat(notes).isPositive();
  }

  @Test
  void briefAsOfAnEarlierDateLeavesOutLaterDocumentsAndEvents() {
    Run now = run("timeline", "KZ", "TJ", "--json");
    Run then = run("timeline", "KZ", "TJ", "--json", "--as-of", "2022");
    assertThat(now.status()).isZero();
    assertThat(then.status()).isZero();
    JsonNode all = parse(now.out());
    JsonNode earlier = parse(then.out());
    assertThat(earlier.size()).isLessThan(all.size());
    earlier.forEach(e -> assertThat(e.path("date").isNull() || e.path("date").asText().compareTo("2023") < 0).isTrue());
  }

  @Test
  void agreementsFilterByDocTypeAndDateAndCiteTheirSources() {
    Run r = run("agreements", "KZ", "TJ", "--type", "treaty", "--from", "2020", "--json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode items = parse(r.out());
    assertThat(items.size()).isPositive();
    items.forEach(i -> {
      assertThat(i.path("entity").path("args").path("doc_type").asText()).isEqualTo("treaty");
      assertThat(i.path("date").asText()).isGreaterThanOrEqualTo("2020");
      assertThat(i.path("entity").path("mentions").size()).isPositive();
    });
  }

  @Test
  void statusCountsTheEntitiesAndNothingLeftToResolve() {
    Run r = run("status", "--json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode tree = parse(r.out());
    assertThat(tree.path("entities_by_type").path("agreement").asLong()).isPositive();
    assertThat(tree.path("pairs").toString()).contains("KZ-TJ");
    assertThat(tree.path("blocks_to_resolve").asInt()).isZero();
  }

  @Test
  void anUnknownCountryIsAUsageErrorNamingIt() {
    Run r = run("trade", "KZ", "Atlantis");
    assertThat(r.status()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("unknown country 'Atlantis'");
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }
}
