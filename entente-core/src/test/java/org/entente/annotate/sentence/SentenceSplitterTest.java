package org.entente.annotate.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.annotate.AnnotatorInvariants;
import org.entente.annotate.Layers;
import org.entente.annotate.Pipeline;
import org.entente.annotate.Sentence;
import org.entente.annotate.token.Tokenizer;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final Pipeline pipeline = Pipeline.of(List.of(new Tokenizer(), new SentenceSplitter()));

  private List<Sentence> sentences(String text) {
    return pipeline.annotate(new Document("t", text, null, null, null, null, "test")).get(Layers.SENTENCES);
  }

  /** Sentences as "[text]", with the marker before the bracket when there is one. */
  private String split(String text) {
    StringBuilder b = new StringBuilder();
    for (Sentence s : sentences(text)) {
      if (s.marker() != null) {
        b.append(s.marker());
      }
      b.append('[').append(s.span().of(text)).append(']');
    }
    return b.toString();
  }

  @Test
  void splitsAfterFinalPunctuationBeforeACapital() {
    assertThat(split("The talks ended. The leaders left! Why? Because."))
        .isEqualTo("[The talks ended.][The leaders left!][Why?][Because.]");
  }

  @Test
  void doesNotSplitAfterInitialsAbbreviationsAndAcronyms() {
    assertThat(split("N. Nazarbayev met Mr. Rahmon on Jan. 13 in the U.S. embassy. They talked."))
        .isEqualTo("[N. Nazarbayev met Mr. Rahmon on Jan. 13 in the U.S. embassy.][They talked.]");
  }

  @Test
  void doesNotSplitBeforeALowerCaseWordOrInsideNumbers() {
    assertThat(split("Trade was 1.5 bln. dollars, e.g. in cotton. Done."))
        .isEqualTo("[Trade was 1.5 bln. dollars, e.g. in cotton.][Done.]");
  }

  @Test
  void keepsClosingQuotesWithTheSentence() {
    assertThat(split("He said: “We are allies.” Then he left. «Good.» Fine."))
        .isEqualTo("[He said: “We are allies.”][Then he left.][«Good.»][Fine.]");
  }

  @Test
  void numberedClausesAreSentencesWithTheirNumbers() {
    String text = "Declare as follows:\n\n  1. The Parties establish allied interaction.\n  2) The Parties cooperate\nin energy.\n(3) Final clause.";
    assertThat(split(text))
        .isEqualTo("[Declare as follows:]1.[The Parties establish allied interaction.]2)[The Parties cooperate\nin energy.](3)[Final clause.]");
    assertThat(sentences(text)).extracting(Sentence::clauseNumber).containsExactly(0, 1, 2, 3);
  }

  @Test
  void dashLedListItemsAfterAColonAreSentences() {
    assertThat(split("The following documents were signed:\n- Treaty on allied relations;\n– Agreement on transit\n• Program for 2024-2026"))
        .isEqualTo("[The following documents were signed:]-[Treaty on allied relations;]–[Agreement on transit]•[Program for 2024-2026]");
  }

  @Test
  void headingsWithoutFinalPunctuationStandAlone() {
    assertThat(split("Relations of Tajikistan with Kazakhstan\nDiplomatic relations were established in 1993."))
        .isEqualTo("[Relations of Tajikistan with Kazakhstan][Diplomatic relations were established in 1993.]");
    assertThat(split("Trade and economy\n\nTrade grew."))
        .isEqualTo("[Trade and economy][Trade grew.]");
  }

  @Test
  void joinsHardWrappedLinesOfOneSentence() {
    assertThat(split("The presidents discussed cooperation in the areas of energy, transport and\nwater management, and agreed to meet again."))
        .isEqualTo("[The presidents discussed cooperation in the areas of energy, transport and\nwater management, and agreed to meet again.]");
  }

  @Test
  void keepsTheInvariantsOnHostileText() {
    AnnotatorInvariants.check(pipeline);
  }
}
