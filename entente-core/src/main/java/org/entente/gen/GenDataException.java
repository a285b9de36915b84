package org.entente.gen;

import java.util.List;
import org.entente.text.Diagnostic;

/** The generator's data files are invalid: every problem, each with its file and line. */
public final class GenDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> problems;

  GenDataException(List<Diagnostic> problems) {
    super(
        problems.size() + " problem(s) in the generator's data:\n  "
            + String.join("\n  ", problems.stream().map(Diagnostic::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<Diagnostic> problems() {
    return problems;
  }
}
