package org.entente.ingest;

import java.util.Objects;
import org.entente.text.Diagnostic;
import org.entente.text.Document;

/** What reading the inputs yields, one event per document, failure or skipped file. */
public sealed interface IngestEvent {

  /**
   * A document was read.
   *
   * @param document the document
   * @param bytes the size of its input in bytes
   */
  record Read(Document document, long bytes) implements IngestEvent {
    /** Requires a document. */
    public Read {
      Objects.requireNonNull(document, "document");
    }
  }

  /**
   * An input could not be read; the others go on.
   *
   * @param failure why
   */
  record Failed(IngestFailure failure) implements IngestEvent {
    /** Requires a failure. */
    public Failed {
      Objects.requireNonNull(failure, "failure");
    }
  }

  /**
   * A file met while walking a folder that is not a document (an image, a gold file); not an
   * error.
   *
   * @param diagnostic the file and why it was skipped
   */
  record Skipped(Diagnostic diagnostic) implements IngestEvent {
    /** Requires a diagnostic. */
    public Skipped {
      Objects.requireNonNull(diagnostic, "diagnostic");
    }
  }
}
