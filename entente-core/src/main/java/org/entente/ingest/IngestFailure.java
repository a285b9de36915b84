package org.entente.ingest;

import java.nio.file.Path;
import org.entente.text.Diagnostic;

/**
 * Why one input could not become a document. Checked, because the caller decides per document:
 * the ingest reports it and goes on with the next one.
 */
public final class IngestFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** The closed family of ingest problems. */
  public enum Kind {
    MISSING("no such file"),
    UNREADABLE("cannot read"),
    UNSUPPORTED("unsupported type"),
    CORRUPT("corrupt or unparseable"),
    ENCRYPTED("encrypted"),
    ENCODING("not valid UTF-8"),
    EMPTY("no text"),
    TOO_LARGE("too large"),
    MALFORMED("malformed");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** A short human label, used as the start of the message. */
    public String label() {
      return label;
    }
  }

  private final Kind kind;
  private final transient Diagnostic diagnostic;

  IngestFailure(Kind kind, Path file, int line, String detail) {
    this(kind, file.toString(), line, detail, null);
  }

  IngestFailure(Kind kind, Path file, String detail, Throwable cause) {
    this(kind, file.toString(), 0, detail, cause);
  }

  private IngestFailure(Kind kind, String location, int line, String detail, Throwable cause) {
    super(new Diagnostic(location, line, kind.label() + ": " + detail).toString(), cause);
    this.kind = kind;
    this.diagnostic = new Diagnostic(location, line, kind.label() + ": " + detail);
  }

  /** What kind of problem this is. */
  public Kind kind() {
    return kind;
  }

  /** The located message: file, line when known, kind and detail. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
