package org.entente.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * The checks every annotator must pass on any text (in the manner of Lucene's
 * BaseTokenStreamTestCase): it runs, writes its layers, and keeps its spans inside the text.
 */
public final class AnnotatorInvariants {

  private AnnotatorInvariants() {}

  /** Texts that have broken tokenizers and splitters elsewhere. */
  public static final List<String> HOSTILE =
      List.of(
          " ",
          ".",
          "...",
          "\n\n\n",
          "A",
          "1.",
          "- ",
          "(",
          "'s",
          "U.S.",
          "N.",
          "«»“”‘’",
          "😀😀 😀. 😀",
          "\u0000\u0001\u200b\ufeff",
          "1.2.3.4.5",
          "$$$ %%% ---",
          "ASTANA, May 4.",
          "a-".repeat(1000),
          "x".repeat(100_000),
          "1, ".repeat(5000),
          "Mr. ".repeat(2000));

  /** Runs {@code pipeline} on every hostile text and checks the invariants of every layer. */
  public static void check(Pipeline pipeline) {
    for (String text : HOSTILE) {
      for (PartialDate published : new PartialDate[] {null, PartialDate.parse("2021-05-20")}) {
        AnnotatedDocument doc = pipeline.annotate(new Document("t", text.isBlank() ? text + "x" : text, published, null, null, null, "test"));
        for (Annotator stage : pipeline.stages()) {
          for (Layer<?> layer : stage.produces()) {
            List<? extends Annotation> list = doc.get(layer);
            for (int k = 0; k < list.size(); k++) {
              Annotation a = list.get(k);
              assertThat(a.span().end()).as("%s in %s", a, layer).isLessThanOrEqualTo(doc.text().length());
              if (k > 0) {
                assertThat(list.get(k - 1).span().start()).isLessThanOrEqualTo(a.span().start());
              }
            }
          }
        }
      }
    }
  }
}
