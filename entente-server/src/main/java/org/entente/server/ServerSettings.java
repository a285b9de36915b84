package org.entente.server;

/**
 * How the server listens and what it accepts.
 *
 * @param bind the address to listen on, e.g. {@code 127.0.0.1}
 * @param port the port, 0 for any free one
 * @param token the upload token, or null for a read-only server
 * @param maxUploadBytes the largest upload body accepted
 */
public record ServerSettings(String bind, int port, String token, long maxUploadBytes) {

  /** Checks the bounds. */
  public ServerSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535, found " + port);
    }
    if (maxUploadBytes <= 0) {
      throw new IllegalArgumentException("the upload limit must be positive, found " + maxUploadBytes);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
  }
}
