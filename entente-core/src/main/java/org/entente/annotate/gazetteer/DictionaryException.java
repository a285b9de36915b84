package org.entente.annotate.gazetteer;

import java.util.List;
import org.entente.text.Diagnostic;

/** A dictionary file is malformed; the message lists every problem with its file and line. */
public final class DictionaryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> problems;

  DictionaryException(List<Diagnostic> problems) {
    super(
        problems.size() == 1
            ? problems.get(0).toString()
            : problems.size() + " problems in dictionaries:\n  "
                + String.join("\n  ", problems.stream().map(Diagnostic::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<Diagnostic> problems() {
    return problems;
  }
}
