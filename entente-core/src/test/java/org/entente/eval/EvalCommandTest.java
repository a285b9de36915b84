package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.cli.Main;
import org.entente.store.Store;
import org.entente.store.StoreLocation;
import org.entente.store.StoredFact;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente eval} end to end. The expected reports beside the fixtures are score.py's output
 * for them ({@code score.py gold.jsonl pred.jsonl --misses > pred.misses.txt}, likewise {@code
 * --json > pred.json} and {@code --registry ... --json > registry-pred.json}).
 */
class EvalCommandTest {

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Run entente(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private static String fixture(String name) {
    try {
      return Path.of(EvalCommandTest.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String expected(String name) throws IOException {
    return Files.readString(Path.of(fixture(name)), StandardCharsets.UTF_8);
  }

  @Test
  void scoresAPredictionFileWithScorePysTextReportAndMisses() throws IOException {
    Run run =
        entente(
            "eval", "--gold", fixture("gold.jsonl"), "--pred", fixture("pred.jsonl"), "--misses");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(expected("pred.misses.txt"));
  }

  @Test
  void printsScorePysJsonReport() throws IOException {
    Run run =
        entente("eval", "--gold", fixture("gold.jsonl"), "--pred", fixture("pred.jsonl"), "--json");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(expected("pred.json"));
  }

  @Test
  void scoresARegistryAgainstItsGold() throws IOException {
    Run run =
        entente(
            "eval",
            "--registry",
            fixture("registry-gold.jsonl"),
            "--pred-registry",
            fixture("registry-pred.jsonl"),
            "--json");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(expected("registry-pred.json"));
  }

  @Test
  void factsAndRegistryTogetherPrintBothReports() throws IOException {
    Run run =
        entente(
            "eval",
            "--gold",
            fixture("gold.jsonl"),
            "--pred",
            fixture("pred.jsonl"),
            "--registry",
            fixture("registry-gold.jsonl"),
            "--pred-registry",
            fixture("registry-pred.jsonl"));
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("type ")
        .endsWith(
            "links P 0.333 R 0.500 F1 0.400 (gold 2, predicted 3); exact clusters 0/3;"
                + " date accuracy 0.500\n");
  }

  @Test
  void aLineThatIsNotJsonIsAUsageErrorNamingFileAndLine() {
    Run run = entente("eval", "--gold", fixture("gold.jsonl"), "--pred", fixture("bad.jsonl"));
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(fixture("bad.jsonl") + ":3: not JSON");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void textThatIsNotUtf8IsAUsageErrorNamingFileAndLine() throws IOException {
    Path pred = dir.resolve("latin1.jsonl");
    byte[] line =
        "{\"doc\": \"uz-kg-1\", \"type\": \"visit\", \"args\": {\"city\": \"Tashkent\"}}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] latin1 =
        "{\"doc\": \"uz-kg-1\", \"type\": \"visit\", \"args\": {\"city\": \"Khujand\u00e9\"}}\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(pred, concat(line, line, latin1, line));
    Run run = entente("eval", "--gold", fixture("gold.jsonl"), "--pred", pred.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(pred + ":3: not UTF-8 text");
  }

  @Test
  void aLineThatIsNotAnObjectIsAUsageErrorNamingFileAndLine() throws IOException {
    Path pred = Files.writeString(dir.resolve("list.jsonl"), "\r\n[1, 2]\n");
    Run run = entente("eval", "--gold", fixture("gold.jsonl"), "--pred", pred.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(pred + ":2: expected a JSON object, found list");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void aMissingFileIsAUsageError() {
    Run run =
        entente(
            "eval",
            "--gold",
            dir.resolve("nope.jsonl").toString(),
            "--pred",
            fixture("pred.jsonl"));
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--gold: cannot read").contains("nope.jsonl: no such file");
  }

  @Test
  void aGoldRegistryWithoutPredictionsSaysTheRegistryExportIsNotAvailableYet() {
    Run run =
        entente(
            "eval", "--gold", fixture("gold.jsonl"), "--registry", fixture("registry-gold.jsonl"));
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("registry export is not available yet");
  }

  @Test
  void predictionsFromAFileAndFromTheStoreAtOnceAreAUsageError() {
    Run run =
        entente(
            "eval",
            "--gold",
            fixture("gold.jsonl"),
            "--pred",
            fixture("pred.jsonl"),
            "--data",
            dir.toString());
    assertThat(run.status()).isEqualTo(2);
  }

  @Test
  void aStoreThatDoesNotExistIsAUsageErrorAndIsNotCreated() {
    Path missing = dir.resolve("no-store");
    Run run = entente("eval", "--gold", fixture("gold.jsonl"), "--data", missing.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no predictions");
    assertThat(missing).doesNotExist();
  }

  @Test
  void scoresTheStoresFactsAsTheirExportWouldScore() throws IOException {
    Path data = dir.resolve("data");
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      Document doc =
          new Document("uz-kg-1", "A made-up text about a visit.", null, null, null, null, "test");
      store.documents().put(doc, 30);
      store
          .facts()
          .replace(
              "uz-kg-1",
              1,
              List.of(
                  new StoredFact(
                      "uz-kg-1",
                      1,
                      "visit",
                      "{\"visitor\": \"sadyr-zhaparov\", \"host_country\": \"UZ\", \"city\":"
                          + " \"Tashkent\"}",
                      "2022-06",
                      null,
                      "[{\"start\": 10, \"end\": 20}]",
                      "visit/test"),
                  new StoredFact(
                      "uz-kg-1",
                      1,
                      "trade_volume",
                      "{\"parties\": [\"UZ\", \"KG\"], \"value_usd\": 1201000000}",
                      "2022",
                      null,
                      "[]",
                      null)));
      store.commit();
    }
    Path export = dir.resolve("export.jsonl");
    assertThat(entente("export", "--data", data.toString(), "--out", export.toString()).status())
        .isZero();

    Run fromStore =
        entente("eval", "--gold", fixture("gold.jsonl"), "--data", data.toString(), "--misses");
    Run fromExport =
        entente("eval", "--gold", fixture("gold.jsonl"), "--pred", export.toString(), "--misses");
    assertThat(fromStore.status()).isZero();
    assertThat(fromStore.out()).isEqualTo(fromExport.out());
    assertThat(fromStore.out())
        .contains("trade_volume                 1     1     1  1.000  1.000  1.000")
        .contains("visit                        1     1     0  0.000  0.000  0.000")
        .contains("CORE                         4     2     1  0.500  0.250  0.333");
  }
}
