package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesTest {

  private static final List<String> PAGES =
      List.of("/", "/chronology", "/chronology?year=2023", "/chronology?pair=TJ-KZ", "/agreements",
          "/agreements?pair=KZ-TJ", "/trade", "/trade?pair=KZ-TJ", "/conflicts", "/documents",
          "/documents/" + Fixture.TREATY_DOC, "/search", "/search?q=treaty", "/brief?a=KZ&b=TJ",
          "/brief?a=KZ&b=TJ&as_of=2024-07", "/brief");

  @TempDir static Path folder;
  static Fixture fx;

  @BeforeAll
  static void start() {
    fx = new Fixture(folder, null);
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void everyPageRendersAsHtmlUnderTheContentSecurityPolicy() {
    for (String page : PAGES) {
      HttpResponse<String> r = fx.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(page).contains("script-src 'self'");
      assertThat(r.body()).as(page).startsWith("<!DOCTYPE html>").contains("<script src=\"/assets/app.js\"");
    }
  }

  @Test
  void everyFactLinkOnEveryPageLeadsToThatFactsSentence() {
    Pattern link = Pattern.compile("href=\"(/documents/[^\"#]+)#f-(\\d+)\"");
    TreeSet<String> checked = new TreeSet<>();
    for (String page : PAGES) {
      Matcher m = link.matcher(fx.get(page).body());
      while (m.find()) {
        String target = m.group(1);
        String anchor = "id=\"f-" + m.group(2) + "\"";
        if (checked.add(target + anchor)) {
          HttpResponse<String> doc = fx.get(target);
          assertThat(doc.statusCode()).as(page + " -> " + target).isEqualTo(200);
          assertThat(doc.body()).as(page + " -> " + target + "#f-" + m.group(2)).contains(anchor);
        }
      }
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void unknownPagesAndBadParametersAnswerWithAnHtmlErrorPage() {
    HttpResponse<String> missing = fx.get("/documents/no-such-document");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("no document with id &#39;no-such-document&#39;");
    HttpResponse<String> bad = fx.get("/chronology?year=%3Cb%3Ex%3C/b%3E");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
    assertThat(fx.get("/no/such/page").statusCode()).isEqualTo(404);
    HttpResponse<String> badPair = fx.get("/trade?pair=%3Cb%3E");
    assertThat(badPair.statusCode()).isEqualTo(400);
    assertThat(badPair.body()).contains("pair must be a pair of country codes").doesNotContain("<b>");
    assertThat(fx.get("/brief?a=KZ&b=TJ&as_of=2024-02-30").statusCode()).isEqualTo(400);
    assertThat(fx.get("/brief?a=KZ").statusCode()).isEqualTo(400);
  }

  @Test
  void overviewLinksToTheBriefWhichShowsEveryStatementWithItsFootnotedSources() {
    assertThat(fx.get("/").body()).contains("href=\"/brief?a=KZ&amp;b=TJ\"");
    String brief = fx.get("/brief?a=KZ&b=TJ").body();
    assertThat(brief)
        .contains("<h1>Relations of Kazakhstan with Tajikistan</h1>", "id=\"notes\"", "href=\"#note-1\"",
            "/api/v1/brief?a=KZ&amp;b=TJ&amp;format=md")
        .containsPattern("<li id=\"note-1\"><a href=\"/documents/[^\"]+#f-\\d+\"");
  }
}
