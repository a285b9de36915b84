package org.entente.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.text.Document;
import org.entente.text.Span;

/**
 * Annotators run in order. Built with {@link #of}, which refuses a stage whose requirements no
 * earlier stage produces, or a layer produced twice. Thread-safe when its stages are.
 */
public final class Pipeline {

  private final List<Annotator> stages;

  private Pipeline(List<? extends Annotator> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * A pipeline of these stages, in this order.
   *
   * @throws IllegalArgumentException naming the stage and the missing layer, and how to fix it
   */
  public static Pipeline of(List<? extends Annotator> stages) {
    Map<Layer<?>, String> producedBy = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (Annotator stage : stages) {
      if (!names.add(stage.name())) {
        throw new IllegalArgumentException("annotator '" + stage.name() + "' appears twice");
      }
      for (Layer<?> needed : stage.requires()) {
        if (!producedBy.containsKey(needed)) {
          String producer =
              stages.stream()
                  .filter(s -> s.produces().contains(needed))
                  .map(Annotator::name)
                  .findFirst()
                  .map(n -> "add '" + n + "' before '" + stage.name() + "'")
                  .orElse("add an annotator that produces it");
          throw new IllegalArgumentException(
              "annotator '" + stage.name() + "' requires layer '" + needed
                  + "', which no earlier stage produces; " + producer);
        }
      }
      for (Layer<?> made : stage.produces()) {
        String earlier = producedBy.putIfAbsent(made, stage.name());
        if (earlier != null) {
          throw new IllegalArgumentException(
              "layer '" + made + "' is produced by both '" + earlier + "' and '" + stage.name() + "'");
        }
      }
    }
    return new Pipeline(stages);
  }

  /** The stages, in order. */
  public List<Annotator> stages() {
    return stages;
  }

  /** Runs every stage over the document. */
  public AnnotatedDocument annotate(Document document) {
    AnnotatedDocument doc = AnnotatedDocument.of(document);
    for (Annotator stage : stages) {
      Sink sink = new Sink(stage, document.text().length());
      stage.annotate(doc, sink);
      Set<Layer<?>> produces = stage.produces();
      if (sink.written.size() != produces.size()) {
        Set<Layer<?>> missing = new LinkedHashSet<>(produces);
        missing.removeAll(sink.written.keySet());
        throw new IllegalStateException(
            "annotator '" + stage.name() + "' did not write its layers " + missing);
      }
      doc = doc.with(sink.written);
    }
    return doc;
  }

  /** Checks what one stage writes: declared layers, once each, spans inside the text. */
  private static final class Sink implements LayerSink {
    private final Annotator stage;
    private final int textLength;
    private final Map<Layer<?>, List<? extends Annotation>> written = HashMap.newHashMap(2);

    Sink(Annotator stage, int textLength) {
      this.stage = stage;
      this.textLength = textLength;
    }

    @Override
    public <T extends Annotation> void put(Layer<T> layer, List<? extends T> annotations) {
      if (!stage.produces().contains(layer)) {
        throw new IllegalStateException(
            "annotator '" + stage.name() + "' wrote layer '" + layer + "' it does not declare");
      }
      if (written.containsKey(layer)) {
        throw new IllegalStateException(
            "annotator '" + stage.name() + "' wrote layer '" + layer + "' twice");
      }
      // one copy, checked: a list already in order needs no sorting
      List<T> copy = List.copyOf(annotations);
      boolean inOrder = true;
      Span previous = null;
      for (T a : copy) {
        Span span = a.span();
        if (span.end() > textLength) {
          throw new IllegalStateException(
              "annotator '" + stage.name() + "' wrote " + a + " beyond the text (" + textLength + ")");
        }
        inOrder &= previous == null || previous.compareTo(span) <= 0;
        previous = span;
      }
      if (!inOrder) {
        List<T> sorted = new ArrayList<>(copy);
        // stable: annotations with the same span keep the order they were written in
        sorted.sort(Comparator.comparing(Annotation::span));
        copy = List.copyOf(sorted);
      }
      written.put(layer, copy);
    }
  }
}
