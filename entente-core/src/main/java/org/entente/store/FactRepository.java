package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Facts extracted from the current versions of documents. */
public final class FactRepository {

  private final Connection connection;

  FactRepository(Connection connection) {
    this.connection = connection;
  }

  /**
   * Replaces the facts of one document with these, in the open transaction (see {@link
   * Store#commit()}).
   *
   * @throws StoreException when the facts cannot be written; this document's facts are unchanged
   */
  public void replace(String doc, int docVersion, List<StoredFact> facts) {
    java.sql.Savepoint savepoint = null;
    try {
      savepoint = connection.setSavepoint();
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM fact WHERE doc_id = ?")) {
        delete.setString(1, doc);
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO fact (doc_id, doc_version, type, args, when_start, when_end,"
                  + " evidence, rule_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (StoredFact f : facts) {
          insert.setString(1, doc);
          insert.setInt(2, docVersion);
          insert.setString(3, f.type());
          insert.setString(4, f.argsJson());
          insert.setString(5, f.whenStart());
          insert.setString(6, f.whenEnd());
          insert.setString(7, f.evidenceJson());
          insert.setString(8, f.ruleId());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      try {
        if (savepoint != null) {
          connection.rollback(savepoint);
        }
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException(
          "cannot store the facts of '" + doc + "': " + Store.rootMessage(e), e);
    }
  }

  /** Streams every fact of the current document versions, by document then insertion order. */
  public void forEach(Consumer<StoredFact> sink) {
    forEachWithId((id, fact) -> sink.accept(fact));
  }

  /**
   * Streams every fact of the current document versions with its row id, by document then
   * insertion order. An id is stable until the facts of its document are replaced.
   */
  public void forEachWithId(BiConsumer<Long, StoredFact> sink) {
    String sql =
        "SELECT f.doc_id, f.doc_version, f.type, f.args, f.when_start, f.when_end, f.evidence,"
            + " f.rule_id, f.id FROM fact f JOIN document d ON d.id = f.doc_id AND"
            + " d.current_version = f.doc_version ORDER BY f.doc_id, f.id";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setFetchSize(500);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sink.accept(
              rs.getLong(9),
              new StoredFact(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read facts: " + Store.rootMessage(e), e);
    }
  }

  /** Facts of the current document versions per type, sorted by type. */
  public Map<String, Long> countByType() {
    Map<String, Long> counts = new LinkedHashMap<>();
    String sql =
        "SELECT f.type, COUNT(*) FROM fact f JOIN document d ON d.id = f.doc_id AND"
            + " d.current_version = f.doc_version GROUP BY f.type ORDER BY f.type";
    try (PreparedStatement s = connection.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
      return counts;
    } catch (SQLException e) {
      throw new StoreException("cannot count facts: " + Store.rootMessage(e), e);
    }
  }
}
