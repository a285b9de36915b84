package org.entente.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One block resolved a part at a time ({@link Resolver#part}), so that memory holds one part's
 * claims and a few strings per entity made, never the whole block. Each part's entities come
 * out as soon as it is resolved; at the end, {@link #placements} says where each belongs among
 * the block's entities and under which id, so that the block holds exactly what resolving it
 * whole makes: the same entities, in the same order, with the same ids. Not thread-safe: one
 * per block.
 */
public final class PartwiseResolution {

  /**
   * Where an entity made from one part stands among the entities of the whole block.
   *
   * @param madeId the id it was made with, unique in the block
   * @param id its id when the whole block is resolved at once: another than {@code madeId} only
   *     when entities of two parts are named alike and the later part's came first in the block
   * @param rank its position among the block's entities, from 0
   */
  public record Placement(String madeId, String id, int rank) {}

  /** An entity made, reduced to what places it: its ids and its first claim's order. */
  private record Made(String madeId, String baseId, String year, String published, String doc, int seq) {}

  /** {@link Resolver#ORDER} of the entities' first claims: the order groups are made in. */
  private static final Comparator<Made> FIRST_CLAIM =
      Comparator.comparing((Made m) -> m.published() == null ? "9999" : m.published())
          .thenComparing(Made::doc)
          .thenComparingInt(Made::seq);

  /** Trade years in order, then the undated figures, as {@code Resolver.byYear} makes them. */
  private static final Comparator<Made> TRADE =
      Comparator.comparing((Made m) -> m.year() == null)
          .thenComparing(Made::year, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(FIRST_CLAIM);

  private final Resolver resolver;
  private final String block;
  private final String family;
  private final EntityMaker maker;
  private final List<Made> made = new ArrayList<>();
  private int parts;

  PartwiseResolution(Resolver resolver, String block) {
    this.resolver = resolver;
    this.block = block;
    this.family = Resolver.family(block);
    this.maker = new EntityMaker(block);
  }

  /**
   * The entities of one part: every claim of the block with one {@link Resolver#part}, and no
   * other. Their ids are unique among the entities of the parts resolved so far.
   */
  public List<Entity> resolve(List<Claim> part) {
    if (part.isEmpty()) {
      return List.of();
    }
    parts++;
    if (parts > 1 && ResolutionKeys.WHOLE_BLOCK.contains(family)) {
      throw new IllegalStateException("block " + block + " is resolved whole, in one part, not in " + parts);
    }
    List<Entity> out = resolver.resolve(block, part, maker);
    if (ResolutionKeys.WHOLE_BLOCK.contains(family)) {
      // One part: the entities stand as made (sessions are named before they get their body).
      for (Entity e : out) {
        made.add(new Made(e.id(), e.id(), null, null, e.id(), 0));
      }
      return out;
    }
    for (Entity e : out) {
      String base = maker.baseId(e.type(), e.args(), e.start());
      if (!e.id().equals(base) && !e.id().startsWith(base + "-")) {
        throw new IllegalStateException("entity " + e.id() + " of " + block + " was not named " + base);
      }
      Claim first = e.claims().get(0);
      String year = family.equals("trade_volume") ? e.start() : null;
      made.add(new Made(e.id(), base, year, first.published(), first.doc(), first.seq()));
    }
    return out;
  }

  /**
   * Where each entity made so far stands in the block, in the order they were made. With one
   * part, each stands where it was made under the id it was made with.
   */
  public List<Placement> placements() {
    List<Placement> out = new ArrayList<>(made.size());
    if (parts <= 1) {
      for (int i = 0; i < made.size(); i++) {
        out.add(new Placement(made.get(i).madeId(), made.get(i).madeId(), i));
      }
      return out;
    }
    List<Integer> order = new ArrayList<>(made.size());
    for (int i = 0; i < made.size(); i++) {
      order.add(i);
    }
    Comparator<Made> inBlock = family.equals("trade_volume") ? TRADE : FIRST_CLAIM;
    order.sort((a, b) -> inBlock.compare(made.get(a), made.get(b)));
    // The whole block names its entities in the order it makes them: name them again in that order.
    EntityMaker names = new EntityMaker(block);
    Placement[] placed = new Placement[made.size()];
    for (int rank = 0; rank < order.size(); rank++) {
      Made m = made.get(order.get(rank));
      placed[order.get(rank)] = new Placement(m.madeId(), names.unique(m.baseId()), rank);
    }
    return List.of(placed);
  }
}
