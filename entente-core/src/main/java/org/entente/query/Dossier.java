package org.entente.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.entente.resolve.Claim;
import org.entente.resolve.Disagreement;
import org.entente.resolve.Entity;
import org.entente.resolve.Quote;
import org.entente.resolve.ResolveTerms;

/**
 * What the knowledge base knows of the relations of one pair of countries, as of a date: the
 * answers of the chronology, the registry, trade, the legal base, the level of relations,
 * diplomatic presence, bodies, commitments and conflicts. Immutable.
 */
public final class Dossier {

  /** Entity types that are events of the chronology. */
  static final Set<String> EVENTS =
      Set.of("visit", "talks", "agreement", "institution_session", "relations_established", "mission",
          "agreements_batch", "award");

  /**
   * One year of bilateral trade.
   *
   * @param year the year
   * @param trade the resolved figure with its sources and any disagreement
   */
  public record TradeYear(int year, Entity trade) {
    /** The figure retained. */
    public Double valueUsd() {
      return trade.args().get("value_usd") instanceof Number n ? n.doubleValue() : null;
    }

    /** Whether sources differ by more than 2 % for this year. */
    public boolean disputed() {
      return trade.disagreements().stream().anyMatch(d -> d.about().equals("value_usd"));
    }
  }

  /**
   * The level of relations from a date on, as an agreement established it.
   *
   * @param start when the agreement was signed, or null
   * @param level the level's label
   * @param rank higher is closer
   * @param agreement the agreement
   */
  public record LevelChange(String start, String level, int rank, Entity agreement) {}

  /**
   * A commitment clause and what became of it.
   *
   * @param commitment the clause
   * @param fulfilledBy the agreement whose later signing fulfils it, or null
   */
  public record CommitmentState(Entity commitment, Entity fulfilledBy) {}

  /**
   * A disagreement between sources about one entity.
   *
   * @param entity what is disputed
   * @param disagreement the values and the claims stating them
   */
  public record Conflict(Entity entity, Disagreement disagreement) {}

  private final String a;
  private final String b;
  private final String asOf;
  private final List<Entity> entities;
  private final ResolveTerms terms;
  private final Labels labels;

  Dossier(String a, String b, String asOf, List<Entity> entities, ResolveTerms terms, Labels labels) {
    this.a = Objects.requireNonNull(a);
    this.b = Objects.requireNonNull(b);
    this.asOf = asOf;
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(BY_DATE);
    this.entities = List.copyOf(sorted);
    this.terms = terms;
    this.labels = labels;
  }

  /** Oldest first, undated last, then by id. */
  static final Comparator<Entity> BY_DATE =
      Comparator.comparing((Entity e) -> e.start() == null ? "9999" : e.start()).thenComparing(Entity::id);

  /** The first country's code. */
  public String a() {
    return a;
  }

  /** The second country's code. */
  public String b() {
    return b;
  }

  /** The date the dossier is as of, or null for everything known. */
  public String asOf() {
    return asOf;
  }

  /** The labels used for its sentences. */
  public Labels labels() {
    return labels;
  }

  /** Every entity, oldest first. */
  public List<Entity> entities() {
    return entities;
  }

  /** Entities of one type, oldest first. */
  public List<Entity> ofType(String type) {
    return entities.stream().filter(e -> e.type().equals(type)).toList();
  }

  /** The chronology: visits, talks, signings, sessions, openings; oldest first, undated last. */
  public List<Event> timeline() {
    List<Event> out = new ArrayList<>();
    for (Entity e : entities) {
      if (!EVENTS.contains(e.type()) || (e.type().equals("agreement") && "draft".equals(e.text("status")))) {
        continue;
      }
      out.add(new Event(e.start(), e.end(), e.type(), labels.of(e), e, Source.of(e)));
    }
    return out;
  }

  /**
   * The agreements, oldest first.
   *
   * @param docType only this doc_type, or null
   * @param from only signed on or after this date (ISO, any precision), or null
   * @param to only signed on or before it, or null
   */
  public List<Entity> agreements(String docType, String from, String to) {
    return ofType("agreement").stream()
        .filter(e -> docType == null || docType.equals(e.text("doc_type")))
        .filter(e -> from == null || (e.start() != null && cut(e.start(), from) >= 0))
        .filter(e -> to == null || (e.start() != null && cut(e.start(), to) <= 0))
        .toList();
  }

  /** Bilateral trade by year, oldest first. */
  public List<TradeYear> trade() {
    return ofType("trade_volume").stream()
        .filter(e -> e.start() != null)
        .map(e -> new TradeYear(Integer.parseInt(e.start().substring(0, 4)), e))
        .toList();
  }

  /** The trade targets set, by deadline. */
  public List<Entity> targets() {
    return ofType("trade_target");
  }

  /** The size of the legal base over time. */
  public List<Entity> legalBase() {
    return ofType("legal_base");
  }

  /** The level of relations over time, from the agreements whose titles establish one. */
  public List<LevelChange> levels() {
    List<LevelChange> out = new ArrayList<>();
    for (Entity e : ofType("agreement")) {
      if ("draft".equals(e.text("status")) || e.text("title") == null) {
        continue;
      }
      String title = e.text("title").toLowerCase(Locale.ROOT);
      for (ResolveTerms.Level level : terms.levels()) {
        if (title.contains(level.phrase())) {
          out.add(new LevelChange(e.start(), level.level(), level.rank(), e));
          break;
        }
      }
    }
    return out;
  }

  /** The current level: the last one established, or null. */
  public LevelChange currentLevel() {
    List<LevelChange> levels = levels().stream().filter(l -> l.start() != null).toList();
    return levels.isEmpty() ? null : levels.get(levels.size() - 1);
  }

  /** Diplomatic relations and missions. */
  public List<Entity> presence() {
    return entities.stream()
        .filter(e -> e.type().equals("relations_established") || e.type().equals("mission"))
        .toList();
  }

  /** The joint bodies. */
  public List<Entity> institutions() {
    return ofType("institution");
  }

  /** The sessions of one body. */
  public List<Entity> sessionsOf(Entity body) {
    return ofType("institution_session").stream()
        .filter(s -> body.id().equals(s.text("institution_id")))
        .toList();
  }

  /** The organizations within which the two cooperate. */
  public List<Entity> organizations() {
    return ofType("org_cooperation");
  }

  /**
   * Each commitment clause with the agreement that fulfils it: a clause that asks to prepare a
   * document named in it, when that document was later signed.
   */
  public List<CommitmentState> commitments() {
    List<Entity> agreements = ofType("agreement");
    List<CommitmentState> out = new ArrayList<>();
    for (Entity c : ofType("commitment")) {
      out.add(new CommitmentState(c, fulfilment(c, agreements)));
    }
    return out;
  }

  private Entity fulfilment(Entity commitment, List<Entity> agreements) {
    for (Claim clause : commitment.claims()) {
      String words = clause.quotes().stream().map(Quote::text).reduce("", (x, y) -> x + " " + y)
          .toLowerCase(Locale.ROOT);
      if (terms.fulfilmentCues().stream().noneMatch(words::contains)) {
        continue;
      }
      for (Entity agreement : agreements) {
        boolean named = agreement.claims().stream().anyMatch(d -> d.doc().equals(clause.doc())
            && d.quotes().stream().anyMatch(q -> clause.quotes().stream()
                .anyMatch(cq -> cq.start() <= q.start() && q.end() <= cq.end())));
        boolean signedLater = agreement.claims().stream().anyMatch(d -> !d.draft() && d.start() != null
            && (clause.published() == null || d.start().compareTo(clause.published()) >= 0));
        if (named && signedLater) {
          return agreement;
        }
      }
    }
    return null;
  }

  /** Every disagreement between sources, oldest first. */
  public List<Conflict> conflicts() {
    List<Conflict> out = new ArrayList<>();
    for (Entity e : entities) {
      for (Disagreement d : e.disagreements()) {
        out.add(new Conflict(e, d));
      }
    }
    return out;
  }

  /** Compares a date with a bound of any precision, on the bound's precision. */
  private static int cut(String date, String bound) {
    String d = date.length() > bound.length() ? date.substring(0, bound.length()) : date;
    return d.compareTo(bound.substring(0, Math.min(bound.length(), d.length())));
  }
}
