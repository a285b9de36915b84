package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente annotate} end to end, against golden files: rewrite them deliberately with
 * {@code -Dgolden.update=true} and review the diff.
 */
class AnnotateCommandTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/annotate");

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(status).isZero();
    return out.toString();
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path expected = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void printsSentencesWithTheirActorsTimesAndAmounts() throws IOException, URISyntaxException {
    String out = run("annotate", GOLDEN.resolve("visit-report.txt").toString(), "--published", "2021-05-20");
    assertGolden("visit-report.expected", out);
    assertThat(out).contains("kassym-jomart-tokayev").contains("point=2021-05-19");
  }

  @Test
  void jsonGivesCodePointOffsetsIntoTheText(@TempDir Path dir) throws IOException {
    String text = "😀 Kazakhstan and Tajikistan signed 12 documents on 4 May 2023.";
    Path file = dir.resolve("emoji.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    JsonNode root = new ObjectMapper().readTree(run("annotate", file.toString(), "--json"));
    JsonNode kz = root.at("/layers/actors/0");
    assertThat(kz.get("code").asText()).isEqualTo("KZ");
    int start = kz.get("start").asInt();
    int end = kz.get("end").asInt();
    int[] cps = text.codePoints().toArray();
    assertThat(new String(cps, start, end - start)).isEqualTo("Kazakhstan");
    assertThat(root.at("/layers/times/0/point").asText()).isEqualTo("2023-05-04");
    assertThat(root.at("/layers/amounts/0/unit").asText()).isEqualTo("documents");
  }
}
