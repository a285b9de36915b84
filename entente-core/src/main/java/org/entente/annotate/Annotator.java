package org.entente.annotate;

import java.util.Set;

/**
 * One stage of the annotation pipeline. Immutable and thread-safe; loads its data when
 * constructed and fails there, with file and line, never inside {@link #annotate}.
 */
public interface Annotator {

  /** Stable: used in configuration, messages and provenance. */
  String name();

  /** Layers an earlier stage must produce. */
  Set<Layer<?>> requires();

  /** Layers this stage writes, each exactly once. */
  Set<Layer<?>> produces();

  /** Annotates; never throws on any text. */
  void annotate(AnnotatedDocument doc, LayerSink out);
}
