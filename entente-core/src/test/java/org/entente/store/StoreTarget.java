package org.entente.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The stores every store test runs against: the embedded H2 database, and PostgreSQL at {@code
 * ENTENTE_TEST_PG} (default {@code postgresql://entente:entente@127.0.0.1:5432/entente_test}, the
 * server {@code bin/pg-start} starts). PostgreSQL cases are skipped, saying why, only when that
 * server does not answer.
 */
enum StoreTarget {
  H2,
  POSTGRESQL;

  static final String PG_URL =
      System.getenv().getOrDefault("ENTENTE_TEST_PG", "postgresql://entente:entente@127.0.0.1:5432/entente_test");

  static Stream<StoreTarget> all() {
    return Stream.of(values());
  }

  /** A fresh, empty store location: a new folder, or the test database emptied. */
  StoreLocation freshLocation(Path dir) {
    if (this == H2) {
      return new StoreLocation.Embedded(dir);
    }
    StoreLocation.Server server = new StoreLocation.Server(PG_URL);
    String jdbc = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "connectTimeout=3&loginTimeout=3";
    Connection c;
    try {
      c = DriverManager.getConnection(jdbc);
    } catch (SQLException e) {
      assumeTrue(false, "PostgreSQL not reachable at " + server.describe() + " (" + e.getMessage()
          + "); start it with bin/pg-start or set ENTENTE_TEST_PG");
      throw new AssertionError(e);
    }
    try (c; Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database " + server.describe() + ": " + e.getMessage(), e);
    }
    return server;
  }
}
