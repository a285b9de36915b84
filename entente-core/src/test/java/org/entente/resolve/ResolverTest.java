package org.entente.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.annotate.gazetteer.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResolverTest {

  private static Claims claims;
  private static Resolver resolver;
  private int seq;

  @BeforeAll
  static void load() {
    ResolveTerms terms = ResolveTerms.builtin();
    claims = new Claims(terms, Dictionaries.builtin());
    resolver = new Resolver(terms);
  }

  private Claim agreement(String doc, String title, String docType, String start, Object... more) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("title", title);
    args.put("doc_type", docType);
    args.put("parties", List.of("KZ", "TJ"));
    for (int i = 0; i < more.length; i += 2) {
      args.put((String) more[i], more[i + 1]);
    }
    return claim(doc, "agreement", args, start, null, claims.words(title));
  }

  private Claim claim(String doc, String type, Map<String, Object> args, String start, String end, List<String> words) {
    return claim(doc, type, args, start, end, words, "2024-01-01");
  }

  private Claim claim(String doc, String type, Map<String, Object> args, String start, String end, List<String> words,
      String published) {
    int at = 10 * seq++;
    return new Claim(doc, seq, type, args, start, end, published,
        List.of(new Quote(at, at + 5, "quote")), words, "KZ-TJ/" + Claims.family(type));
  }

  @Test
  void synonymousTitlesWithAgreeingDatesAreOneAgreementWithTheMostPreciseDate() {
    List<Entity> out = resolver.resolve("KZ-TJ/agreement", List.of(
        agreement("a", "Treaty on the Fundamentals of the Relations between the Republic of Tajikistan and the Republic of Kazakhstan", "treaty", "1993-01-13"),
        agreement("b", "agreement on basic relations", "agreement", "1993-01"),
        agreement("c", "Treaty on strategic partnership", "treaty", "2015-09-14")));
    assertThat(out).hasSize(2);
    Entity basic = out.stream().filter(e -> e.claims().size() == 2).findFirst().orElseThrow();
    assertThat(basic.start()).isEqualTo("1993-01-13");
    assertThat(basic.text("doc_type")).isEqualTo("treaty");
    assertThat(basic.disagreements()).isEmpty();
  }

  @Test
  void aTreatyInForceSinceTheYearAfterItsSigningIsOneAgreementDatedByItsSigning() {
    List<Entity> out = resolver.resolve("KZ-UZ/agreement", List.of(
        agreement("a", "Treaty on the demarcation of the Kazakh-Uzbek state border", "treaty", "2022-12-22",
            "status", "signed"),
        agreement("b", "demarcation treaty", "treaty", "2023", "status", "in_force"),
        agreement("c", "demarcation treaty", "treaty", "2019", "status", "in_force")));
    // in force before it was signed: another treaty
    assertThat(out).hasSize(2);
    assertThat(out).anySatisfy(e -> {
      assertThat(e.claims()).extracting(Claim::doc).containsExactlyInAnyOrder("a", "b");
      assertThat(e.start()).isEqualTo("2022-12-22");
      assertThat(e.disagreements()).isEmpty();
    });
  }

  @Test
  void programsWithDifferentPeriodsStayApart() {
    List<Entity> out = resolver.resolve("KZ-TJ/agreement", List.of(
        agreement("a", "Cooperation program between the Foreign Ministries", "program", "2021-05-20",
            "period", Map.of("start", "2021", "end", "2023")),
        agreement("b", "program of cooperation between the Foreign Ministries", "program", "2023",
            "period", Map.of("start", "2023", "end", "2025"))));
    assertThat(out).hasSize(2);
  }

  @Test
  void aSpecificTitleWithIncompatibleDatesIsOneAgreementWhoseSourcesDisagree() {
    List<Entity> out = resolver.resolve("KZ-TJ/agreement", List.of(
        agreement("a", "Shusha Declaration on Allied Relations", "declaration", "2021-06-15"),
        agreement("b", "Shusha Declaration on Allied Relations", "declaration", "2010")));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.start()).isEqualTo("2021-06-15");
      assertThat(e.disagreements()).singleElement().satisfies(d -> assertThat(d.about()).isEqualTo("date"));
    });
  }

  @Test
  void aGenericTitleOnAnotherDateIsAnotherAgreement() {
    List<Entity> out = resolver.resolve("KZ-TJ/agreement", List.of(
        agreement("a", "Agreement on cooperation in the field of tourism", "agreement", "2018-03-09"),
        agreement("b", "Agreement on cooperation in the field of tourism", "agreement", "2005")));
    assertThat(out).hasSize(2);
  }

  @Test
  void aDraftIsLinkedToTheTreatySignedLaterWithoutLendingItsDate() {
    List<Entity> out = resolver.resolve("KZ-TJ/agreement", List.of(
        agreement("a", "draft Treaty on Allied Relations", "treaty", "2023-05-04", "status", "draft"),
        agreement("b", "agreement on allied relations", "agreement", "2024-08-22", "status", "signed")));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.start()).isEqualTo("2024-08-22");
      assertThat(e.text("status")).isEqualTo("signed");
    });
  }

  @Test
  void twoFactsOfOneDocumentAreNeverMerged() {
    List<Entity> out = resolver.resolve("KZ-TJ/agreement", List.of(
        agreement("a", "Memorandum on cooperation in education", "memorandum", "2021"),
        agreement("a", "Memorandum on cooperation in education and science", "memorandum", "2021")));
    assertThat(out).hasSize(2);
  }

  @Test
  void oneTitleTwiceInOneDocumentIsOneAgreementWhateverDatesExtractionGaveThem() {
    List<Entity> out = resolver.resolve("KZ-TJ/agreement", List.of(
        agreement("a", "Treaty on Allied Relations", "treaty", "2024-08-22"),
        agreement("b", "agreement on allied relations between Kazakhstan and Tajikistan", "agreement", "2025-02-10"),
        agreement("b", "agreement on allied relations", "agreement", "2024-08-22")));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.claims()).hasSize(3);
      assertThat(e.start()).isEqualTo("2024-08-22");
    });
  }

  private Claim trade(String doc, double value, String qualifier, String published) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("parties", List.of("KZ", "TJ"));
    args.put("value_usd", value);
    args.put("qualifier", qualifier);
    return claim(doc, "trade_volume", args, "2023", null, List.of(), published);
  }

  @Test
  void tradeFiguresOfOneYearMoreThanTwoPercentApartAreADisagreement() {
    List<Entity> out = resolver.resolve("KZ-TJ/trade_volume", List.of(
        trade("a", 1.1e9, "exact", "2024-12-05"),
        trade("b", 8.9e8, "exact", "2025-02-10"),
        trade("c", 1.0e9, "over", "2024-08-22")));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.start()).isEqualTo("2023");
      assertThat(e.args().get("value_usd")).isEqualTo(1.1e9);
      assertThat(e.disagreements()).singleElement().satisfies(d -> {
        assertThat(d.about()).isEqualTo("value_usd");
        assertThat(d.sides()).hasSize(2);
        assertThat(d.sides().get(0).claims()).extracting(Claim::doc).containsExactlyInAnyOrder("a", "c");
      });
    });
  }

  @Test
  void tradeFiguresWithinTwoPercentAgree() {
    List<Entity> out = resolver.resolve("KZ-TJ/trade_volume", List.of(
        trade("a", 1.13e9, "exact", "2024-01-01"), trade("b", 1.12e9, "about", "2024-02-01")));
    assertThat(out).singleElement().satisfies(e -> assertThat(e.disagreements()).isEmpty());
  }

  private Claim visit(String doc, String visitor, String start, String end) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("visitor", visitor);
    args.put("visitor_country", "KZ");
    args.put("host_country", "TJ");
    args.put("kind", "unspecified");
    return claim(doc, "visit", args, start, end, List.of());
  }

  @Test
  void reportsOfOneVisitOnOverlappingDatesAreOneVisitWhileUndatedOnesStayApart() {
    List<Entity> out = resolver.resolve("KZ-TJ/visit", List.of(
        visit("a", "kassym-jomart-tokayev", "2021-05-19", "2021-05-20"),
        visit("b", "kassym-jomart-tokayev", "2021-05", null),
        visit("c", "kassym-jomart-tokayev", "2024-08-22", null),
        visit("d", "kassym-jomart-tokayev", null, null)));
    assertThat(out).hasSize(3);
    assertThat(out.get(0).claims()).hasSize(2);
    assertThat(out.get(0).start()).isEqualTo("2021-05-19");
    assertThat(out.get(0).end()).isEqualTo("2021-05-20");
  }

  @Test
  void sameClaimsInAnyOrderGiveTheSameEntities() {
    List<Claim> in = new ArrayList<>(List.of(
        agreement("a", "Treaty on strategic partnership", "treaty", "2015-09-14"),
        agreement("b", "strategic partnership agreement", "agreement", "2015-09"),
        agreement("c", "Memorandum on culture", "memorandum", "2021")));
    List<String> ids = resolver.resolve("KZ-TJ/agreement", in).stream().map(Entity::id).toList();
    java.util.Collections.reverse(in);
    assertThat(resolver.resolve("KZ-TJ/agreement", in).stream().map(Entity::id).toList()).isEqualTo(ids);
  }
}
