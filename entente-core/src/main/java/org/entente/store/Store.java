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

  private Store(StoreLocation location, Connection connection, boolean h2) {
    this.location = location;
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

  /** Commits what is pending, then closes the connection. */
  @Override
  public void close() {
    try {
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
