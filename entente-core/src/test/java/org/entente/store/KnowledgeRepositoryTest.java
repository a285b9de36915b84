package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;
import org.entente.resolve.Quote;
import org.entente.resolve.ResolveTerms;
import org.entente.resolve.Resolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs on the embedded H2 store and on PostgreSQL (see {@link StoreTarget}). */
class KnowledgeRepositoryTest {

  @TempDir Path dir;
  private Store store;
  private final Resolver resolver = new Resolver(ResolveTerms.builtin());

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private static Claim trade(String doc, String pair, double value) {
    return new Claim(doc, 0, "trade_volume", Map.of("parties", List.of(pair.split("-")), "value_usd", value),
        "2023", null, "2024-01-01", List.of(new Quote(0, 4, "Text")), List.of(), pair + "/trade_volume");
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void addingADocumentResolvesAgainOnlyTheBlocksOfItsClaims(StoreTarget target) {
    store = Store.open(target.freshLocation(dir));
    store.knowledge().replaceClaims("a", List.of(trade("a", "KZ-TJ", 1.1e9)));
    store.knowledge().replaceClaims("b", List.of(trade("b", "CN-KZ", 4.1e10)));
    assertThat(store.knowledge().refresh(resolver).blocks()).isEqualTo(2);
    assertThat(store.knowledge().dirtyBlocks()).isEmpty();

    store.knowledge().replaceClaims("c", List.of(trade("c", "KZ-TJ", 8.9e8)));
    assertThat(store.knowledge().dirtyBlocks()).containsExactly("KZ-TJ/trade_volume");
    KnowledgeRepository.Refreshed r = store.knowledge().refresh(resolver);
    store.commit();

    assertThat(r.blocks()).isEqualTo(1);
    assertThat(r.claims()).isEqualTo(2);
    List<Entity> kztj = store.knowledge().entities("KZ-TJ");
    assertThat(kztj).singleElement().satisfies(e -> assertThat(e.disagreements()).hasSize(1));
    assertThat(store.knowledge().entities("CN-KZ")).singleElement()
        .satisfies(e -> assertThat(e.args().get("value_usd")).isEqualTo(4.1e10));
    assertThat(store.knowledge().pairs()).containsExactly("CN-KZ", "KZ-TJ");
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void replacingADocumentsClaimsMarksTheBlocksItLeaves(StoreTarget target) {
    store = Store.open(target.freshLocation(dir));
    store.knowledge().replaceClaims("a", List.of(trade("a", "KZ-TJ", 1.1e9)));
    store.knowledge().refresh(resolver);
    store.knowledge().replaceClaims("a", List.of(trade("a", "KZ-UZ", 4.0e9)));
    assertThat(store.knowledge().dirtyBlocks()).containsExactly("KZ-TJ/trade_volume", "KZ-UZ/trade_volume");
    store.knowledge().refresh(resolver);
    assertThat(store.knowledge().entities("KZ-TJ")).isEmpty();
    assertThat(store.knowledge().entities("KZ-UZ")).hasSize(1);
  }
}
