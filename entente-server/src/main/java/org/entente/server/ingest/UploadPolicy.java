package org.entente.server.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.entente.server.http.HttpError;

/**
 * Who may upload: nobody when the server has no token (it is read-only), else whoever presents it
 * as {@code Authorization: Bearer TOKEN}.
 *
 * @param token the token, or null for a read-only server
 * @param maxBytes the largest request body accepted
 */
public record UploadPolicy(String token, long maxBytes) {

  /** Refuses an empty token and a non-positive limit. */
  public UploadPolicy {
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the upload token must not be blank");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  /**
   * Checks the Authorization header.
   *
   * @throws HttpError 403 on a read-only server, 401 when the token is missing or wrong
   */
  public void check(String authorization) {
    if (token == null) {
      throw HttpError.forbidden(
          "this server is read-only: start it with --token or ENTENTE_TOKEN to accept uploads");
    }
    String given =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring("Bearer ".length()).strip()
            : null;
    if (given == null) {
      throw HttpError.unauthorized("uploads need the header 'Authorization: Bearer TOKEN'");
    }
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      throw HttpError.unauthorized("the upload token is wrong");
    }
  }
}
