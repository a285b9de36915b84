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

  private static FactView fact(long id, String doc, String type, String country, String text) {
    return new FactView(id, doc, type, new ObjectMapper().createObjectNode(), new When("2021", null),
        List.of(new EvidenceSpan(0, text.length())), null, text, Set.of(country), Set.of());
  }

  @Test
  void facetsFollowUpdatesAcrossSegmentsAndOrderByCountThenValue() {
    try (SearchIndex index = SearchIndex.open(null)) {
      List<DocumentView> docs = List.of(
          new DocumentView("a", 1, null, "2019", null, null, "Energy talks."),
          new DocumentView("b", 1, null, "2020", null, null, "Energy visit."));
      Snapshot one = Snapshot.of(docs, List.of(
          fact(1, "a", "talks", "KZ", "Energy talks."), fact(2, "b", "visit", "TJ", "Energy visit.")));
      index.syncTo(one);
      SearchResults before = index.search(q("energy"), one);
      assertThat(before.total()).isEqualTo(4);
      assertThat(before.facets().keySet()).containsExactly("type", "year", "country");
      assertThat(before.facets().get("type")).containsExactly(new FacetCount("talks", 1), new FacetCount("visit", 1));

      // b now has two visits, in a new segment; its old version is deleted and must not count.
      Snapshot two = Snapshot.of(docs, List.of(
          fact(1, "a", "talks", "KZ", "Energy talks."), fact(3, "b", "visit", "TJ", "Energy visit."),
          fact(4, "b", "visit", "UZ", "Energy visit again.")));
      index.update(two, List.of("b"));
      SearchResults after = index.search(q("energy"), two);
      assertThat(after.total()).isEqualTo(5);
      assertThat(after.facets().get("type")).containsExactly(new FacetCount("visit", 2), new FacetCount("talks", 1));
      assertThat(after.facets().get("country")).containsExactly(
          new FacetCount("KZ", 2), new FacetCount("TJ", 2), new FacetCount("UZ", 2));
      assertThat(after.facets().get("year")).containsExactly(
          new FacetCount("2021", 3), new FacetCount("2019", 1), new FacetCount("2020", 1));
      assertThat(index.search(new SearchQuery("energy", "fact", "visit", null, "UZ", 0, 10), two).hits())
          .extracting(SearchHit::fact).containsExactly(4L);
    }
  }

  @Test
  void hitsShowTheSnapshotsTitleTypeYearAndLink() {
    try (SearchIndex index = SearchIndex.open(null)) {
      Snapshot s = Snapshot.of(
          List.of(new DocumentView("a", 1, "Energy bulletin", "2019", null, null, "Energy talks.")),
          List.of(fact(7, "a", "talks", "KZ", "Energy talks.")));
      index.syncTo(s);
      List<SearchHit> hits = index.search(q("energy"), s).hits();
      SearchHit doc = hits.stream().filter(h -> h.kind().equals("document")).findFirst().orElseThrow();
      SearchHit fact = hits.stream().filter(h -> h.kind().equals("fact")).findFirst().orElseThrow();
      assertThat(doc.title()).isEqualTo("Energy bulletin");
      assertThat(doc.year()).isEqualTo(2019);
      assertThat(doc.fact()).isNull();
      assertThat(doc.href()).isEqualTo(org.entente.server.model.Hrefs.document("a"));
      assertThat(fact.fact()).isEqualTo(7L);
      assertThat(fact.type()).isEqualTo("talks");
      assertThat(fact.year()).isEqualTo(2021);
      assertThat(fact.doc()).isEqualTo("a");
      assertThat(fact.href()).isEqualTo(org.entente.server.model.Hrefs.fact("a", 7));
      assertThat(fact.snippet()).contains(new Segment("Energy", true));
    }
  }

  @Test
  void aHitTheSnapshotLacksIsShownFromStoredFields() {
    try (SearchIndex index = SearchIndex.open(null)) {
      Snapshot indexed = snapshot("Tokayev visited Dushanbe.");
      index.syncTo(indexed);
      SearchResults r = index.search(q("tokayev"), Snapshot.of(List.of(), List.of()));
      assertThat(r.total()).isEqualTo(2);
      assertThat(r.hits()).extracting(SearchHit::doc).containsOnly("d0");
      assertThat(r.hits()).extracting(SearchHit::kind).containsExactlyInAnyOrder("document", "fact");
      assertThat(r.hits()).allSatisfy(h -> assertThat(h.title()).isNotBlank());
    }
  }

  @Test
  void repeatedQueryIsAnsweredFromTheCacheUntilAnUpdate() {
    try (SearchIndex index = SearchIndex.open(null, 4)) {
      Snapshot one = snapshot("Tokayev visited Dushanbe.");
      index.syncTo(one);
      SearchResults first = index.search(q("tokayev"), one);
      assertThat(index.search(q("tokayev"), one)).isSameAs(first);
      assertThat(index.search(new SearchQuery("tokayev", "fact", null, null, null, 0, 10), one)).isNotSameAs(first);

      Snapshot two = snapshot("Tokayev visited Dushanbe.", "Tokayev visited Astana.");
      index.update(two, List.of("d1"));
      SearchResults after = index.search(q("tokayev"), two);
      assertThat(after).isNotSameAs(first);
      assertThat(after.total()).isEqualTo(4);
      assertThat(index.search(q("tokayev"), two)).isSameAs(after);
    }
  }

  @Test
  void cacheDropsTheLeastRecentlyUsedAndCanBeTurnedOff() {
    Snapshot s = snapshot("Tokayev visited Dushanbe.");
    try (SearchIndex index = SearchIndex.open(null, 1)) {
      index.syncTo(s);
      SearchResults tokayev = index.search(q("tokayev"), s);
      index.search(q("dushanbe"), s);
      assertThat(index.search(q("tokayev"), s)).isNotSameAs(tokayev).isEqualTo(tokayev);
    }
    try (SearchIndex uncached = SearchIndex.open(null, 0)) {
      uncached.syncTo(s);
      assertThat(uncached.search(q("tokayev"), s)).isNotSameAs(uncached.search(q("tokayev"), s));
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
