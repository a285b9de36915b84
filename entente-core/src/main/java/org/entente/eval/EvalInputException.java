package org.entente.eval;

/**
 * Input the scorer cannot score: a line that is not JSON, or a value score.py would stop on (a
 * {@code TypeError} or {@code KeyError} there). The message says where and what was found.
 */
public final class EvalInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  EvalInputException(String message) {
    super(message);
  }

  EvalInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
