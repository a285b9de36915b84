package org.entente.annotate;

import java.util.Arrays;
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
  /**
   * The layers in the order they were produced, and their lists at the same index: a pipeline has
   * a dozen layers, so a scan finds one sooner than a hash lookup, and a stage's document is the
   * previous one's arrays with its own layers appended, not a copy of a map.
   */
  private final Layer<?>[] keys;
  private final List<?>[] values;

  /** The document before any stage has run. */
  static AnnotatedDocument of(Document document) {
    return new AnnotatedDocument(document, new Layer<?>[0], new List<?>[0]);
  }

  private AnnotatedDocument(Document document, Layer<?>[] keys, List<?>[] values) {
    this.document = Objects.requireNonNull(document, "document");
    this.keys = keys;
    this.values = values;
  }

  /** This document with more layers, none of which it has yet. */
  AnnotatedDocument with(Map<Layer<?>, List<? extends Annotation>> more) {
    Layer<?>[] k = Arrays.copyOf(keys, keys.length + more.size());
    List<?>[] v = Arrays.copyOf(values, values.length + more.size());
    int i = keys.length;
    for (Map.Entry<Layer<?>, List<? extends Annotation>> e : more.entrySet()) {
      if (has(e.getKey())) {
        throw new IllegalStateException("layer '" + e.getKey() + "' is already on the document");
      }
      k[i] = e.getKey();
      v[i] = e.getValue();
      i++;
    }
    return new AnnotatedDocument(document, k, v);
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
    return indexOf(layer) >= 0;
  }

  private int indexOf(Layer<?> layer) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == layer) {
        return i;
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(layer)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The annotations of a layer, sorted by span.
   *
   * @throws IllegalStateException when no earlier stage produced it
   */
  @SuppressWarnings("unchecked")
  public <T extends Annotation> List<T> get(Layer<T> layer) {
    int i = indexOf(layer);
    if (i < 0) {
      throw new IllegalStateException(
          "layer '" + layer + "' was not produced; produced: " + Arrays.toString(keys));
    }
    return (List<T>) values[i];
  }
}
