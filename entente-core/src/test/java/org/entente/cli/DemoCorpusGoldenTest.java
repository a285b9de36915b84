package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job end to end: build the bundled demo corpus, export its facts, and compare
 * them with the reviewed golden file (sorted lines). Rewrite it deliberately with {@code
 * -Dgolden.update=true} and review the diff.
 */
class DemoCorpusGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/demo-facts.jsonl");

  @Test
  void demoCorpusBuildsAndExportsTheReviewedFacts(@TempDir Path dir) throws IOException {
    String data = dir.resolve("data").toString();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"build", "--quiet", "--data", data, Path.of("..", "demo").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(status).as(err.toString()).isZero();
    assertThat(err.toString()).contains("read 11, stored 11").contains("failed 0");

    StringWriter out = new StringWriter();
    assertThat(Main.run(new String[] {"export", "--data", data}, new PrintWriter(out), new PrintWriter(new StringWriter())))
        .isZero();
    List<String> lines = out.toString().lines().sorted().toList();
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(lines).anyMatch(l -> l.contains("\"type\":\"visit\"") && l.contains("kassym-jomart-tokayev"));
  }
}
