package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;
import org.entente.resolve.Resolver;

/**
 * The knowledge base as stored: each document's claims, the entities resolved per block, and
 * the blocks waiting to be resolved again. Writing a document's claims marks its old and new
 * blocks; {@link #refresh} resolves only those, so adding one document to a large store does not
 * redo the others. A block is resolved a part at a time ({@link Resolver#part}), its claims read
 * in the order of their parts, so memory holds the largest part rather than the block.
 */
public final class KnowledgeRepository {

  private final Connection connection;
  private final Payloads payloads = new Payloads();

  KnowledgeRepository(Connection connection) {
    this.connection = connection;
  }

  /**
   * What a refresh did.
   *
   * @param blocks the blocks resolved again
   * @param claims the claims they hold
   * @param entities the entities they now hold
   * @param largestPart the claims of the largest part resolved at once: what memory held
   */
  public record Refreshed(int blocks, long claims, long entities, int largestPart) {}

  /** Replaces the claims of one document, in the open transaction, and marks their blocks. */
  public void replaceClaims(String doc, List<Claim> claims) {
    try {
      Set<String> blocks = new TreeSet<>();
      try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT block FROM kb_claim WHERE doc_id = ?")) {
        s.setString(1, doc);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            blocks.add(rs.getString(1));
          }
        }
      }
      try (PreparedStatement s = connection.prepareStatement("DELETE FROM kb_claim WHERE doc_id = ?")) {
        s.setString(1, doc);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          connection.prepareStatement("INSERT INTO kb_claim (doc_id, block, part, payload) VALUES (?, ?, ?, ?)")) {
        for (Claim c : claims) {
          s.setString(1, doc);
          s.setString(2, c.block());
          s.setString(3, Resolver.part(c));
          s.setString(4, write(c));
          s.addBatch();
          blocks.add(c.block());
        }
        s.executeBatch();
      }
      markDirty(blocks);
    } catch (SQLException e) {
      throw new StoreException("cannot store the claims of '" + doc + "': " + Store.rootMessage(e), e);
    }
  }

  /** Marks every block to be resolved again (after new resolution rules). */
  public void markAllDirty() {
    markDirty(new TreeSet<>(query("SELECT DISTINCT block FROM kb_claim", null, rs -> rs.getString(1))));
  }

  /** The blocks waiting to be resolved again. */
  public List<String> dirtyBlocks() {
    return query("SELECT block FROM kb_dirty ORDER BY block", null, rs -> rs.getString(1));
  }

  /**
   * Resolves the marked blocks again with this resolver, in the open transaction: each block a
   * part at a time, its entities written as each part is resolved.
   */
  public Refreshed refresh(Resolver resolver) {
    PartwiseRefresh partwise = new PartwiseRefresh(connection, payloads, resolver);
    int blocks = 0;
    long claims = 0;
    long entities = 0;
    int largestPart = 0;
    for (String block : dirtyBlocks()) {
      try {
        PartwiseRefresh.Done done = partwise.refresh(block);
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM kb_dirty WHERE block = ?")) {
          s.setString(1, block);
          s.executeUpdate();
        }
        claims += done.claims();
        entities += done.entities();
        largestPart = Math.max(largestPart, done.largestPart());
      } catch (SQLException e) {
        throw new StoreException("cannot store the entities of block '" + block + "': " + Store.rootMessage(e), e);
      }
      blocks++;
    }
    return new Refreshed(blocks, claims, entities, largestPart);
  }

  /** The claims of one block. */
  public List<Claim> claims(String block) {
    return query("SELECT payload FROM kb_claim WHERE block = ? ORDER BY id", block,
        rs -> read(rs.getString(1), Claim.class));
  }

  /** The claims of every block of a pair of countries ({@code KZ-TJ}). */
  public List<Claim> claimsOfPair(String pair) {
    return query("SELECT payload FROM kb_claim WHERE block LIKE ? ORDER BY id", pair + "/%",
        rs -> read(rs.getString(1), Claim.class));
  }

  /** The entities of a pair of countries ({@code KZ-TJ}), or of every pair when null. */
  public List<Entity> entities(String pair) {
    String sql = "SELECT payload FROM kb_entity" + (pair == null ? "" : " WHERE block LIKE ?") + " ORDER BY block, block_rank, id";
    return query(sql, pair == null ? null : pair + "/%", rs -> read(rs.getString(1), Entity.class));
  }

  /** Streams every entity, by block, without holding them all. */
  public void forEachEntity(java.util.function.Consumer<Entity> sink) {
    try (PreparedStatement s = connection.prepareStatement("SELECT payload FROM kb_entity ORDER BY block, block_rank, id")) {
      s.setFetchSize(500);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sink.accept(read(rs.getString(1), Entity.class));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the knowledge base: " + Store.rootMessage(e), e);
    }
  }

  /** Entities per type, sorted by type. */
  public java.util.Map<String, Long> countByType() {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String[] row : query("SELECT type, COUNT(*) FROM kb_entity GROUP BY type ORDER BY type", null,
        rs -> new String[] {rs.getString(1), Long.toString(rs.getLong(2))})) {
      counts.put(row[0], Long.parseLong(row[1]));
    }
    return counts;
  }

  /** The pairs of countries with claims, sorted. */
  public List<String> pairs() {
    Set<String> pairs = new TreeSet<>();
    for (String block : query("SELECT DISTINCT block FROM kb_claim", null, rs -> rs.getString(1))) {
      pairs.add(block.substring(0, block.indexOf('/')));
    }
    return List.copyOf(pairs);
  }

  private void markDirty(Set<String> blocks) {
    if (blocks.isEmpty()) {
      return;
    }
    // One statement per block, without reading the marked ones: cheap on every ingest.
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO kb_dirty (block) SELECT CAST(? AS VARCHAR(200)) WHERE NOT EXISTS"
                + " (SELECT 1 FROM kb_dirty WHERE block = ?)")) {
      for (String b : blocks) {
        s.setString(1, b);
        s.setString(2, b);
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot mark blocks to resolve: " + Store.rootMessage(e), e);
    }
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, String param, Row<T> row) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      if (param != null) {
        s.setString(1, param);
      }
      s.setFetchSize(500);
      try (ResultSet rs = s.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.read(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the knowledge base: " + Store.rootMessage(e), e);
    }
  }

  private String write(Object value) {
    return payloads.write(value);
  }

  private <T> T read(String payload, Class<T> type) {
    return payloads.read(payload, type);
  }
}
