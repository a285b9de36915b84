package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildWithFactsTest {

  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void factsLoadedFromAnExportEqualTheExtractedOnesAndBadLinesAreNamed() throws Exception {
    StringWriter err = new StringWriter();
    assertThat(run(err, "gen", "--docs", "15", "--out", dir.resolve("c").toString(), "--pairs", "KZ:TJ")).isZero();
    Path docs = dir.resolve("c/docs.jsonl");
    assertThat(run(err, "build", "-q", "--data", dir.resolve("a").toString(), docs.toString())).isZero();
    Path facts = Files.createDirectories(dir.resolve("facts"));
    assertThat(run(err, "export", "--data", dir.resolve("a").toString(), "--out", facts.resolve("f.jsonl").toString())).isZero();
    List<String> extracted = Files.readAllLines(facts.resolve("f.jsonl"), StandardCharsets.UTF_8);

    assertThat(run(err, "build", "-q", "--data", dir.resolve("b").toString(), "--facts", facts.toString(), docs.toString()))
        .as(err.toString()).isZero();
    assertThat(run(err, "export", "--data", dir.resolve("b").toString(), "--out", dir.resolve("b.jsonl").toString())).isZero();
    assertThat(Files.readAllLines(dir.resolve("b.jsonl"), StandardCharsets.UTF_8)).isNotEmpty().isEqualTo(extracted);

    Files.writeString(facts.resolve("g.jsonl"), "{not json\n{\"doc\":\"nowhere\",\"type\":\"visit\",\"args\":{},\"evidence\":[]}\n");
    StringWriter bad = new StringWriter();
    assertThat(run(bad, "build", "-q", "--data", dir.resolve("b").toString(), "--facts", facts.toString(), docs.toString()))
        .isEqualTo(Main.EXIT_PARTIAL);
    assertThat(bad.toString())
        .contains("g.jsonl:1: MALFORMED: not valid JSON")
        .contains("g.jsonl:2: UNKNOWN_DOCUMENT: facts of 'nowhere'");
  }
}
