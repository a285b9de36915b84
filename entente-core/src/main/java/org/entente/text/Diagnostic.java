package org.entente.text;

import java.util.Objects;

/**
 * A problem found in some input, located precisely enough for a person to fix it.
 *
 * @param location a file path or resource name
 * @param line the 1-based line, or 0 when the problem concerns the whole input
 * @param message what was expected and what was found
 */
public record Diagnostic(String location, int line, String message) {

  /** Validates that the location and message are present. */
  public Diagnostic {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /** {@code file:line: message}, or {@code file: message} without a line. */
  @Override
  public String toString() {
    return line > 0 ? location + ":" + line + ": " + message : location + ": " + message;
  }
}
