package org.entente.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives: an embedded H2 database in a folder, or a database server reached by
 * URL.
 */
public sealed interface StoreLocation {

  /** The JDBC URL. */
  String jdbcUrl();

  /** A description for people (no password). */
  String describe();

  /**
   * An embedded H2 database in {@code folder}.
   *
   * @param folder the data folder, created when missing
   */
  record Embedded(Path folder) implements StoreLocation {
    /** Requires a folder. */
    public Embedded {
      Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String jdbcUrl() {
      // WRITE_DELAY=0: a commit reaches the file before we report the document stored, so a
      // process killed right after still holds it.
      return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("entente") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=2000";
    }

    @Override
    public String describe() {
      return "embedded H2 database in " + folder;
    }
  }

  /**
   * A database server: {@code postgresql://user:password@host:port/db} or a {@code jdbc:} URL.
   *
   * @param url the URL as given
   */
  record Server(String url) implements StoreLocation {
    /** Requires a postgresql: or jdbc: URL. */
    public Server {
      Objects.requireNonNull(url, "url");
      if (!url.startsWith("jdbc:") && !url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
        throw new IllegalArgumentException(
            "expected a database URL such as postgresql://user:password@localhost:5432/entente"
                + " or jdbc:postgresql://..., found '" + url + "'");
      }
    }

    @Override
    public String jdbcUrl() {
      if (url.startsWith("jdbc:")) {
        return url;
      }
      return PostgresUrls.toJdbc(url);
    }

    @Override
    public String describe() {
      return jdbcUrl().replaceAll("password=[^&]*", "password=***");
    }
  }
}
