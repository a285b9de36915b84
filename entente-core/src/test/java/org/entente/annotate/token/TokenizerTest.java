package org.entente.annotate.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.annotate.AnnotatorInvariants;
import org.entente.annotate.Pipeline;
import org.entente.annotate.Token;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> tokens(String text) {
    return tokenizer.tokenize(text).stream().map(t -> t.span().of(text)).toList();
  }

  @Test
  void keepsHyphenatedNamesAndInnerApostrophesTogether() {
    assertThat(tokens("Kassym-Jomart Tokayev visited Côte d'Ivoire"))
        .containsExactly("Kassym-Jomart", "Tokayev", "visited", "Côte", "d'Ivoire");
  }

  @Test
  void splitsThePossessive() {
    assertThat(tokens("Kazakhstan's and Tajikistan’s")).containsExactly("Kazakhstan", "'s", "and", "Tajikistan", "’s");
  }

  @Test
  void keepsInitialsAndDottedAcronymsWithTheirDots() {
    assertThat(tokens("N. Nazarbayev and the U.S. side.")).containsExactly("N.", "Nazarbayev", "and", "the", "U.S.", "side", ".");
  }

  @Test
  void keepsNumbersWithInnerSeparatorsButSplitsRanges() {
    assertThat(tokens("$1.13 billion, 1,000 tons on 01.03.2020 in 2021-2023."))
        .containsExactly("$", "1.13", "billion", ",", "1,000", "tons", "on", "01.03.2020", "in", "2021", "-", "2023", ".");
  }

  @Test
  void classifiesTokens() {
    String text = "Trade grew 18% to $2";
    assertThat(tokenizer.tokenize(text))
        .extracting(Token::kind)
        .containsExactly(Token.Kind.WORD, Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.SYMBOL, Token.Kind.WORD,
            Token.Kind.SYMBOL, Token.Kind.NUMBER);
  }

  @Test
  void handlesEveryQuoteStyleAndSupplementaryCharacters() {
    assertThat(tokens("«Allies» “friends” ‘partners’ 😀"))
        .containsExactly("«", "Allies", "»", "“", "friends", "”", "‘", "partners", "’", "😀");
  }

  @Test
  void keepsTheInvariantsOnHostileText() {
    AnnotatorInvariants.check(Pipeline.of(List.of(tokenizer)));
  }
}
