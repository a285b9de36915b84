package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * An open store: one database connection, migrated to the newest schema when opened. Not
 * thread-safe; open one per thread or process.
 */
public final class Store implements AutoCloseable {

  private final StoreLocation location;
  private final Connection connection;
  private final DocumentRepository documents;
  private final FactRepository facts;
  private final KnowledgeRepository knowledge;
  private final boolean h2;

  private Store(StoreLocation location, Connection connection, boolean h2) {
    this.location = location;
    this.h2 = h2;
    this.connection = connection;
    this.documents = new DocumentRepository(connection, h2 ? NulSafeText.AS_IS : NulSafeText.ESCAPED);
    this.facts = new FactRepository(connection);
    this.knowledge = new KnowledgeRepository(connection);
  }

  /**
   * Opens (creating when needed) and migrates the store.
   *
   * @throws StoreException when the database cannot be reached, is locked, or cannot be migrated
   */
  public static Store open(StoreLocation location) {
    if (location instanceof StoreLocation.Embedded embedded) {
      try {
        Files.createDirectories(embedded.folder());
      } catch (java.io.IOException e) {
        throw new StoreException("cannot create the data folder " + embedded.folder() + ": " + e, e);
      }
    }
    String url = location.jdbcUrl();
    boolean h2 = url.startsWith("jdbc:h2:");
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:org/entente/store/migration")
          .placeholders(Map.of("text", h2 ? "CLOB" : "TEXT"))
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot prepare the " + location.describe() + ": " + rootMessage(e), e);
    }
    try {
      Connection connection = DriverManager.getConnection(url);
      connection.setAutoCommit(false);
      return new Store(location, connection, h2);
    } catch (SQLException e) {
      throw new StoreException("cannot open the " + location.describe() + ": " + rootMessage(e), e);
    }
  }

  /** The default data folder: {@code ./entente-data}. */
  public static Path defaultDataFolder() {
    return Path.of("entente-data");
  }

  /** Where this store lives. */
  public StoreLocation location() {
    return location;
  }

  /** Documents and their versions. */
  public DocumentRepository documents() {
    return documents;
  }

  /** Extracted facts. */
  public FactRepository facts() {
    return facts;
  }

  /** The knowledge base: claims, resolved entities, blocks to resolve again. */
  public KnowledgeRepository knowledge() {
    return knowledge;
  }

  /**
   * Makes everything written since the last commit durable: once this returns, a crash or a kill
   * of the process does not lose it.
   */
  public void commit() {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot commit to the " + location.describe() + ": " + rootMessage(e), e);
    }
  }

  /** Undoes everything written since the last commit (an ingest that failed half-way). */
  public void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw new StoreException("cannot roll back the " + location.describe() + ": " + rootMessage(e), e);
    }
  }

  /**
   * Commits, and when this is an embedded store whose file is mostly space that earlier versions
   * left behind (H2 appends and reclaims only a little on each close), rewrites it without that
   * space and closes it. Answers true when it did; the store is then closed. A server database
   * reclaims its own space and is left as it is.
   *
   * @param minimumFillRate compact when less than this percentage of the file is live data
   */
  public boolean compactIfSparse(int minimumFillRate) {
    if (!h2) {
      return false;
    }
    try (java.sql.Statement st = connection.createStatement()) {
      connection.commit();
      int fillRate = 100;
      try (java.sql.ResultSet rs = st.executeQuery(
          "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
        if (rs.next()) {
          fillRate = Integer.parseInt(rs.getString(1).strip());
        }
      }
      if (fillRate >= minimumFillRate) {
        return false;
      }
      st.execute("SHUTDOWN COMPACT");
      return true;
    } catch (SQLException | NumberFormatException e) {
      throw new StoreException("cannot compact the " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  /** Commits what is pending, then closes the connection. */
  @Override
  public void close() {
    try {
      if (connection.isClosed()) {
        return; // closed by compactIfSparse
      }
      connection.commit();
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
