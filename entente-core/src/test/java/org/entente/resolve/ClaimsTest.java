package org.entente.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.annotate.gazetteer.Dictionaries;
import org.junit.jupiter.api.Test;

class ClaimsTest {

  private final Claims claims = new Claims(ResolveTerms.builtin(), Dictionaries.builtin());

  private static String spans(int start, int end) {
    return "[{\"start\":" + start + ",\"end\":" + end + "}]";
  }

  @Test
  void quotesAnAgreementByItsTitleAndByALaterDefiniteReference() {
    String text = "Leaders of Kazakhstan and Tajikistan signed the Treaty on Allied Relations in Dushanbe. "
        + "Observers said the new treaty would deepen security ties.";
    int end = text.indexOf('.') + 1;
    List<Claim> out = claims.of("d", text, "2024-08-22", List.of(new Claims.Source("agreement",
        "{\"title\":\"Treaty on Allied Relations\",\"doc_type\":\"treaty\",\"parties\":[\"KZ\",\"TJ\"]}",
        "2024-08-22", null, spans(0, end))));
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(c.block()).isEqualTo("KZ-TJ/agreement");
      assertThat(c.words()).containsExactly("allied", "relation");
      assertThat(c.quotes()).extracting(Quote::text).containsExactly("Treaty on Allied Relations", "the new treaty");
    });
  }

  @Test
  void factsWithoutAPairTakeTheDocumentsMainPair() {
    String text = "Kazakhstan and Tajikistan signed a treaty. The commission met in Astana.";
    List<Claim> out = claims.of("d", text, null, List.of(
        new Claims.Source("agreement", "{\"title\":\"treaty\",\"doc_type\":\"treaty\",\"parties\":[\"TJ\",\"KZ\"]}",
            null, null, spans(0, 42)),
        new Claims.Source("institution_session", "{\"institution\":\"commission\"}", null, null, spans(43, 72))));
    assertThat(out).extracting(Claim::block).containsExactly("KZ-TJ/agreement", "KZ-TJ/institution");
  }

  @Test
  void titleWordsDropCountriesTypesAndStopWordsAndFoldSynonyms() {
    assertThat(claims.words("Treaty on the Fundamentals of the Relations between the Republic of Tajikistan and the Republic of Kazakhstan"))
        .isEqualTo(claims.words("agreement on basic relations"));
    assertThat(claims.words("Kazakh-Tajik Intergovernmental Commission on Economic Cooperation"))
        .containsExactly("commission", "cooperation", "economic");
    assertThat(claims.words("Protocol No. 17 on transport")).containsExactly("no17", "transport");
    assertThat(claims.words("Protocol No. 17 on transport")).isNotEqualTo(claims.words("Protocol No. 18 on transport"));
  }

  @Test
  void aDocumentHeadedByAnAgreementMentionsItInItsEnactingFormulaAndSigningLine() {
    String text = "Joint Declaration of the Presidents of Kazakhstan and Tajikistan\n\n"
        + "Recalling their friendship, the Parties declare the following:\n\n"
        + "1. The Parties will meet every year.\n\nDushanbe, 22 August 2024\n";
    int heading = text.indexOf('\n');
    List<Claim> out = claims.of("d", text, "2024-08-22", List.of(new Claims.Source("agreement",
        "{\"title\":\"Joint Declaration of the Presidents of Kazakhstan and Tajikistan\",\"doc_type\":\"declaration\","
            + "\"parties\":[\"KZ\",\"TJ\"]}", "2024-08-22", null, spans(0, heading))));
    assertThat(out).singleElement().satisfies(c -> assertThat(c.quotes()).extracting(Quote::text)
        .containsExactly("Joint Declaration of the Presidents of Kazakhstan and Tajikistan",
            "the Parties declare the following", "Dushanbe, 22 August 2024"));
  }

  @Test
  void theSentenceAfterASigningMentionsTheAgreementByItsCeremonyOrByAPronoun() {
    String text = "The presidents signed the Treaty on the State Border in Bishkek. "
        + "The ceremony took place in the presidential palace, before the press. "
        + "Observers welcomed it.\n\nIn March the leaders signed a Treaty on Water Sharing. "
        + "Both parliaments ratified it within a week.";
    int first = text.indexOf('.') + 1;
    int second = text.indexOf("In March");
    List<Claim> out = claims.of("d", text, "2025-03-13", List.of(
        new Claims.Source("agreement", "{\"title\":\"Treaty on the State Border\",\"doc_type\":\"treaty\","
            + "\"parties\":[\"KG\",\"TJ\"]}", "2025-03-13", null, spans(0, first)),
        new Claims.Source("agreement", "{\"title\":\"Treaty on Water Sharing\",\"doc_type\":\"treaty\","
            + "\"parties\":[\"KG\",\"TJ\"]}", "2025-03", null, spans(second, text.indexOf('.', second) + 1))));
    assertThat(out).extracting(c -> c.quotes().stream().map(Quote::text).toList()).containsExactly(
        List.of("Treaty on the State Border", "The ceremony took place in the presidential palace"),
        List.of("Treaty on Water Sharing", "Both parliaments ratified it within a week"));
  }

  @Test
  void visitsToldInOneSentenceAreQuotedEachByItsOwnClause() {
    String text = "The state visit, which ends on Thursday, is his third to Kyrgyzstan, after those of 2000 and 2019.";
    String visit = "{\"visitor\":\"vladimir-putin\",\"visitor_country\":\"RU\",\"host_country\":\"KG\"}";
    String all = spans(0, text.length());
    List<Claim> out = claims.of("d", text, "2025-11-25", List.of(
        new Claims.Source("visit", visit, "2025-11-25", null, all),
        new Claims.Source("visit", visit, "2000", null, all),
        new Claims.Source("visit", visit, "2019", null, all)));
    assertThat(out).extracting(c -> c.quotes().get(0).text()).containsExactly(
        "The state visit, which ends on Thursday, is his third to Kyrgyzstan", "after those of 2000", "2019");
  }
}
