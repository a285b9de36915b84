package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * Documents and their versions. A {@link #put} joins the open transaction and is durable once
 * {@link Store#commit()} returns; a put that fails is undone alone (a savepoint), so a document is
 * stored whole or not at all and the others of the transaction stand.
 */
public final class DocumentRepository {

  private final Connection connection;
  private final NulSafeText text;

  DocumentRepository(Connection connection, NulSafeText text) {
    this.connection = connection;
    this.text = text;
  }

  /**
   * Stores a document: unchanged when the current version has the same content hash, a new
   * version when the id is known with other content, else a new document.
   */
  public PutResult put(Document doc, long bytes) {
    String hash = ContentHash.of(doc);
    Timestamp now = Timestamp.from(Instant.now());
    java.sql.Savepoint savepoint = null;
    try {
      savepoint = connection.setSavepoint();
      int current = 0;
      String currentHash = null;
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT d.current_version, v.content_hash FROM document d JOIN document_version v"
                  + " ON v.doc_id = d.id AND v.version = d.current_version WHERE d.id = ?")) {
        select.setString(1, doc.id());
        try (ResultSet rs = select.executeQuery()) {
          if (rs.next()) {
            current = rs.getInt(1);
            currentHash = rs.getString(2).strip();
          }
        }
      }
      if (hash.equals(currentHash)) {
        connection.releaseSavepoint(savepoint);
        return new PutResult(PutResult.Outcome.UNCHANGED, current);
      }
      int version = current + 1;
      if (current == 0) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO document (id, current_version, first_ingested, last_ingested)"
                    + " VALUES (?, ?, ?, ?)")) {
          insert.setString(1, doc.id());
          insert.setInt(2, version);
          insert.setTimestamp(3, now);
          insert.setTimestamp(4, now);
          insert.executeUpdate();
        }
      }
      insertVersion(doc, bytes, hash, version, now);
      if (current > 0) {
        try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE document SET current_version = ?, last_ingested = ? WHERE id = ?")) {
          update.setInt(1, version);
          update.setTimestamp(2, now);
          update.setString(3, doc.id());
          update.executeUpdate();
        }
      }
      connection.releaseSavepoint(savepoint);
      return new PutResult(
          current == 0 ? PutResult.Outcome.STORED : PutResult.Outcome.NEW_VERSION, version);
    } catch (SQLException e) {
      rollbackQuietly(savepoint, e);
      throw new StoreException(
          "cannot store document '" + doc.id() + "': " + Store.rootMessage(e), e);
    }
  }

  private void insertVersion(Document doc, long bytes, String hash, int version, Timestamp now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO document_version (doc_id, version, content_hash, body, code_points,"
                + " bytes, published, published_year, title, source, lang, origin, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, doc.id());
      insert.setInt(2, version);
      insert.setString(3, hash);
      insert.setString(4, text.encode(doc.text()));
      insert.setInt(5, doc.codePointLength());
      insert.setLong(6, bytes);
      insert.setString(7, doc.published() == null ? null : doc.published().toString());
      if (doc.published() == null) {
        insert.setNull(8, java.sql.Types.INTEGER);
      } else {
        insert.setInt(8, doc.published().year());
      }
      insert.setString(9, text.encode(clip(doc.title(), 2000)));
      insert.setString(10, text.encode(clip(doc.source(), 2000)));
      insert.setString(11, text.encode(clip(doc.lang(), 16)));
      insert.setString(12, text.encode(clip(doc.origin(), 4000)));
      insert.setTimestamp(13, now);
      insert.executeUpdate();
    }
  }

  /** The current version of a document, or empty. */
  public Optional<StoredDocument> find(String id) {
    return query(
            "SELECT v.doc_id, v.version, v.body, v.published, v.title, v.source, v.lang, v.origin,"
                + " v.content_hash FROM document d JOIN document_version v ON v.doc_id = d.id AND"
                + " v.version = d.current_version WHERE d.id = ?",
            id)
        .stream()
        .findFirst();
  }

  /** Every version of a document, oldest first. */
  public List<StoredDocument> versions(String id) {
    return query(
        "SELECT v.doc_id, v.version, v.body, v.published, v.title, v.source, v.lang, v.origin,"
            + " v.content_hash FROM document_version v WHERE v.doc_id = ? ORDER BY v.version",
        id);
  }

  /** The current version of a document, or empty when the store does not hold it. */
  public java.util.OptionalInt currentVersion(String id) {
    try (PreparedStatement s = connection.prepareStatement("SELECT current_version FROM document WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? java.util.OptionalInt.of(rs.getInt(1)) : java.util.OptionalInt.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read document '" + id + "': " + Store.rootMessage(e), e);
    }
  }

  /** Streams the current version of every document, sorted by id. */
  public void forEachCurrent(java.util.function.Consumer<StoredDocument> sink) {
    String sql =
        "SELECT v.doc_id, v.version, v.body, v.published, v.title, v.source, v.lang, v.origin,"
            + " v.content_hash FROM document d JOIN document_version v ON v.doc_id = d.id AND"
            + " v.version = d.current_version ORDER BY d.id";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setFetchSize(200);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sink.accept(row(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list documents: " + Store.rootMessage(e), e);
    }
  }

  /** The ids of all documents, sorted. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT id FROM document ORDER BY id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new StoreException("cannot list documents: " + Store.rootMessage(e), e);
    }
  }

  /** Counts for {@code entente status}: documents, versions, by source and by year. */
  public DocumentCounts counts() {
    try {
      long documents = single("SELECT COUNT(*) FROM document");
      long versions = single("SELECT COUNT(*) FROM document_version");
      long chars =
          single(
              "SELECT COALESCE(SUM(v.code_points), 0) FROM document d JOIN document_version v"
                  + " ON v.doc_id = d.id AND v.version = d.current_version");
      Map<String, Long> bySource =
          grouped(
              "SELECT COALESCE(v.source, '(unknown)') AS k, COUNT(*) FROM document d JOIN"
                  + " document_version v ON v.doc_id = d.id AND v.version = d.current_version"
                  + " GROUP BY COALESCE(v.source, '(unknown)') ORDER BY COUNT(*) DESC, k");
      Map<String, Long> byYear =
          grouped(
              "SELECT COALESCE(CAST(v.published_year AS VARCHAR(4)), '(unknown)') AS k, COUNT(*)"
                  + " FROM document d JOIN document_version v ON v.doc_id = d.id AND v.version ="
                  + " d.current_version GROUP BY COALESCE(CAST(v.published_year AS VARCHAR(4)),"
                  + " '(unknown)') ORDER BY k");
      return new DocumentCounts(documents, versions, chars, bySource, byYear);
    } catch (SQLException e) {
      throw new StoreException("cannot count documents: " + Store.rootMessage(e), e);
    }
  }

  private long single(String sql) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Map<String, Long> grouped(String sql) throws SQLException {
    Map<String, Long> map = new LinkedHashMap<>();
    try (PreparedStatement s = connection.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        map.put(rs.getString(1), rs.getLong(2));
      }
    }
    return map;
  }

  private List<StoredDocument> query(String sql, String id) {
    List<StoredDocument> docs = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          docs.add(row(rs));
        }
      }
      return docs;
    } catch (SQLException e) {
      throw new StoreException("cannot read document '" + id + "': " + Store.rootMessage(e), e);
    }
  }

  private StoredDocument row(ResultSet rs) throws SQLException {
    String published = rs.getString(4);
    Document doc =
        new Document(
            rs.getString(1),
            text.decode(rs.getString(3)),
            published == null ? null : PartialDate.parse(published),
            text.decode(rs.getString(5)),
            text.decode(rs.getString(6)),
            text.decode(rs.getString(7)),
            text.decode(rs.getString(8)));
    return new StoredDocument(doc, rs.getInt(2), rs.getString(9).strip());
  }

  private void rollbackQuietly(java.sql.Savepoint savepoint, SQLException cause) {
    try {
      if (savepoint != null) {
        connection.rollback(savepoint);
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
