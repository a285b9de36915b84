package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  @TempDir Path dir;

  private final List<IngestEvent> events = new ArrayList<>();

  private List<IngestEvent> read(Path... paths) {
    new CorpusReader(IngestLimits.DEFAULT).read(List.of(paths), events::add);
    return events;
  }

  private List<Document> documents() {
    return events.stream()
        .filter(IngestEvent.Read.class::isInstance)
        .map(e -> ((IngestEvent.Read) e).document())
        .toList();
  }

  private Document only(Path path) {
    read(path);
    assertThat(events).hasSize(1).first().isInstanceOf(IngestEvent.Read.class);
    return documents().get(0);
  }

  @Test
  void keepsPlainTextExactlyAsDecoded() throws IOException {
    String text = "\uFEFFLine one «quoted» — 😀 emoji\r\nLine two\n\n";
    Document doc = only(Fixtures.text(dir, "note.txt", text));
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.id()).isEqualTo("note");
    assertThat(doc.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
  }

  @Test
  void readsMarkdownAsText() throws IOException {
    Document doc = only(Fixtures.text(dir, "column.md", "# Allies\n\nThe two states are *allies*.\n"));
    assertThat(doc.text()).contains("The two states are *allies*.");
  }

  @Test
  void readsHtmlTextTitleAndPublishedTime() throws IOException {
    Path file =
        Fixtures.text(
            dir,
            "treaty.html",
            """
            <!DOCTYPE html><html><head><title>Treaty signed</title>
            <meta property="article:published_time" content="2024-08-22T10:00:00+05:00">
            <script>var x = "not text";</script></head>
            <body><article><p>The presidents signed a treaty in Dushanbe.</p></article></body></html>
            """);
    Document doc = only(file);
    assertThat(doc.text()).contains("The presidents signed a treaty in Dushanbe.").doesNotContain("not text");
    assertThat(doc.title()).isEqualTo("Treaty signed");
    assertThat(doc.published()).hasToString("2024-08-22");
  }

  @Test
  void readsHtmlDateMeta() throws IOException {
    Path file =
        Fixtures.text(
            dir,
            "visit.htm",
            "<html><head><meta name=\"date\" content=\"2021-05-19\"></head><body><p>A visit.</p></body></html>");
    assertThat(only(file).published()).hasToString("2021-05-19");
  }

  @Test
  void readsPdfTextTitleAndCreationDate() throws IOException {
    Path file =
        Fixtures.pdf(
            dir,
            "session.pdf",
            List.of("The commission met in Astana.", "Trade grew by 8 percent."),
            "Commission session",
            Fixtures.day(2023, 9, 15),
            null);
    Document doc = only(file);
    assertThat(doc.text()).contains("The commission met in Astana.").contains("Trade grew by 8 percent.");
    assertThat(doc.title()).isEqualTo("Commission session");
    assertThat(doc.published()).hasToString("2023-09-15");
  }

  @Test
  void readsDocxParagraphsAndCoreProperties() throws IOException {
    Path file =
        Fixtures.docx(
            dir,
            "declaration.docx",
            List.of("Declaration on allied interaction", "1. The Parties establish allied interaction."),
            "Declaration",
            "2023-05-04T00:00:00Z");
    Document doc = only(file);
    assertThat(doc.text()).contains("1. The Parties establish allied interaction.");
    assertThat(doc.title()).isEqualTo("Declaration");
    assertThat(doc.published()).hasToString("2023-05-04");
  }

  @Test
  void manifestDatesTitlesAndSourcesWinOverTheFile() throws IOException {
    Fixtures.text(dir, "a.txt", "01.03.2020 10:10\nText of a.");
    Fixtures.text(dir, "b.txt", "Text of b.");
    Fixtures.text(
        dir,
        "manifest.json",
        """
        {"a": {"published": "2019-12", "title": "A", "source": "Ministry"},
         "b": {"published": "2021-05-20"}}
        """);
    read(dir);
    assertThat(documents()).extracting(Document::id).containsExactly("a", "b");
    Document a = documents().get(0);
    assertThat(a.published()).hasToString("2019-12");
    assertThat(a.title()).isEqualTo("A");
    assertThat(a.source()).isEqualTo("Ministry");
    assertThat(documents().get(1).published()).hasToString("2021-05-20");
  }

  @Test
  void manifestInAParentFolderAppliesToSubfolders() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("2023"));
    Fixtures.text(sub, "c.txt", "Text of c.");
    Fixtures.text(dir, "manifest.json", "{\"c\": {\"published\": \"2023-01-02\"}}");
    read(dir);
    assertThat(documents()).singleElement().satisfies(d -> assertThat(d.published()).hasToString("2023-01-02"));
  }

  @Test
  void takesTheDateFromADatelineWithoutAManifest() throws IOException {
    Document doc = only(Fixtures.text(dir, "news.txt", "4 May 2023, 13:33\nThe leaders met."));
    assertThat(doc.published()).hasToString("2023-05-04");
  }

  @Test
  void leavesTheDateUnknownWithoutAnySource() throws IOException {
    assertThat(only(Fixtures.text(dir, "undated.txt", "The leaders met.")).published()).isNull();
  }

  @Test
  void readsJsonLinesRecordsWithTheirFields() throws IOException {
    Path file =
        Fixtures.text(
            dir,
            "dump.jsonl",
            """
            {"id": "d1", "text": "First text.", "published": "2022-03-04", "title": "T1", "source": "Agency", "lang": "en", "extra": 1}
            {"id": "d2", "text": "ASTANA, May 4 - Second text, on 4 May 2023."}

            """);
    read(file);
    assertThat(events).allMatch(IngestEvent.Read.class::isInstance);
    assertThat(documents()).extracting(Document::id).containsExactly("d1", "d2");
    Document d1 = documents().get(0);
    assertThat(d1.published()).hasToString("2022-03-04");
    assertThat(d1.title()).isEqualTo("T1");
    assertThat(d1.source()).isEqualTo("Agency");
    assertThat(d1.lang()).isEqualTo("en");
    assertThat(d1.origin()).endsWith("dump.jsonl:1");
    assertThat(documents().get(1).published()).hasToString("2023-05-04");
  }

  @Test
  void walksFoldersInNameOrderAndSkipsWhatIsNotADocument() throws IOException {
    Fixtures.text(dir, "b.txt", "B.");
    Fixtures.text(dir, "a.txt", "A.");
    Fixtures.text(dir, "logo.png", "not really a png");
    Fixtures.text(dir, ".hidden.txt", "hidden");
    Fixtures.text(dir, "gold.jsonl", "{\"doc\": \"a\", \"type\": \"visit\"}\n");
    read(dir);
    assertThat(documents()).extracting(Document::id).containsExactly("a", "b");
    assertThat(events)
        .filteredOn(IngestEvent.Skipped.class::isInstance)
        .extracting(e -> ((IngestEvent.Skipped) e).diagnostic().toString())
        .satisfiesExactlyInAnyOrder(
            s -> assertThat(s).contains("gold.jsonl").contains("not a document dump"),
            s -> assertThat(s).contains("logo.png").contains("not a supported type"));
  }
}
