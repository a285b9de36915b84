package org.entente.server.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;
import org.entente.resolve.Quote;
import org.entente.server.model.DocumentView;
import org.entente.server.model.EvidenceSpan;
import org.entente.server.model.FactView;
import org.entente.server.model.Snapshot;
import org.entente.server.model.When;
import org.junit.jupiter.api.Test;

class MentionsTest {

  private static final String TEXT = "The Accord on River Ferries was signed on 2 May 2020. The Parties agree as follows.";

  private static Claim claim(int seq, Quote... quotes) {
    return new Claim("ferries", seq, "agreement", Map.of("title", "Accord on River Ferries"), "2020-05-02", null,
        "2020-06", List.of(quotes), List.of("ferries", "river"), "KZ-TJ/agreement");
  }

  private static Snapshot snapshot(Entity e) throws Exception {
    FactView fact = new FactView(41, "ferries", "agreement", new ObjectMapper().readTree("{\"title\":\"Accord on River Ferries\"}"),
        new When("2020-05-02", null), List.of(new EvidenceSpan(0, 52)), null, TEXT.substring(0, 52), Set.of("KZ", "TJ"), Set.of());
    return Snapshot.of(List.of(new DocumentView("ferries", 1, null, "2020-06", null, "en", TEXT)), List.of(fact), List.of(e));
  }

  @Test
  void aQuoteInsideAFactsEvidenceLinksToThatFactAndAnyOtherToItsOwnCodePoints() throws Exception {
    Quote title = new Quote(4, 27, "Accord on River Ferries");
    Quote formula = new Quote(53, 83, "The Parties agree as follows.");
    Claim c = claim(0, title, formula);
    Entity e = new Entity("kz-tj-accord-river-ferries", "agreement", "KZ-TJ/agreement", c.args(), "2020-05-02", null,
        List.of(c), List.of());
    Snapshot s = snapshot(e);
    List<Mention> mentions = new Mentions(s).all(e);
    assertThat(mentions).extracting(Mention::href)
        .containsExactly("/documents/ferries#f-41", "/documents/ferries#q-53-83");
    assertThat(s.unanchoredQuotes("ferries")).containsExactly(new EvidenceSpan(53, 83));
  }
}
