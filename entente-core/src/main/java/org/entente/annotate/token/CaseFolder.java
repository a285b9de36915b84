package org.entente.annotate.token;

import java.util.List;
import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotator;
import org.entente.annotate.Layer;
import org.entente.annotate.LayerSink;
import org.entente.annotate.Layers;
import org.entente.annotate.LowerCase;

/**
 * Lower-cases the text and its tokens once per document ({@link Layers#LOWER_CASE}), for the
 * stages after it that match words in any case. Stateless and thread-safe.
 */
public final class CaseFolder implements Annotator {

  @Override
  public String name() {
    return "lower-case";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.LOWER_CASE);
  }

  @Override
  public void annotate(AnnotatedDocument doc, LayerSink out) {
    out.put(Layers.LOWER_CASE, List.of(LowerCase.of(doc.text(), doc.get(Layers.TOKENS))));
  }
}
