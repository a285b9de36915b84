package org.entente.annotate.amount;

import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotator;
import org.entente.annotate.Layer;
import org.entente.annotate.LayerSink;
import org.entente.annotate.Layers;

/**
 * Finds money, percentages, counts of things and bare numbers in a text and writes them to
 * {@link Layers#AMOUNTS}: "over $1.13 billion" (money, 1.13e9 USD, over), "18.5 percent", "75
 * bilateral documents" (a count of documents), "twenty" (a number).
 *
 * <p>Reads its vocabulary from line-oriented UTF-8 files beside this class, each explaining its
 * format in its opening comment: {@code number-words.txt} (word value), {@code scales.txt} (form
 * value [money-only]), {@code currencies.txt} (CODE symbol|code|name form), {@code units.txt}
 * (percent|count|not-adjective form), {@code qualifiers.txt} (ABOUT|OVER|UNDER phrase|verb form)
 * and {@code not-amounts.txt} (month|id|time form). A malformed file fails the constructor with
 * {@code file:line: what was expected}.
 *
 * <p>Not amounts: years and dates ("in 2021", "May 19", "01.03.2020", "2021-2023"), which the time
 * annotator reads; ordinals ("2nd", "second"); ids ("No. 5", "COVID-19", "A320"); list marks at
 * the start of a line ("1. The Parties"); modifiers ("two-day", "5-year"); and "one" alone,
 * mostly a pronoun. A count needs a noun from {@code units.txt}: a list, not a guess at plurals,
 * keeps "2 was" or "5 plus" out.
 *
 * <p>Immutable and thread-safe.
 */
public final class AmountAnnotator implements Annotator {

  private final Lexicon lexicon;

  /** Loads the vocabulary from the classpath. */
  public AmountAnnotator() {
    this(Lexicon.load());
  }

  AmountAnnotator(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "amounts";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.AMOUNTS);
  }

  @Override
  public void annotate(AnnotatedDocument doc, LayerSink out) {
    out.put(Layers.AMOUNTS, new AmountScanner(lexicon, doc.text()).scan());
  }
}
