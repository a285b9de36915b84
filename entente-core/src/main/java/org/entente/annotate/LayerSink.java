package org.entente.annotate;

import java.util.List;

/** Where an annotator writes its layers. */
public interface LayerSink {

  /**
   * Writes one layer. The list is copied and sorted by span.
   *
   * @throws IllegalStateException when the layer was not declared by the annotator or is written
   *     twice
   */
  <T extends Annotation> void put(Layer<T> layer, List<? extends T> annotations);
}
