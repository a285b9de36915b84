package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.text.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs on the embedded H2 store and on PostgreSQL (see {@link StoreTarget}). */
class FactRepositoryTest {

  @TempDir Path dir;
  private Store store;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private static StoredFact fact(String doc, int version, String type, String args) {
    return new StoredFact(doc, version, type, args, "2023-05", null, "[{\"start\":0,\"end\":5}]", "rule/x");
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void replacingTheFactsOfADocumentKeepsOnlyTheNewOnesAndOnlyOfTheCurrentVersion(StoreTarget target) {
    store = Store.open(target.freshLocation(dir));
    store.documents().put(new Document("a", "Text.", null, null, null, null, "a.txt"), 5);
    store.facts().replace("a", 1, List.of(fact("a", 1, "visit", "{\"visitor\":\"x\"}")));
    store.facts().replace("a", 1, List.of(
        fact("a", 1, "talks", "{\"participants\":[\"x\",\"y\"]}"), fact("a", 1, "visit", "{}")));
    store.documents().put(new Document("b", "Other.", null, null, null, null, "b.txt"), 6);
    store.facts().replace("b", 1, List.of(fact("b", 1, "visit", "{\"text\":\"«ü» 😀\"}")));
    store.commit();

    List<StoredFact> all = new ArrayList<>();
    store.facts().forEach(all::add);
    assertThat(all).extracting(StoredFact::doc, StoredFact::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "talks"),
            org.assertj.core.groups.Tuple.tuple("a", "visit"),
            org.assertj.core.groups.Tuple.tuple("b", "visit"));
    assertThat(all.get(2).argsJson()).isEqualTo("{\"text\":\"«ü» 😀\"}");
    assertThat(all.get(0).whenStart()).isEqualTo("2023-05");
    assertThat(store.facts().countByType()).containsExactly(Map.entry("talks", 1L), Map.entry("visit", 2L));
  }
}
