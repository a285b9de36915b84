package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of hostile input gets one located failure, and the good documents still come. */
class BadInputTest {

  @TempDir Path dir;

  private final List<IngestEvent> events = new ArrayList<>();

  private void read(IngestLimits limits, Path... paths) {
    new CorpusReader(limits).read(List.of(paths), events::add);
  }

  private List<IngestFailure> failures() {
    return events.stream()
        .filter(IngestEvent.Failed.class::isInstance)
        .map(e -> ((IngestEvent.Failed) e).failure())
        .toList();
  }

  private List<String> documentIds() {
    return events.stream()
        .filter(IngestEvent.Read.class::isInstance)
        .map(e -> ((IngestEvent.Read) e).document().id())
        .toList();
  }

  private IngestFailure onlyFailure(Path file) {
    read(IngestLimits.DEFAULT, file);
    assertThat(failures()).hasSize(1);
    IngestFailure failure = failures().get(0);
    assertThat(failure.getMessage()).startsWith(file.toString());
    return failure;
  }

  @Test
  void missingFileIsNamed() {
    IngestFailure f = onlyFailure(dir.resolve("nowhere.txt"));
    assertThat(f.kind()).isEqualTo(IngestFailure.Kind.MISSING);
    assertThat(f.getMessage()).contains("does not exist");
  }

  @Test
  void unreadableFileIsNamed() throws IOException {
    Path loop = dir.resolve("loop.txt");
    Files.createSymbolicLink(loop, loop);
    IngestFailure f = onlyFailure(loop);
    assertThat(f.kind()).isEqualTo(IngestFailure.Kind.UNREADABLE);
    assertThat(f.getMessage()).contains("symbolic link");
  }

  @Test
  void unsupportedTypeNamedOnTheCommandLineIsAFailure() throws IOException {
    IngestFailure f = onlyFailure(Fixtures.text(dir, "slides.pptx", "x"));
    assertThat(f.kind()).isEqualTo(IngestFailure.Kind.UNSUPPORTED);
    assertThat(f.getMessage()).contains("'.pptx' is not a supported type").contains(".docx");
  }

  @Test
  void corruptPdfIsReportedAsCorrupt() throws IOException {
    IngestFailure f = onlyFailure(Fixtures.text(dir, "broken.pdf", "%PDF-1.4\nthis is not a pdf body\n"));
    assertThat(f.kind()).isEqualTo(IngestFailure.Kind.CORRUPT);
    assertThat(f.getMessage()).contains("cannot parse as PDF");
  }

  @Test
  void corruptDocxIsReportedAsCorrupt() throws IOException {
    IngestFailure f = onlyFailure(Fixtures.text(dir, "broken.docx", "PK\u0003\u0004 garbage, not a zip"));
    assertThat(f.kind()).isEqualTo(IngestFailure.Kind.CORRUPT);
    assertThat(f.getMessage()).contains("Word document");
  }

  @Test
  void encryptedPdfIsReportedAsEncrypted() throws IOException {
    Path file =
        Fixtures.pdf(dir, "secret.pdf", List.of("Confidential talks."), null, null, "user-pw");
    IngestFailure f = onlyFailure(file);
    assertThat(f.kind()).isEqualTo(IngestFailure.Kind.ENCRYPTED);
    assertThat(f.getMessage()).contains("password");
  }

  @Test
  void invalidUtf8SaysWhichByteAndLine() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "First line\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    IngestFailure f = onlyFailure(file);
    assertThat(f.kind()).isEqualTo(IngestFailure.Kind.ENCODING);
    assertThat(f.getMessage()).contains("0xE9").contains("byte offset 14").contains("line 2");
  }

  @Test
  void emptyAndBlankDocumentsAreRefused() throws IOException {
    Fixtures.text(dir, "empty.txt", "");
    Fixtures.text(dir, "blank.txt", "  \n\t\n");
    Fixtures.text(dir, "blank.html", "<html><body><p> </p></body></html>");
    read(IngestLimits.DEFAULT, dir);
    assertThat(failures()).hasSize(3).allMatch(f -> f.kind() == IngestFailure.Kind.EMPTY);
  }

  @Test
  void fileOverTheSizeLimitIsRefusedButSmallerOnesAreRead() throws IOException {
    Fixtures.text(dir, "big.txt", "x".repeat(2000));
    Fixtures.text(dir, "small.txt", "small");
    read(IngestLimits.parse("1KB"), dir);
    assertThat(failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(IngestFailure.Kind.TOO_LARGE);
      assertThat(f.getMessage()).contains("big.txt").contains("exceeds the limit of 1.0 KB");
    });
    assertThat(documentIds()).containsExactly("small");
  }

  @Test
  void malformedManifestIsNamedAndTheDocumentsAreStillRead() throws IOException {
    Fixtures.text(dir, "a.txt", "A.");
    Fixtures.text(dir, "manifest.json", "{\n  \"a\": {\"published\": \"2020-01-01\",\n  oops\n}");
    read(IngestLimits.DEFAULT, dir);
    assertThat(failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(IngestFailure.Kind.MALFORMED);
      assertThat(f.getMessage()).contains("manifest.json:3:").contains("not valid JSON");
    });
    assertThat(documentIds()).containsExactly("a");
  }

  @Test
  void badManifestEntryIsNamedWithItsLineAndTheOthersHold() throws IOException {
    Fixtures.text(dir, "a.txt", "A.");
    Fixtures.text(dir, "b.txt", "B.");
    Fixtures.text(
        dir,
        "manifest.json",
        "{\n \"a\": {\"published\": \"2020-02-30\"},\n \"b\": {\"publised\": \"2021\", \"published\": \"2021\"}\n}\n");
    read(IngestLimits.DEFAULT, dir);
    assertThat(failures())
        .extracting(IngestFailure::getMessage)
        .containsExactly(
            dir.resolve("manifest.json") + ":2: malformed: entry 'a': 'published': no such day: 2020-02-30",
            dir.resolve("manifest.json")
                + ":3: malformed: entry 'b': unknown field 'publised' (expected one of [lang, published, source, title])");
    assertThat(documentIds()).containsExactly("a", "b");
  }

  @Test
  void malformedJsonLinesAreNamedByLineAndTheOtherLinesAreRead() throws IOException {
    Path file = dir.resolve("dump.jsonl");
    byte[] latin1 = "{\"id\": \"x\", \"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    String lines =
        """
        {"id": "ok1", "text": "Fine."}
        {"id": "broken", "text": "unterminated
        {"text": "no id"}
        {"id": "n", "text": 42}
        {"id": "d", "text": "bad date", "published": "May 2023"}
        {"id": "e", "text": "   "}
        [1, 2]
        """;
    try (var out = Files.newOutputStream(file)) {
      out.write(lines.getBytes(StandardCharsets.UTF_8));
      out.write(latin1);
      out.write("{\"id\": \"ok2\", \"text\": \"Also fine.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    read(IngestLimits.DEFAULT, file);
    assertThat(documentIds()).containsExactly("ok1", "ok2");
    assertThat(failures())
        .extracting(f -> f.diagnostic().line() + " " + f.kind())
        .containsExactly(
            "2 MALFORMED", "3 MALFORMED", "4 MALFORMED", "5 MALFORMED", "6 EMPTY", "7 MALFORMED", "8 ENCODING");
    assertThat(failures().get(1).getMessage())
        .isEqualTo(file + ":3: malformed: missing required field 'id'");
    assertThat(failures().get(2).getMessage()).contains("field 'text' must be a string");
  }

  @Test
  void jsonLinesRecordOverTheLimitIsRefusedAlone() throws IOException {
    Path file =
        Fixtures.text(
            dir,
            "dump.jsonl",
            "{\"id\": \"big\", \"text\": \"" + "y".repeat(3000) + "\"}\n{\"id\": \"small\", \"text\": \"ok\"}\n");
    read(IngestLimits.parse("2KB"), file);
    assertThat(failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(IngestFailure.Kind.TOO_LARGE);
      assertThat(f.diagnostic().line()).isEqualTo(1);
    });
    assertThat(documentIds()).containsExactly("small");
  }

  @Test
  void goodDocumentsSurviveAFolderFullOfBadOnes() throws IOException {
    Fixtures.text(dir, "good.txt", "A good document.");
    Fixtures.text(dir, "broken.pdf", "%PDF-1.7 nonsense");
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    Fixtures.text(dir, "empty.md", "");
    read(IngestLimits.DEFAULT, dir);
    assertThat(documentIds()).containsExactly("good");
    assertThat(failures()).hasSize(3);
  }
}
