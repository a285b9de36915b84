package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactScorerTest {

  private static final String REQUIRED =
      "{'doc': 'd1', 'type': 'org_cooperation', 'args': {'parties': ['KG', 'UZ'], 'org': 'SCO'}}";
  private static final String OPTIONAL =
      "{'doc': 'd1', 'type': 'org_cooperation', 'args': {'parties': ['KG', 'UZ'], 'org': 'CIS'},"
          + " 'optional': true}";
  private static final String SCO =
      "{'doc': 'd1', 'type': 'org_cooperation', 'args': {'parties': ['UZ', 'KG'], 'org': 'SCO'}}";
  private static final String CIS =
      "{'doc': 'd1', 'type': 'org_cooperation', 'args': {'parties': ['UZ', 'KG'], 'org': 'CIS'}}";

  private static Counts orgCooperation(List<JsonNode> gold, List<JsonNode> pred) {
    return FactScorer.score(gold, pred, Optional.empty()).types().get("org_cooperation");
  }

  @Test
  void anOptionalGoldFactNeitherHelpsNorHurts() {
    List<JsonNode> gold = Json.facts(REQUIRED, OPTIONAL);
    assertThat(orgCooperation(gold, Json.facts(SCO))).isEqualTo(new Counts(1, 1, 1));
    assertThat(orgCooperation(gold, Json.facts(SCO, CIS))).isEqualTo(new Counts(1, 1, 1));
    assertThat(orgCooperation(gold, Json.facts(CIS))).isEqualTo(new Counts(1, 0, 0));
    assertThat(orgCooperation(Json.facts(REQUIRED), Json.facts(SCO)))
        .isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void aPredictionMatchingAnOptionalFactIsNotListedAsSpurious() {
    FactScores scores =
        FactScorer.score(Json.facts(REQUIRED, OPTIONAL), Json.facts(CIS), Optional.empty());
    assertThat(scores.misses())
        .extracting(FactScores.Miss::kind)
        .containsExactly(FactScores.Kind.MISSED);
  }

  @Test
  void everyTypeIsReportedEvenWithoutFacts() {
    FactScores scores = FactScorer.score(Json.facts(REQUIRED), Json.facts(SCO), Optional.empty());
    assertThat(scores.types()).hasSize(18).containsKey("award");
    assertThat(List.copyOf(scores.types().keySet())).isSorted();
    assertThat(scores.core()).isEqualTo(new Counts(1, 1, 1));
    assertThat(scores.extended()).isEqualTo(new Counts(0, 0, 0));
    assertThat(scores.attributes().value()).isEmpty();
  }

  @Test
  void predictionsForDocumentsOutsideTheGoldAreLeftOutUnlessDocsAreGiven() {
    String elsewhere = SCO.replace("'d1'", "'d9'");
    List<JsonNode> gold = Json.facts(REQUIRED);
    assertThat(FactScorer.score(gold, Json.facts(SCO, elsewhere), Optional.empty()).core().pred())
        .isEqualTo(1);
    Optional<Set<String>> docs = Optional.of(Set.of("d1", "d9"));
    List<JsonNode> pred = FactScorer.select(Json.facts(SCO, elsewhere), docs);
    assertThat(FactScorer.score(gold, pred, docs).core().pred()).isEqualTo(2);
  }

  @Test
  void matchingKeepsScorePysPairsSoAttributesAreCheckedOnTheSamePairs() {
    // Both predictions match the first gold visit, only the first the second: the augmenting path
    // moves the first gold fact to the second prediction, whose city is wrong.
    List<JsonNode> gold =
        Json.facts(
            "{'doc': 'd', 'type': 'visit', 'args': {'visitor': 'sadyr-japarov', 'host_country':"
                + " 'UZ', 'city': 'Tashkent'}}",
            "{'doc': 'd', 'type': 'visit', 'args': {'visitor': 'sadyr-japarov', 'host_country':"
                + " 'UZ', 'city': 'Tashkent'}, 'when': {'start': '2022'}}");
    List<JsonNode> pred =
        Json.facts(
            "{'doc': 'd', 'type': 'visit', 'args': {'visitor': 'sadyr-zhaparov', 'host_country':"
                + " 'UZ', 'city': 'Tashkent'}, 'when': {'start': '2022-06'}}",
            "{'doc': 'd', 'type': 'visit', 'args': {'visitor': 'sadyr-japarov', 'host_country':"
                + " 'UZ', 'city': 'Samarkand'}}");
    FactScores scores = FactScorer.score(gold, pred, Optional.empty());
    assertThat(scores.types().get("visit")).isEqualTo(new Counts(2, 2, 2));
    assertThat(scores.attributes()).isEqualTo(new Ratio(1, 2));
  }

  @Test
  void evidenceAccuracyCountsMatchedGoldFactsWithEvidence() {
    List<JsonNode> gold =
        Json.facts(
            REQUIRED.replace("}}", "}, 'evidence': [{'start': 10, 'end': 50}]}"),
            CIS.replace("}}", "}, 'evidence': []}"));
    List<JsonNode> pred =
        Json.facts(SCO.replace("}}", "}, 'evidence': [{'start': 49, 'end': 60}]}"), CIS);
    assertThat(FactScorer.score(gold, pred, Optional.empty()).evidence())
        .isEqualTo(new Ratio(1, 1));
  }
}
