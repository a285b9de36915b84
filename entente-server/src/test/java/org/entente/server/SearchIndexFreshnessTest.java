package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexFreshnessTest {

  @Test
  void indexLivesBesideTheStoreAndFollowsEveryIngest(@TempDir Path folder) {
    try (Fixture fx = new Fixture(folder, SecurityTest.TOKEN)) {
      assertThat(fx.data.resolve("search-index")).isDirectory();
      assertThat(fx.getJson("/api/v1/search?q=zanzibar").path("total").asInt()).isZero();
      fx.postJsonLines(fx.record("zanzibar-note", "A note about Zanzibar and Kazakhstan."), SecurityTest.TOKEN);
      assertThat(fx.getJson("/api/v1/search?q=zanzibar").path("hits").get(0).path("doc").asText())
          .isEqualTo("zanzibar-note");
    }
  }

  @Test
  void missingIndexIsRebuiltOnStart(@TempDir Path folder) throws Exception {
    Path data;
    try (Fixture fx = new Fixture(folder, null)) {
      data = fx.data;
    }
    try (Stream<Path> walk = Files.walk(data.resolve("search-index"))) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Reopened again = new Reopened(data)) {
      assertThat(again.library.search(new org.entente.server.search.SearchQuery("almaty", null, null, null, null, 0, 10)).total())
          .isPositive();
    }
  }

  /** The library of an existing store, opened again. */
  private static final class Reopened implements AutoCloseable {
    final org.entente.server.library.Library library;

    Reopened(Path data) {
      library = org.entente.server.library.Library.open(
          org.entente.store.Store.open(new org.entente.store.StoreLocation.Embedded(data)),
          data.resolve("search-index"), new com.fasterxml.jackson.databind.ObjectMapper(),
          org.entente.ingest.IngestLimits.DEFAULT);
    }

    @Override
    public void close() {
      library.close();
    }
  }
}
