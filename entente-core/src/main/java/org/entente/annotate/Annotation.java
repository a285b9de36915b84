package org.entente.annotate;

import org.entente.text.Span;

/** Something found in a document's text, at a span. */
public sealed interface Annotation
    permits Sentence, Token, LowerCase, ActorMention, BodyMention, TimeExpression, Amount {

  /** Where in the text, as char offsets. */
  Span span();
}
