package org.entente.server.http;

/**
 * A request that cannot be answered, with the HTTP status and a message that says what was wrong.
 * Handlers throw it; one mapper per surface (JSON for the API, a page for the web) renders it.
 */
public final class HttpError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  private HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** 400: a parameter is malformed or out of bounds. */
  public static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }

  /** 401: a token is required and was missing or wrong. */
  public static HttpError unauthorized(String message) {
    return new HttpError(401, message);
  }

  /** 403: the server does not allow this at all. */
  public static HttpError forbidden(String message) {
    return new HttpError(403, message);
  }

  /** 404: no such thing. */
  public static HttpError notFound(String message) {
    return new HttpError(404, message);
  }

  /** 413: the request body is larger than allowed. */
  public static HttpError tooLarge(String message) {
    return new HttpError(413, message);
  }

  /** 415: the request body is of a type not accepted here. */
  public static HttpError unsupportedType(String message) {
    return new HttpError(415, message);
  }

  /** 422: the request was understood but nothing in it could be used. */
  public static HttpError unprocessable(String message) {
    return new HttpError(422, message);
  }
}
