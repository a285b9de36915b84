package org.entente.server.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.server.views.Facts.fact;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactAgreementRegistryTest {

  @Test
  void groupsMentionsByTypeAndNormalizedTitle() {
    var registry = new FactAgreementRegistry(List.of(
        fact(1, "a", "agreement", "{\"title\":\"The Treaty on Strategic Partnership\",\"doc_type\":\"treaty\",\"parties\":[\"KZ\",\"TJ\"]}", "2015-09-14"),
        fact(2, "b", "agreement", "{\"title\":\"treaty on strategic  partnership\",\"doc_type\":\"treaty\"}", "2015"),
        fact(3, "b", "agreement", "{\"title\":\"Treaty on Strategic Partnership\",\"doc_type\":\"memorandum\"}", null)));
    assertThat(registry.agreements()).hasSize(2);
    AgreementEntry treaty = registry.agreements().stream().filter(a -> a.docType().equals("treaty")).findFirst().orElseThrow();
    assertThat(treaty.sources()).isEqualTo(2);
    assertThat(treaty.mentions()).extracting(Mention::fact).containsExactly(2L, 1L);
    assertThat(treaty.date()).isEqualTo("2015-09-14");
    assertThat(treaty.dateConflict()).isFalse();
    assertThat(treaty.parties()).containsExactly("KZ", "TJ");
    assertThat(registry.find(treaty.id())).contains(treaty);
  }

  @Test
  void keepsTheMostPreciseDateMentionsAgreeOnAndFlagsDisagreement() {
    assertThat(FactAgreementRegistry.agreedDate(Set.of("1993", "1993-01", "1993-01-13"))).isEqualTo("1993-01-13");
    assertThat(FactAgreementRegistry.agreedDate(Set.of("1993", "1995"))).isNull();
    var registry = new FactAgreementRegistry(List.of(
        fact(1, "a", "agreement", "{\"title\":\"Treaty on Friendship\",\"doc_type\":\"treaty\"}", "1993"),
        fact(2, "b", "agreement", "{\"title\":\"Treaty on Friendship\",\"doc_type\":\"treaty\"}", "1995")));
    assertThat(registry.agreements().get(0).dateConflict()).isTrue();
    assertThat(registry.agreements().get(0).dates()).containsExactly("1993", "1995");
  }

  @Test
  void aTrailingBetweenThatOnlyNamesThePartiesDoesNotMakeAnotherAgreement() {
    assertThat(FactAgreementRegistry.normalize(
            "Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of Tajikistan"))
        .isEqualTo(FactAgreementRegistry.normalize("Treaty on Allied Relations"))
        .isEqualTo(FactAgreementRegistry.normalize("TREATY ON ALLIED RELATIONS BETWEEN KAZAKHSTAN AND TAJIKISTAN"));
    assertThat(FactAgreementRegistry.normalize("Agreement between the Governments on cooperation in energy"))
        .isEqualTo("agreement governments cooperation energy");
  }

  @Test
  void idsAreStableAndSafeInAUrl() {
    var f = List.of(fact(1, "a", "agreement", "{\"title\":\"Protocol <on> \\\"things\\\" & more / again\",\"doc_type\":\"protocol\"}", null));
    String id = new FactAgreementRegistry(f).agreements().get(0).id();
    assertThat(id).matches("[a-z0-9-]+").isEqualTo(new FactAgreementRegistry(f).agreements().get(0).id());
  }
}
