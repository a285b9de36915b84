package org.entente.annotate;

import java.util.List;

/** The layers of the standard pipeline. */
public final class Layers {

  private Layers() {}

  /** Sentences, list items and headings. */
  public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);

  /** Words, numbers, punctuation. */
  public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);

  /**
   * The text and its tokens in lower case: one {@link LowerCase} per document, shared by every
   * stage that matches words in any case. A view of the text rather than something found in it,
   * so not among {@link #ALL}.
   */
  public static final Layer<LowerCase> LOWER_CASE = new Layer<>("lower-case", LowerCase.class);

  /** Countries, cities, organizations and persons found by name in the dictionaries. */
  public static final Layer<ActorMention> ACTORS = new Layer<>("actors", ActorMention.class);

  /** Ministries and government bodies recognized by pattern. */
  public static final Layer<BodyMention> BODIES = new Layer<>("bodies", BodyMention.class);

  /** Persons named by their office ("the Kazakh President"), resolved by date. */
  public static final Layer<PersonMention> ROLES = new Layer<>("roles", PersonMention.class);

  /** Dates, periods, lists of dates and vague times, normalized. */
  public static final Layer<TimeExpression> TIMES = new Layer<>("times", TimeExpression.class);

  /** Numbers, money, percentages and counts of things. */
  public static final Layer<Amount> AMOUNTS = new Layer<>("amounts", Amount.class);

  /** All the layers of things found in the text, in pipeline order. */
  public static final List<Layer<?>> ALL =
      List.of(SENTENCES, TOKENS, ACTORS, TIMES, ROLES, BODIES, AMOUNTS);
}
