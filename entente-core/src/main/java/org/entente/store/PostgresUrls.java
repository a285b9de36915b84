package org.entente.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Turns {@code postgresql://user:password@host:port/db?opts} into a JDBC URL. */
final class PostgresUrls {

  private PostgresUrls() {}

  static String toJdbc(String url) {
    URI uri;
    try {
      uri = new URI(url.replaceFirst("^postgres://", "postgresql://"));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid database URL: " + e.getMessage(), e);
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new IllegalArgumentException(
          "expected postgresql://user:password@host:port/database, found '" + url + "'");
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(uri.getPath());
    String sep = "?";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      jdbc.append(sep).append("user=").append(decode(parts[0]));
      sep = "&";
      if (parts.length == 2) {
        jdbc.append(sep).append("password=").append(decode(parts[1]));
      }
    }
    if (uri.getRawQuery() != null) {
      jdbc.append(sep).append(uri.getRawQuery());
    }
    return jdbc.toString();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
