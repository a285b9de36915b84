package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTest {

  static final String TOKEN = "s3cret-token";
  static final String HOSTILE =
      "Hostile page <script>window.__pwned = 1; alert('x')</script> with <b>bold</b> markup and"
          + " <img src=x onerror=\"window.__pwned = 2\">. President Kassym-Jomart Tokayev arrived in"
          + " Dushanbe on 19 May 2024 on a state visit.";

  @TempDir static Path folder;
  static Fixture fx;

  @BeforeAll
  static void start() {
    fx = new Fixture(folder, TOKEN);
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void uploadWithoutTheTokenIs401AndWithAWrongOneToo() {
    HttpResponse<String> none = fx.postJsonLines(fx.record("a", "Some text."), null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(fx.parse(none.body()).path("error").asText()).contains("Authorization: Bearer");
    assertThat(fx.postJsonLines(fx.record("a", "Some text."), "wrong").statusCode()).isEqualTo(401);
    assertThat(fx.get("/api/v1/documents/a").statusCode()).isEqualTo(404);
  }

  @Test
  void readOnlyServerRefusesUploadsWith403(@TempDir Path other) {
    try (Fixture readOnly = new Fixture(other, null)) {
      HttpResponse<String> r = readOnly.postJsonLines(readOnly.record("a", "Some text."), TOKEN);
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(readOnly.parse(r.body()).path("error").asText()).contains("read-only");
    }
  }

  @Test
  void uploadLargerThanTheLimitIs413AndStoresNothing() {
    String big = fx.record("big", "word ".repeat(20_000));
    // refused by its declared length, before the body is read
    HttpResponse<String> r = fx.postJsonLines(big, TOKEN, true);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(fx.parse(r.body()).path("status").asInt()).isEqualTo(413);
    assertThat(fx.get("/api/v1/documents/big").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileDocumentIsShownEscapedUnderAPolicyThatForbidsInlineScripts() {
    HttpResponse<String> up = fx.postJsonLines(fx.record("hostile", HOSTILE), TOKEN);
    assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    HttpResponse<String> page = fx.get("/documents/hostile");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("&lt;script&gt;window.__pwned = 1; alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("<script>window")
        .doesNotContain("<b>bold")
        .doesNotContain("<img src=x");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(fx.get("/search?q=pwned").body()).doesNotContain("<script>window");
  }

  @Test
  void sqlInjectionStringsInFiltersAreJustValues() {
    int facts = fx.getJson("/api/v1/facts").path("total").asInt();
    assertThat(fx.getJson("/api/v1/facts?doc=x%27%20OR%20%271%27=%271").path("total").asInt()).isZero();
    assertThat(fx.get("/api/v1/facts?country=KZ%27%20OR%201=1--").statusCode()).isEqualTo(400);
    assertThat(fx.get("/api/v1/facts?person=a%27;DROP%20TABLE%20fact;--").statusCode()).isEqualTo(400);
    assertThat(fx.get("/api/v1/documents/x%27%20OR%20%271%27=%271").statusCode()).isEqualTo(404);
    assertThat(fx.get("/api/v1/search?q=%27%20OR%20%271%27%3D%271").statusCode()).isEqualTo(200);
    // Lucene's syntax refuses "--": a 400 that says why, never a server error
    HttpResponse<String> drop = fx.get("/api/v1/search?q=%27%3B%20DROP%20TABLE%20fact%3B%20--");
    assertThat(drop.statusCode()).isEqualTo(400);
    assertThat(fx.parse(drop.body()).path("error").asText()).contains("cannot parse the query");
    HttpResponse<String> odd = fx.postJsonLines(fx.record("x'); DROP TABLE fact; --", "A document with an odd id."), TOKEN);
    assertThat(odd.statusCode()).as(odd.body()).isEqualTo(200);
    assertThat(fx.getJson("/api/v1/facts").path("total").asInt()).isGreaterThanOrEqualTo(facts);
    assertThat(fx.get("/api/v1/documents/" + Fixture.encode("x'); DROP TABLE fact; --")).statusCode()).isEqualTo(200);
    assertThat(fx.get("/api/v1/documents/" + Fixture.TREATY_DOC).statusCode()).isEqualTo(200);
  }

  @Test
  void pathParametersCannotReachFilesOutsideTheStore() throws Exception {
    Files.writeString(folder.resolve("secret.txt"), "TOP SECRET");
    for (String path : new String[] {
        "/documents/..%2F..%2Fsecret.txt", "/documents/%2e%2e%2fsecret", "/api/v1/documents/..%2Fsecret",
        "/assets/..%2F..%2Fsecret.txt", "/assets/..%2Fapi%2Fopenapi.json", "/documents/../../secret.txt",
        "/api/v1/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd"}) {
      HttpResponse<String> r = fx.get(path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("TOP SECRET").doesNotContain("root:");
    }
  }

  @Test
  void multipartUploadKeepsOnlyASafeFileName() throws Exception {
    String boundary = "----entente" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../escaped note.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write("Kazakhstan and Tajikistan signed a memorandum.".getBytes(StandardCharsets.UTF_8));
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = fx.send(HttpRequest.newBuilder(URI.create(fx.base() + "/api/v1/documents"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(fx.parse(r.body()).path("documents").get(0).path("id").asText()).isEqualTo("escaped_note");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("escaped note.txt", "escaped_note.txt");
    }
  }

  @Test
  void chunkedMultipartUploadOverTheLimitIs413() throws Exception {
    String boundary = "----entente" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] text = "word ".repeat(30_000).getBytes(StandardCharsets.UTF_8);
    // A publisher of unknown length makes the client send the body chunked, without Content-Length.
    HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() ->
        new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
            new java.io.ByteArrayInputStream(head), new java.io.ByteArrayInputStream(text),
            new java.io.ByteArrayInputStream(tail)))));
    HttpResponse<String> r = fx.send(HttpRequest.newBuilder(URI.create(fx.base() + "/api/v1/documents"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", "Bearer " + TOKEN).POST(chunked).build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(fx.get("/api/v1/documents/big").statusCode()).isEqualTo(404);
  }

  @Test
  void uploadOfAnUnsupportedTypeIs415() {
    HttpResponse<String> r = fx.send(HttpRequest.newBuilder(URI.create(fx.base() + "/api/v1/documents"))
        .header("Content-Type", "text/xml").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("<a/>")).build());
    assertThat(r.statusCode()).isEqualTo(415);
  }
}
