package org.entente.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.entente.annotate.sentence.SentenceSplitter;
import org.entente.annotate.token.Tokenizer;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;

class PipelineTest {

  @Test
  void refusesAStageWhoseRequirementNoEarlierStageProducesAndSaysHowToFixIt() {
    assertThatThrownBy(() -> Pipeline.of(List.of(new SentenceSplitter(), new Tokenizer())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annotator 'sentences' requires layer 'tokens', which no earlier stage produces; add 'tokens' before 'sentences'");
  }

  @Test
  void refusesTwoStagesProducingOneLayer() {
    assertThatThrownBy(() -> Pipeline.of(List.of(new Tokenizer(), new Annotator() {
      public String name() {
        return "other-tokens";
      }

      public Set<Layer<?>> requires() {
        return Set.of();
      }

      public Set<Layer<?>> produces() {
        return Set.of(Layers.TOKENS);
      }

      public void annotate(AnnotatedDocument doc, LayerSink out) {}
    }))).hasMessage("layer 'tokens' is produced by both 'tokens' and 'other-tokens'");
  }

  @Test
  void aStageThatDoesNotWriteWhatItDeclaresFailsLoudly() {
    Annotator lazy = new Annotator() {
      public String name() {
        return "lazy";
      }

      public Set<Layer<?>> requires() {
        return Set.of();
      }

      public Set<Layer<?>> produces() {
        return Set.of(Layers.TOKENS);
      }

      public void annotate(AnnotatedDocument doc, LayerSink out) {}
    };
    assertThatThrownBy(() -> Pipeline.of(List.of(lazy)).annotate(new Document("d", "text", null, null, null, null, "t")))
        .hasMessageContaining("did not write its layers [tokens]");
  }

  @Test
  void laterStagesSeeTheLayersOfEarlierOnes() {
    AnnotatedDocument doc = Pipeline.of(List.of(new Tokenizer(), new SentenceSplitter()))
        .annotate(new Document("d", "One. Two.", null, null, null, null, "t"));
    assertThat(doc.get(Layers.TOKENS)).hasSize(4);
    assertThat(doc.get(Layers.SENTENCES)).hasSize(2);
    assertThatThrownBy(() -> doc.get(Layers.TIMES)).hasMessageContaining("layer 'times' was not produced");
  }
}
