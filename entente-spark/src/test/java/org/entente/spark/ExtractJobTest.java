package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.entente.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractJobTest {

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path docs;
  private static List<String> cliFacts;

  @BeforeAll
  static void corpusAndTheFactsOfTheCli() throws IOException {
    cli("gen", "--docs", "40", "--out", dir.resolve("corpus").toString(), "--seed", "5");
    docs = dir.resolve("corpus/docs.jsonl");
    cli("build", "-q", "--data", dir.resolve("db").toString(), docs.toString());
    cli("export", "--data", dir.resolve("db").toString(), "--out", dir.resolve("cli.jsonl").toString());
    cliFacts = sorted(Files.readAllLines(dir.resolve("cli.jsonl"), StandardCharsets.UTF_8));
    spark = SparkSession.builder().master("local[2]").appName("entente-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static void cli(String... args) {
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(status).as(String.join(" ", args) + ": " + err).isZero();
  }

  @Test
  void jsonLinesInputGivesExactlyTheFactsOfTheCliPartitionedByYear() throws IOException {
    Path out = dir.resolve("out-jsonl");
    long written = ExtractJob.run(spark, docs.toString(), "jsonl", out.toString());

    assertThat(sorted(lines(out.resolve("jsonl")))).isNotEmpty().isEqualTo(cliFacts);
    assertThat(written).isEqualTo(cliFacts.size());
    try (Stream<Path> years = Files.list(out.resolve("jsonl"))) {
      assertThat(years.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_") && !n.startsWith(".")))
          .isNotEmpty().allMatch(n -> n.matches("year=\\d{4}"));
    }
    assertThat(spark.read().parquet(out.resolve("parquet").toString()).count()).isEqualTo(written);

    Path loaded = dir.resolve("loaded-db");
    cli("build", "-q", "--data", loaded.toString(), "--facts", out.toString(), docs.toString());
    cli("export", "--data", loaded.toString(), "--out", dir.resolve("loaded.jsonl").toString());
    assertThat(sorted(Files.readAllLines(dir.resolve("loaded.jsonl"), StandardCharsets.UTF_8))).isEqualTo(cliFacts);
  }

  @Test
  void parquetInputGivesTheSameFacts() throws IOException {
    Path parquetDocs = dir.resolve("docs.parquet");
    spark.read().json(docs.toString()).write().parquet(parquetDocs.toString());
    Path out = dir.resolve("out-parquet");
    ExtractJob.run(spark, parquetDocs.toString(), "parquet", out.toString());
    assertThat(sorted(lines(out.resolve("jsonl")))).isEqualTo(cliFacts);
  }

  private static List<String> lines(Path root) throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return all;
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    copy.sort(null);
    return copy;
  }
}
