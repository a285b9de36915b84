package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.store.Store;
import org.entente.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a build leaves a store that opens and holds what was reported. */
class KillDuringBuildTest {

  @TempDir Path dir;

  private static String text(int i) {
    return ("Document " + i + ": the two ministers met and discussed trade, transport and water. ").repeat(20);
  }

  @Test
  void storeOpensAfterKillAndHoldsEveryDocumentReportedStored() throws Exception {
    Path dump = dir.resolve("dump.jsonl");
    try (Writer w = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 8_000; i++) {
        w.write("{\"id\": \"doc-" + i + "\", \"text\": \"" + text(i) + "\"}\n");
      }
    }
    Path data = dir.resolve("data");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--data", data.toString(), "--print-stored", "--quiet", dump.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> reported = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (reported.size() < 300 && (line = out.readLine()) != null) {
        reported.add(line.split(" ")[1]);
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close of the database
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(reported).hasSize(300);
    assertThat(child.exitValue()).isNotZero();

    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      List<String> ids = store.documents().ids();
      assertThat(ids).containsAll(reported);
      assertThat(ids.size()).isLessThan(8_000);
      for (String id : ids) {
        int i = Integer.parseInt(id.substring("doc-".length()));
        assertThat(store.documents().find(id)).get().satisfies(d -> assertThat(d.document().text()).isEqualTo(text(i)));
      }
    }
    // The interrupted build can simply be run again.
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();
    int status =
        Main.run(
            new String[] {"build", "--data", data.toString(), "--quiet", dump.toString()},
            new java.io.PrintWriter(out),
            new java.io.PrintWriter(err));
    assertThat(status).isZero();
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      assertThat(store.documents().counts().documents()).isEqualTo(8_000);
    }
  }

}
