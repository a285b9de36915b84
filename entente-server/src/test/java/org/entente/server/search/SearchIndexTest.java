package org.entente.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.server.model.DocumentView;
import org.entente.server.model.EvidenceSpan;
import org.entente.server.model.FactView;
import org.entente.server.model.Snapshot;
import org.entente.server.model.When;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  private static Snapshot snapshot(String... texts) {
    List<DocumentView> docs = new java.util.ArrayList<>();
    List<FactView> facts = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(new DocumentView("d" + i, 1, null, "2020", null, null, texts[i]));
      facts.add(new FactView(i + 1, "d" + i, "visit", new ObjectMapper().createObjectNode().put("host_country", "TJ"),
          new When("2021", null), List.of(new EvidenceSpan(0, texts[i].length())), null, texts[i], Set.of("TJ"), Set.of()));
    }
    return Snapshot.of(docs, facts);
  }

  private static SearchQuery q(String text) {
    return new SearchQuery(text, null, null, null, null, 0, 10);
  }

  @Test
  void rebuildsOnlyWhenTheIndexWasBuiltForOtherContents(@TempDir Path dir) {
    Snapshot one = snapshot("Tokayev visited Dushanbe.");
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertThat(index.syncTo(one)).isTrue();
      assertThat(index.syncTo(one)).isFalse();
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertThat(reopened.isCurrent(one)).isTrue();
      Snapshot two = snapshot("Tokayev visited Dushanbe.", "Rahmon visited Astana.");
      assertThat(reopened.isCurrent(two)).isFalse();
      assertThat(reopened.syncTo(two)).isTrue();
      assertThat(reopened.search(q("rahmon"), two).total()).isEqualTo(2);
    }
  }

  @Test
  void countsFacetsByTypeYearAndCountry() {
    try (SearchIndex index = SearchIndex.open(null)) {
      Snapshot s = snapshot("Tokayev visited Dushanbe.", "Tokayev visited Astana.");
      index.syncTo(s);
      SearchResults r = index.search(q("tokayev"), s);
      assertThat(r.total()).isEqualTo(4);
      assertThat(r.facets().get("type")).containsExactly(new FacetCount("visit", 2));
      assertThat(r.facets().get("country")).containsExactly(new FacetCount("TJ", 4));
      assertThat(r.facets().get("year")).extracting(FacetCount::value).containsExactlyInAnyOrder("2020", "2021");
    }
  }

  @Test
  void snippetsMarkTheMatchedWordsAndKeepTheRestAsPlainText() {
    try (SearchIndex index = SearchIndex.open(null)) {
      Snapshot s = snapshot("The leaders <b>met</b> in Dushanbe.");
      index.syncTo(s);
      SearchHit hit = index.search(new SearchQuery("dushanbe", "document", null, null, null, 0, 10), s).hits().get(0);
      assertThat(hit.snippet()).contains(new Segment("Dushanbe", true));
      assertThat(hit.snippet()).anyMatch(seg -> !seg.hit() && seg.text().contains("<b>met</b>"));
    }
  }

  @Test
  void malformedQueryIsRefusedWithTheReason() {
    try (SearchIndex index = SearchIndex.open(null)) {
      Snapshot s = snapshot("x y");
      index.syncTo(s);
      assertThatThrownBy(() -> index.search(q("\"unclosed"), s)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot parse the query");
    }
  }
}
