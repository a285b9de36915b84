package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;
import org.entente.resolve.PartwiseResolution;
import org.entente.resolve.PartwiseResolution.Placement;
import org.entente.resolve.Resolver;

/**
 * Resolves one block again, a part at a time: the claims are read in the order of their parts,
 * each part is resolved and its entities written before the next is read, so memory holds one
 * part, not the block. Then the entities take the ids and ranks resolving the whole block gives
 * them (an update of the ranks; an id changes only when two parts name entities alike).
 */
final class PartwiseRefresh {

  /** Entities written per batch. */
  private static final int BATCH = 500;

  private final Connection connection;
  private final Payloads payloads;
  private final Resolver resolver;

  PartwiseRefresh(Connection connection, Payloads payloads, Resolver resolver) {
    this.connection = connection;
    this.payloads = payloads;
    this.resolver = resolver;
  }

  /** What resolving a block did: its claims, its entities, the claims of its largest part. */
  record Done(long claims, long entities, int largestPart) {}

  /** Replaces the entities of a block by those of its claims, in the open transaction. */
  Done refresh(String block) throws SQLException {
    Done done = resolve(block);
    if (done == null) {
      // Parts missing (claims stored before parts existed) or given by older rules.
      assignParts(block);
      done = resolve(block);
      if (done == null) {
        throw new IllegalStateException("the parts of block " + block + " do not hold once assigned");
      }
    }
    return done;
  }

  /** Resolves a block from its stored parts; null, having written some, if a part is stale. */
  private Done resolve(String block) throws SQLException {
    delete("DELETE FROM kb_entity WHERE block = ?", block);
    PartwiseResolution resolution = resolver.partwise(block);
    long claims = 0;
    int largest = 0;
    try (PreparedStatement s =
            connection.prepareStatement("SELECT part, payload FROM kb_claim WHERE block = ? ORDER BY part, id");
        Writer writer = new Writer(block)) {
      s.setString(1, block);
      s.setFetchSize(BATCH);
      try (ResultSet rs = s.executeQuery()) {
        String current = null;
        List<Claim> part = new ArrayList<>();
        while (rs.next()) {
          Claim c = payloads.read(rs.getString(2), Claim.class);
          String stored = rs.getString(1);
          if (!Resolver.part(c).equals(stored)) {
            return null;
          }
          if (!stored.equals(current)) {
            largest = Math.max(largest, part.size());
            writer.add(resolution.resolve(part));
            part.clear();
            current = stored;
          }
          part.add(c);
          claims++;
        }
        largest = Math.max(largest, part.size());
        writer.add(resolution.resolve(part));
      }
    }
    List<Placement> placements = resolution.placements();
    place(block, placements);
    return new Done(claims, placements.size(), largest);
  }

  /** Gives the entities their ranks and, where two parts named entities alike, their ids. */
  private void place(String block, List<Placement> placements) throws SQLException {
    List<Placement> renamed = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement("UPDATE kb_entity SET block_rank = ? WHERE block = ? AND entity_id = ?")) {
      int batched = 0;
      for (int made = 0; made < placements.size(); made++) {
        Placement p = placements.get(made);
        if (!p.id().equals(p.madeId())) {
          renamed.add(p);
        } else if (p.rank() != made) {
          s.setInt(1, p.rank());
          s.setString(2, block);
          s.setString(3, p.madeId());
          s.addBatch();
          if (++batched % BATCH == 0) {
            s.executeBatch();
          }
        }
      }
      s.executeBatch();
    }
    if (renamed.isEmpty()) {
      return;
    }
    // Read all, then delete all, then write all: a new id may be another entity's old one.
    List<Entity> entities = new ArrayList<>();
    for (Placement p : renamed) {
      entities.add(entity(block, p.madeId()));
    }
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM kb_entity WHERE block = ? AND entity_id = ?")) {
      for (Placement p : renamed) {
        s.setString(1, block);
        s.setString(2, p.madeId());
        s.addBatch();
      }
      s.executeBatch();
    }
    try (Writer writer = new Writer(block)) {
      for (int i = 0; i < renamed.size(); i++) {
        Entity e = entities.get(i);
        Placement p = renamed.get(i);
        writer.write(new Entity(p.id(), e.type(), e.block(), e.args(), e.start(), e.end(), e.claims(), e.disagreements()),
            p.rank());
      }
    }
  }

  private Entity entity(String block, String id) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT payload FROM kb_entity WHERE block = ? AND entity_id = ?")) {
      s.setString(1, block);
      s.setString(2, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("entity " + id + " of block " + block + " was written, yet is not stored");
        }
        return payloads.read(rs.getString(1), Entity.class);
      }
    }
  }

  /** Stores the part of every claim of a block, as the resolver gives it now. */
  private void assignParts(String block) throws SQLException {
    try (PreparedStatement read = connection.prepareStatement("SELECT id, payload FROM kb_claim WHERE block = ?");
        PreparedStatement write = connection.prepareStatement("UPDATE kb_claim SET part = ? WHERE id = ?")) {
      read.setString(1, block);
      read.setFetchSize(BATCH);
      int batched = 0;
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          write.setString(1, Resolver.part(payloads.read(rs.getString(2), Claim.class)));
          write.setLong(2, rs.getLong(1));
          write.addBatch();
          if (++batched % BATCH == 0) {
            write.executeBatch();
          }
        }
      }
      write.executeBatch();
    }
  }

  private void delete(String sql, String block) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, block);
      s.executeUpdate();
    }
  }

  /** Writes a block's entities in batches, each with its rank; the next rank is where it is made. */
  private final class Writer implements AutoCloseable {
    private final String block;
    private final PreparedStatement insert;
    private int made;
    private int batched;

    Writer(String block) throws SQLException {
      this.block = block;
      this.insert = connection.prepareStatement(
          "INSERT INTO kb_entity (block, entity_id, type, when_start, block_rank, payload) VALUES (?, ?, ?, ?, ?, ?)");
    }

    void add(List<Entity> entities) throws SQLException {
      for (Entity e : entities) {
        write(e, made++);
      }
    }

    void write(Entity e, int rank) throws SQLException {
      insert.setString(1, block);
      insert.setString(2, e.id());
      insert.setString(3, e.type());
      insert.setString(4, e.start());
      insert.setInt(5, rank);
      insert.setString(6, payloads.write(e));
      insert.addBatch();
      if (++batched % BATCH == 0) {
        insert.executeBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      try (insert) {
        insert.executeBatch();
      }
    }
  }
}
