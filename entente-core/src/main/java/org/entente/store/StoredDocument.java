package org.entente.store;

import java.util.Objects;
import org.entente.text.Document;

/**
 * A document as the store holds it.
 *
 * @param document the document
 * @param version its version number, from 1
 * @param contentHash the SHA-256 of its text and metadata, in hex
 */
public record StoredDocument(Document document, int version, String contentHash) {
  /** Requires a document and a positive version. */
  public StoredDocument {
    Objects.requireNonNull(document, "document");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1: " + version);
    }
  }
}
