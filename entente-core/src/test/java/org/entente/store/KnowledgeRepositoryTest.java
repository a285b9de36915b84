package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  private static Claim role(String doc, String published, String person) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("person", person);
    args.put("role", "ambassador");
    args.put("country", "KZ");
    return new Claim(doc, 0, "person_role", args, "2024", null, published, List.of(new Quote(0, 4, "Text")), List.of(),
        "KZ-TJ/person_role");
  }

  private void storeEach(List<Claim> claims) {
    for (Claim c : claims) {
      store.knowledge().replaceClaims(c.doc(), List.of(c));
    }
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void aRefreshHandsTheResolverOnePartAtATimeAndStoresWhatTheWholeBlockMakes(StoreTarget target) {
    store = Store.open(target.freshLocation(dir));
    List<Claim> claims = new ArrayList<>();
    for (String person : List.of("Ivan Petrov", "Olga Ivanova", "Aigul Nurlanovna")) {
      claims.add(role(person + " 1", "2024-01-0" + (1 + claims.size()), person));
      claims.add(role(person + " 2", "2024-02-0" + (1 + claims.size()), person.toUpperCase(java.util.Locale.ROOT)));
    }
    storeEach(claims);
    KnowledgeRepository.Refreshed r = store.knowledge().refresh(resolver);
    assertThat(r.claims()).isEqualTo(6);
    assertThat(r.largestPart()).isEqualTo(2);
    assertThat(store.knowledge().entities("KZ-TJ")).hasSize(3).isEqualTo(resolver.resolve("KZ-TJ/person_role", claims));
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void entitiesNamedAlikeInTwoPartsAreStoredAsTheWholeBlockNamesAndOrdersThem(StoreTarget target) {
    store = Store.open(target.freshLocation(dir));
    // Two keys with one slug: the part read first holds the later source, so the refresh names
    // its entity first and must rename both to give the earlier source's entity the plain id.
    Claim dotted = role("a", null, "A. Smith");
    Claim plain = role("b", null, "A Smith");
    boolean dottedFirst = Resolver.part(dotted).compareTo(Resolver.part(plain)) < 0;
    List<Claim> claims = List.of(
        role("a", dottedFirst ? "2024-02-01" : "2024-01-01", "A. Smith"),
        role("b", dottedFirst ? "2024-01-01" : "2024-02-01", "A Smith"),
        role("c", "2024-03-01", "Ivan Petrov"));
    storeEach(claims);
    store.knowledge().refresh(resolver);
    List<Entity> stored = store.knowledge().entities("KZ-TJ");
    assertThat(stored).isEqualTo(resolver.resolve("KZ-TJ/person_role", claims));
    assertThat(stored.get(0).id()).isEqualTo("kz-tj-person-role-smith-ambassador-kz-2024");
    assertThat(stored.get(0).claims().get(0).published()).isEqualTo("2024-01-01");
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void claimsStoredBeforePartsGetTheirPartsOnTheNextRefresh(StoreTarget target) throws SQLException {
    StoreLocation location = target.freshLocation(dir);
    store = Store.open(location);
    List<Claim> claims = List.of(role("a", "2024-01-01", "A. Smith"), role("b", "2024-02-01", "A Smith"),
        role("c", "2024-03-01", "a smith"), role("d", "2024-04-01", "Ivan Petrov"));
    storeEach(claims);
    store.knowledge().refresh(resolver);
    store.commit();
    List<Entity> before = store.knowledge().entities("KZ-TJ");
    try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE kb_claim SET part = NULL");
      s.executeUpdate("UPDATE kb_claim SET part = 'stale' WHERE doc_id = 'c'");
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    store.knowledge().markAllDirty();
    assertThat(store.knowledge().refresh(resolver).largestPart()).isEqualTo(2);
    assertThat(store.knowledge().entities("KZ-TJ")).isEqualTo(before);
    store.commit();
    try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM kb_claim WHERE part IS NULL OR part = 'stale'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
