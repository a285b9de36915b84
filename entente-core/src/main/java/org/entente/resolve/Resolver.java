package org.entente.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Groups the claims of one block into entities. Pure and deterministic: the same claims in any
 * order give the same entities. Immutable and thread-safe.
 *
 * <ul>
 *   <li>agreements and bodies: one entity whatever the wording, by doc_type (or kind), title
 *       words and compatible dates ({@link Similarity});
 *   <li>visits and talks: one entity for the same visitor and host (or participants) on
 *       overlapping or adjacent dates;
 *   <li>trade volumes: one entity per year, the figures of different sources compared;
 *   <li>everything else: one entity per equal key arguments and compatible dates.
 * </ul>
 *
 * <p>Two facts of one document are never merged: extraction already made one fact per thing per
 * document.
 */
public final class Resolver {

  /** Types whose key names one thing over time: differing dates are a disagreement, not two. */
  private static final Set<String> ONE_PER_KEY = Set.of("relations_established", "mission");

  /** Days between two reports of a visit or talks that may still be the same event. */
  private static final int EVENT_GAP_DAYS = 3;

  private static final Map<String, List<String>> KEYS =
      Map.ofEntries(
          Map.entry("relations_established", List.of("parties")),
          Map.entry("mission", List.of("sender", "host", "level")),
          Map.entry("agreements_batch", List.of("count")),
          Map.entry("legal_base", List.of("count")),
          Map.entry("trade_target", List.of("value_usd")),
          Map.entry("trade_partner_rank", List.of("partner", "of", "rank")),
          Map.entry("trade_flow", List.of("exporter", "importer", "commodity")),
          Map.entry("org_cooperation", List.of("org")),
          Map.entry("award", List.of("recipient", "award")),
          Map.entry("person_role", List.of("person", "role", "country")),
          Map.entry("commitment", List.of("document", "clause")),
          Map.entry("cooperation_area", List.of("area")));

  private final Similarity similarity;

  /** A resolver with this vocabulary. */
  public Resolver(ResolveTerms terms) {
    this.similarity = new Similarity(terms);
  }

  /**
   * The entities of one block.
   *
   * @param block the block, {@code PAIR/family}
   * @param claims its claims, from any number of documents
   */
  public List<Entity> resolve(String block, List<Claim> claims) {
    return resolve(block, claims, new EntityMaker(block));
  }

  /**
   * Resolves a block one part at a time: a part holds the claims of one {@linkplain #part key},
   * and the entities come out as resolving the whole block at once would make them.
   *
   * @param block the block, {@code PAIR/family}
   */
  public PartwiseResolution partwise(String block) {
    return new PartwiseResolution(this, block);
  }

  /**
   * The part of its block a claim is resolved in: claims of different parts never make one
   * entity. Stable across runs (a digest of the claim's resolution key); {@code all} for the
   * families resolved across the whole block.
   */
  public static String part(Claim claim) {
    return ResolutionKeys.part(family(claim.block()), claim);
  }

  /** The entities of some claims of one block, their ids made unique by this maker. */
  List<Entity> resolve(String block, List<Claim> claims, EntityMaker maker) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(ORDER);
    String family = family(block);
    List<List<Claim>> groups =
        switch (family) {
          case "agreement" -> similarity.agreements(sorted);
          case "institution" -> null;
          case "visit" -> events(sorted, ResolutionKeys::visitKey);
          case "talks" -> events(sorted, ResolutionKeys::talksKey);
          case "trade_volume" -> byYear(sorted);
          default -> byKey(sorted, keysOf(family), ONE_PER_KEY.contains(family));
        };
    if (groups == null) {
      return institutions(sorted, maker);
    }
    List<Entity> out = new ArrayList<>();
    for (List<Claim> g : groups) {
      out.add(maker.make(g));
    }
    return out;
  }

  static String family(String block) {
    return block.substring(block.indexOf('/') + 1);
  }

  /** The key arguments of a family resolved by key; empty when it has none. */
  static List<String> keysOf(String family) {
    return KEYS.getOrDefault(family, List.of());
  }

  static final Comparator<Claim> ORDER =
      Comparator.comparing((Claim c) -> c.published() == null ? "9999" : c.published())
          .thenComparing(Claim::doc)
          .thenComparingInt(Claim::seq);

  /** Bodies first, then their sessions, each session under the body its name resolves to. */
  private List<Entity> institutions(List<Claim> claims, EntityMaker maker) {
    List<Claim> bodies = claims.stream().filter(c -> c.type().equals("institution")).toList();
    List<Claim> sessions = claims.stream().filter(c -> c.type().equals("institution_session")).toList();
    List<List<Claim>> bodyGroups = similarity.bodies(bodies);
    List<Entity> out = new ArrayList<>();
    List<Entity> made = new ArrayList<>();
    for (List<Claim> g : bodyGroups) {
      made.add(maker.make(g));
    }
    out.addAll(made);
    List<List<Claim>> sessionGroups = new ArrayList<>();
    List<String> sessionBody = new ArrayList<>();
    for (Claim s : sessions) {
      Entity body = similarity.bodyOf(s, made);
      String bodyKey = body == null ? String.join(" ", s.words()) : body.id();
      List<Claim> home = null;
      for (int i = 0; i < sessionGroups.size() && home == null; i++) {
        List<Claim> g = sessionGroups.get(i);
        if (sessionBody.get(i).equals(bodyKey)
            && g.stream().noneMatch(c -> c.doc().equals(s.doc()))
            && s.start() != null
            && g.stream().allMatch(c -> c.start() != null && Dates.agree(c.start(), s.start()))) {
          home = g;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        sessionGroups.add(home);
        sessionBody.add(bodyKey);
      }
      home.add(s);
    }
    for (int i = 0; i < sessionGroups.size(); i++) {
      Entity body = null;
      for (Entity e : made) {
        if (e.id().equals(sessionBody.get(i))) {
          body = e;
        }
      }
      out.add(maker.session(sessionGroups.get(i), body));
    }
    return out;
  }

  /** Visits or talks: the same key on overlapping or adjacent dates; undated ones stay apart. */
  private static List<List<Claim>> events(List<Claim> claims, Function<Claim, String> key) {
    return group(claims, key, c -> Arrays.asList(key.apply(c), c.start(), c.end()), (x, c) -> c.start() != null
        && key.apply(x).equals(key.apply(c))
        && Dates.near(x.start(), x.end(), c.start(), c.end(), EVENT_GAP_DAYS));
  }

  /**
   * Puts each claim in the first group whose every claim it fits and none of which comes from
   * its document; else in a group of its own. A claim only ever fits claims of its own key, so
   * only the groups of its key are tried; and whether it fits a claim depends on that claim's
   * trait alone (its key arguments and dates), so it is tried against one claim per trait of a
   * group. The groups are those of trying every claim of every group, made in the same order,
   * without comparing each claim with the whole block.
   */
  private static List<List<Claim>> group(List<Claim> claims, Function<Claim, String> key,
      Function<Claim, Object> trait, BiPredicate<Claim, Claim> fits) {
    List<List<Claim>> groups = new ArrayList<>();
    Map<String, List<Group>> groupsOfKey = new HashMap<>();
    for (Claim c : claims) {
      List<Group> candidates = groupsOfKey.computeIfAbsent(key.apply(c), k -> new ArrayList<>());
      Group home = null;
      for (Group g : candidates) {
        if (!g.docs.contains(c.doc()) && g.byTrait.values().stream().allMatch(x -> fits.test(x, c))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new Group();
        candidates.add(home);
        groups.add(home.claims);
      }
      home.claims.add(c);
      home.docs.add(c.doc());
      home.byTrait.putIfAbsent(trait.apply(c), c);
    }
    return groups;
  }

  /** A group being made: its claims, their documents, one claim per trait. */
  private static final class Group {
    final List<Claim> claims = new ArrayList<>();
    final Set<String> docs = new HashSet<>();
    final Map<Object, Claim> byTrait = new HashMap<>();
  }

  /** Trade volumes: one group per year measured; undated figures stay apart. */
  private static List<List<Claim>> byYear(List<Claim> claims) {
    Map<String, List<Claim>> years = new java.util.TreeMap<>();
    List<List<Claim>> undated = new ArrayList<>();
    for (Claim c : claims) {
      if (c.start() == null) {
        undated.add(new ArrayList<>(List.of(c)));
      } else {
        years.computeIfAbsent(c.start().substring(0, 4), k -> new ArrayList<>()).add(c);
      }
    }
    List<List<Claim>> out = new ArrayList<>(years.values());
    out.addAll(undated);
    return out;
  }

  /** Equal key arguments and compatible dates (or any dates, for one-per-key types). */
  private static List<List<Claim>> byKey(List<Claim> claims, List<String> keys, boolean anyDate) {
    return group(claims, c -> ResolutionKeys.argumentsKey(c, keys), c -> trait(c, keys),
        (x, c) -> sameKey(x, c, keys) && (anyDate || Dates.agree(x.start(), c.start())));
  }

  /** What {@link #sameKey} and the dates read of a claim: claims alike in it fit alike. */
  private static Object trait(Claim c, List<String> keys) {
    if (keys.isEmpty()) {
      return Arrays.asList(c.args(), c.start());
    }
    List<Object> trait = new ArrayList<>();
    for (String k : keys) {
      trait.add(c.number(k));
      trait.add(String.valueOf(c.args().get(k)));
    }
    trait.add(c.start());
    return trait;
  }

  static boolean sameKey(Claim a, Claim b, List<String> keys) {
    Set<String> seen = new HashSet<>();
    for (String k : keys) {
      seen.add(k);
      Double x = a.number(k);
      Double y = b.number(k);
      if (x != null && y != null) {
        if (Math.abs(x - y) > 0.01 * Math.max(Math.abs(x), Math.abs(y))) {
          return false;
        }
      } else if (!String.valueOf(a.args().get(k)).equalsIgnoreCase(String.valueOf(b.args().get(k)))) {
        return false;
      }
    }
    return !seen.isEmpty() || a.args().equals(b.args());
  }
}
