package org.entente.annotate;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * A document with the layers produced so far. Immutable: a stage reads the layers of the stages
 * before it and writes its own through a {@link LayerSink}.
 */
public final class AnnotatedDocument {

  private final Document document;
  private final Map<Layer<?>, List<? extends Annotation>> layers;

  AnnotatedDocument(Document document, Map<Layer<?>, List<? extends Annotation>> layers) {
    this.document = Objects.requireNonNull(document, "document");
    this.layers = Collections.unmodifiableMap(new HashMap<>(layers));
  }

  /** A document over a map no one else holds: no copy. */
  static AnnotatedDocument owning(Document document, Map<Layer<?>, List<? extends Annotation>> layers) {
    return new AnnotatedDocument(document, Collections.unmodifiableMap(layers), true);
  }

  private AnnotatedDocument(
      Document document, Map<Layer<?>, List<? extends Annotation>> layers, boolean owned) {
    this.document = Objects.requireNonNull(document, "document");
    this.layers = layers;
  }

  /** The document. */
  public Document document() {
    return document;
  }

  /** The text, exactly as stored. */
  public String text() {
    return document.text();
  }

  /** The publication date, or {@code null} when unknown. */
  public PartialDate published() {
    return document.published();
  }

  /** True when the layer has been produced. */
  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /**
   * The annotations of a layer, sorted by span.
   *
   * @throws IllegalStateException when no earlier stage produced it
   */
  @SuppressWarnings("unchecked")
  public <T extends Annotation> List<T> get(Layer<T> layer) {
    List<? extends Annotation> list = layers.get(layer);
    if (list == null) {
      throw new IllegalStateException(
          "layer '" + layer + "' was not produced; produced: " + layers.keySet());
    }
    return (List<T>) list;
  }

  Map<Layer<?>, List<? extends Annotation>> layers() {
    return layers;
  }
}
