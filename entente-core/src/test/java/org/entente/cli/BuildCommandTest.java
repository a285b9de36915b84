package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private Run entente(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private Path corpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("visit.txt"), "01.03.2020 10:10\nThe president arrived.", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("talks.txt"), "The ministers held talks.", StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("manifest.json"), "{\"talks\": {\"published\": \"2019-06\", \"source\": \"Ministry\"}}");
    return corpus;
  }

  @Test
  void buildStoresDocumentsAndSummarises() throws IOException {
    Run run = entente("build", "--data", dir.resolve("data").toString(), corpus().toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("read 2, stored 2, new versions 0, unchanged 0, failed 0, skipped 0");
  }

  @Test
  void secondBuildOfTheSameCorpusChangesNothing() throws IOException {
    Path corpus = corpus();
    String data = dir.resolve("data").toString();
    entente("build", "--data", data, corpus.toString());
    Run again = entente("build", "--data", data, corpus.toString());
    assertThat(again.err()).contains("read 2, stored 0, new versions 0, unchanged 2");
  }

  @Test
  void changedDocumentBecomesANewVersion() throws IOException {
    Path corpus = corpus();
    String data = dir.resolve("data").toString();
    entente("build", "--data", data, corpus.toString());
    Files.writeString(corpus.resolve("talks.txt"), "The ministers held long talks.");
    Run again = entente("build", "--data", data, "--print-stored", corpus.toString());
    assertThat(again.err()).contains("stored 0, new versions 1, unchanged 1");
    assertThat(again.out()).isEqualTo("stored talks v2\n");
  }

  @Test
  void failuresAreNamedAndMakeTheExitStatusNonZeroWhileTheRestIsStored() throws IOException {
    Path corpus = corpus();
    Files.writeString(corpus.resolve("broken.pdf"), "not a pdf");
    Run run = entente("build", "--data", dir.resolve("data").toString(), corpus.toString(), dir.resolve("missing.md").toString());
    assertThat(run.status()).isEqualTo(Main.EXIT_PARTIAL);
    assertThat(run.err())
        .contains("error: " + corpus.resolve("broken.pdf") + ": corrupt or unparseable: cannot parse as PDF")
        .contains("error: " + dir.resolve("missing.md") + ": no such file: the path does not exist")
        .contains("read 2, stored 2, new versions 0, unchanged 0, failed 2");
  }

  @Test
  void plainProgressLinesWithoutATerminal() throws IOException {
    Run run =
        entente("build", "--data", dir.resolve("data").toString(), "--progress-every", "1", corpus().toString());
    assertThat(run.err().lines().filter(l -> l.startsWith("progress: ")).count()).isEqualTo(2);
  }

  @Test
  void statusShowsDocumentsBySourceAndYear() throws IOException {
    String data = dir.resolve("data").toString();
    entente("build", "--data", data, corpus().toString());
    Run status = entente("status", "--data", data);
    assertThat(status.status()).isZero();
    assertThat(status.out())
        .contains("Documents: 2 (2 versions")
        .containsPattern("Ministry\\s+1")
        .containsPattern("2019\\s+1")
        .containsPattern("2020\\s+1")
        .contains("Facts: none yet");
    Run json = entente("status", "--data", data, "--json");
    assertThat(json.out()).contains("\"documents\" : 2").contains("\"facts_by_type\" : { }");
  }

  @Test
  void exportOfAStoreWithoutFactsIsEmptyInBothFormats() throws IOException {
    String data = dir.resolve("data").toString();
    entente("build", "--data", data, corpus().toString());
    assertThat(entente("export", "--data", data).out()).isEmpty();
    Path csv = dir.resolve("facts.csv");
    Run run = entente("export", "--data", data, "--format", "csv", "--out", csv.toString());
    assertThat(run.status()).isZero();
    assertThat(Files.readString(csv)).isEqualTo("doc,type,args,when_start,when_end,evidence,rule\n");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    assertThat(entente("build", "--max-size", "lots", corpus().toString()).status()).isEqualTo(Main.EXIT_USAGE);
    Run both = entente("status", "--data", "x", "--db", "postgresql://h/db");
    assertThat(both.status()).isEqualTo(Main.EXIT_USAGE);
    assertThat(both.err()).contains("either --data or --db");
    assertThat(entente("export", "--format", "xml").status()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void unreachableDatabaseServerIsAStoreError() {
    Run run = entente("status", "--db", "postgresql://nobody:x@127.0.0.1:1/none");
    assertThat(run.status()).isEqualTo(Main.EXIT_STORE);
    assertThat(run.err()).startsWith("entente: cannot prepare the jdbc:postgresql://127.0.0.1:1/none");
  }
}
