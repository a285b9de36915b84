package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {

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
  void listsDocumentsWithTheirFactCounts() {
    JsonNode page = fx.getJson("/api/v1/documents");
    assertThat(page.path("total").asInt()).isEqualTo(2);
    assertThat(Fixture.texts(page.path("items"), "id")).containsExactly(Fixture.OVERVIEW_DOC, Fixture.TREATY_DOC);
    assertThat(page.path("items").get(1).path("facts").asInt()).isEqualTo(6);
  }

  @Test
  void givesOneDocumentWithItsTextAndFactsInTheContractShape() {
    JsonNode body = fx.getJson("/api/v1/documents/" + Fixture.TREATY_DOC);
    assertThat(body.path("document").path("text").asText()).isEqualTo(Fixture.TREATY_TEXT);
    JsonNode visit = body.path("facts").get(5);
    assertThat(visit.path("type").asText()).isEqualTo("visit");
    assertThat(visit.path("doc").asText()).isEqualTo(Fixture.TREATY_DOC);
    assertThat(visit.path("args").path("host_country").asText()).isEqualTo("TJ");
    assertThat(visit.path("when").path("start").asText()).isEqualTo("2024-05-19");
    int start = visit.path("evidence").get(0).path("start").asInt();
    int end = visit.path("evidence").get(0).path("end").asInt();
    assertThat(Fixture.TREATY_TEXT.substring(start, end)).startsWith("President Kassym-Jomart Tokayev").endsWith("state visit.");
    assertThat(visit.path("quote").asText()).isEqualTo(Fixture.TREATY_TEXT.substring(start, end));
  }

  @Test
  void filtersFactsByTypeCountryPersonDateAndDocument() {
    assertThat(fx.getJson("/api/v1/facts?type=trade_volume").path("total").asInt()).isEqualTo(2);
    assertThat(fx.getJson("/api/v1/facts?country=TJ").path("total").asInt()).isEqualTo(9);
    assertThat(fx.getJson("/api/v1/facts?person=kassym-jomart-tokayev").path("items").get(0).path("type").asText())
        .isEqualTo("visit");
    assertThat(Fixture.texts(fx.getJson("/api/v1/facts?from=2023&to=2024").path("items"), "type"))
        .containsExactlyInAnyOrder("trade_volume", "institution_session", "trade_volume", "visit");
    assertThat(fx.getJson("/api/v1/facts?to=1994").path("total").asInt()).isEqualTo(2);
    assertThat(fx.getJson("/api/v1/facts?doc=" + Fixture.OVERVIEW_DOC).path("total").asInt()).isEqualTo(3);
  }

  @Test
  void paginatesFacts() {
    JsonNode first = fx.getJson("/api/v1/facts?size=4&page=1");
    JsonNode second = fx.getJson("/api/v1/facts?size=4&page=2");
    assertThat(first.path("total").asInt()).isEqualTo(9);
    assertThat(first.path("items").size()).isEqualTo(4);
    assertThat(second.path("items").size()).isEqualTo(4);
    assertThat(fx.getJson("/api/v1/facts?size=4&page=3").path("items").size()).isEqualTo(1);
    assertThat(fx.getJson("/api/v1/facts?size=4&page=4").path("items").size()).isZero();
  }

  @Test
  void registryIsTheKnowledgeBaseOneEntryForATreatyTwoDocumentsNameDifferentlyWithItsDisputedDate() {
    JsonNode agreements = fx.getJson("/api/v1/agreements").path("items");
    assertThat(agreements.size()).isEqualTo(1);
    JsonNode treaty = agreements.get(0);
    assertThat(treaty.path("pair").asText()).isEqualTo("KZ-TJ");
    assertThat(treaty.path("sources").asInt()).isEqualTo(2);
    assertThat(Fixture.texts(treaty.path("mentions"), "quote"))
        .containsExactly("Treaty on the Fundamentals of Relations and Eternal Friendship",
            "treaty on eternal friendship and the fundamentals of relations");
    assertThat(treaty.path("dateConflict").asBoolean()).isTrue();
    assertThat(treaty.path("dates").toString()).isEqualTo("[\"1993-01-13\",\"1995\"]");
    assertThat(treaty.path("date").asText()).isEqualTo("1993-01-13");
    assertThat(treaty.path("status").asText()).isEqualTo("signed");
    JsonNode one = fx.getJson("/api/v1/agreements/" + treaty.path("id").asText());
    assertThat(one.path("mentions").get(0).path("href").asText()).startsWith("/documents/treaty-1993#f-");
    assertThat(one.path("mentions").get(1).path("href").asText()).startsWith("/documents/overview-2024#f-");
    assertThat(fx.getJson("/api/v1/agreements?doc_type=memorandum").path("total").asInt()).isZero();
    assertThat(fx.getJson("/api/v1/agreements?pair=KZ-UZ").path("total").asInt()).isZero();
  }

  @Test
  void timelineListsTheDossiersDatedEventsNewestFirstAndFilters() {
    JsonNode all = fx.getJson("/api/v1/timeline");
    assertThat(all.path("pair").asText()).isEqualTo("KZ-TJ");
    assertThat(Fixture.texts(all.path("entries"), "date"))
        .containsExactly("2024-05-19", "2023-10-14", "1995", "1993-01-13", "1993-01-07");
    assertThat(Fixture.texts(all.path("entries"), "type"))
        .containsExactly("visit", "institution_session", "mission", "agreement", "relations_established");
    assertThat(all.path("years").get(0).asInt()).isEqualTo(2024);
    assertThat(all.path("entries").get(3).path("sources").size()).isEqualTo(2);
    JsonNode visits = fx.getJson("/api/v1/timeline?type=visit&year=2024");
    assertThat(Fixture.texts(visits.path("entries"), "type")).containsExactly("visit");
    JsonNode paged = fx.getJson("/api/v1/timeline?size=2&page=2");
    assertThat(paged.path("total").asInt()).isEqualTo(5);
    assertThat(paged.path("entries").size()).isEqualTo(2);
  }

  @Test
  void twoTradeFiguresOfOneYearMoreThanTwoPercentApartAreAConflict() {
    JsonNode trade = fx.getJson("/api/v1/trade");
    JsonNode y2023 = trade.path("years").get(0);
    assertThat(y2023.path("year").asInt()).isEqualTo(2023);
    assertThat(y2023.path("conflict").asBoolean()).isTrue();
    assertThat(y2023.path("figures").size()).isEqualTo(2);
    assertThat(trade.path("targets").get(0).path("valueUsd").asDouble()).isEqualTo(2e9);
    JsonNode conflicts = fx.getJson("/api/v1/conflicts");
    assertThat(Fixture.texts(conflicts, "kind")).containsExactly("agreement", "trade_volume");
    assertThat(Fixture.texts(conflicts, "about")).containsExactly("date", "value_usd");
    JsonNode tradeConflict = conflicts.get(1);
    assertThat(Fixture.texts(tradeConflict.path("claims"), "value")).containsExactlyInAnyOrder("$1.2 billion", "$1.5 billion");
    assertThat(tradeConflict.path("claims").get(0).path("mention").path("href").asText()).contains("#f-");
    assertThat(fx.getJson("/api/v1/conflicts?pair=KZ-UZ").size()).isZero();
  }

  @Test
  void searchRanksHighlightsAndCountsFacets() {
    JsonNode r = fx.getJson("/api/v1/search?q=%22fundamentals+of+relations%22");
    assertThat(r.path("total").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode first = r.path("hits").get(0);
    List<String> marked = new ArrayList<>();
    first.path("snippet").forEach(s -> {
      if (s.path("hit").asBoolean()) {
        marked.add(s.path("text").asText().toLowerCase(java.util.Locale.ROOT));
      }
    });
    assertThat(marked).contains("fundamentals of relations");
    List<String> types = Fixture.texts(r.path("facets").path("type"), "value");
    assertThat(types).contains("agreement");
    JsonNode facts = fx.getJson("/api/v1/search?q=trade&kind=fact&type=trade_volume&year=2023");
    assertThat(Fixture.texts(facts.path("hits"), "type")).containsOnly("trade_volume").hasSize(2);
  }

  @Test
  void phraseQueryMatchesOnlyTheWordsInOrder() {
    assertThat(fx.getJson("/api/v1/search?q=%22state+visit%22").path("total").asInt()).isPositive();
    assertThat(fx.getJson("/api/v1/search?q=%22visit+state%22").path("total").asInt()).isZero();
  }

  @Test
  void badParametersAre400WithAMessageNamingTheParameter() {
    HttpResponse<String> r = fx.get("/api/v1/facts?type=nonsense");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = fx.parse(r.body());
    assertThat(body.path("status").asInt()).isEqualTo(400);
    assertThat(body.path("error").asText()).contains("type must be a fact type");
    assertThat(fx.get("/api/v1/facts?size=100000").statusCode()).isEqualTo(400);
    assertThat(fx.get("/api/v1/facts?from=yesterday").statusCode()).isEqualTo(400);
    assertThat(fx.get("/api/v1/search").statusCode()).isEqualTo(400);
    assertThat(fx.get("/api/v1/search?q=%22unclosed").statusCode()).isEqualTo(400);
    assertThat(fx.get("/api/v1/search?q=" + "a".repeat(600)).statusCode()).isEqualTo(400);
    assertThat(fx.get("/api/v1/facts/abc").statusCode()).isEqualTo(400);
  }

  @Test
  void unknownThingsAre404AsJson() {
    for (String path : List.of("/api/v1/documents/nope", "/api/v1/facts/999999", "/api/v1/agreements/nope", "/api/v1/nothing")) {
      HttpResponse<String> r = fx.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(fx.parse(r.body()).path("error").asText()).as(path).isNotBlank();
    }
  }
}
