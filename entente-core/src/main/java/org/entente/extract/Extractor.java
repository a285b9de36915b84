package org.entente.extract;

import java.util.List;

/**
 * Extracts the facts of one family of types from a document. Immutable and thread-safe; loads its
 * vocabulary when constructed and fails there, never inside {@link #extract}.
 */
interface Extractor {

  /** Stable name, the first part of its rule ids. */
  String name();

  /** The facts found; never throws on any document. */
  List<Fact> extract(DocContext doc);
}
