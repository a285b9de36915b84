package org.entente.annotate;

import java.util.List;
import org.entente.annotate.amount.AmountAnnotator;
import org.entente.annotate.gazetteer.ActorAnnotator;
import org.entente.annotate.gazetteer.BodyAnnotator;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.annotate.gazetteer.RoleAnnotator;
import org.entente.annotate.sentence.SentenceSplitter;
import org.entente.annotate.time.TimeAnnotator;
import org.entente.annotate.token.CaseFolder;
import org.entente.annotate.token.Tokenizer;

/** The annotation pipeline every command and job uses: one place decides the stages and order. */
public final class StandardPipeline {

  private StandardPipeline() {}

  /**
   * Tokens, their lower case, sentences, actors, times, roles (dated by their sentence), bodies, amounts. Loads and validates every data file
   * now, so that a bad dictionary fails at start-up with its file and line.
   */
  public static Pipeline create(Dictionaries dictionaries) {
    Tokenizer tokenizer = new Tokenizer();
    return Pipeline.of(
        List.of(
            tokenizer,
            new CaseFolder(),
            new SentenceSplitter(),
            new ActorAnnotator(dictionaries, tokenizer),
            new TimeAnnotator(),
            new RoleAnnotator(dictionaries, tokenizer),
            new BodyAnnotator(dictionaries, tokenizer),
            new AmountAnnotator()));
  }
}
