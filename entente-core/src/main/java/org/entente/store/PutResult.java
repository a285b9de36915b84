package org.entente.store;

/**
 * What storing one document did.
 *
 * @param outcome new document, new version of a known one, or unchanged
 * @param version the version now current
 */
public record PutResult(Outcome outcome, int version) {

  /** The three things storing can do. */
  public enum Outcome {
    /** The id was not known. */
    STORED,
    /** The id was known with other content: a new version was added. */
    NEW_VERSION,
    /** The same content was already current: nothing changed. */
    UNCHANGED
  }
}
