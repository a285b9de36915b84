package org.entente.server.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.query.Dossier;
import org.entente.query.Dossiers;
import org.entente.query.Labels;
import org.entente.query.Names;
import org.entente.resolve.Disagreement;
import org.entente.resolve.Entity;
import org.entente.server.model.Snapshot;

/**
 * The views of one snapshot's knowledge base, built once when the snapshot is read: per pair of
 * countries the chronology and the trade series; over every pair the agreements registry and the
 * conflicts between sources. Immutable.
 */
public final class Views {

  private final List<String> pairs;
  private final Map<String, Chronology> chronologies;
  private final Map<String, TradeSeries> trades;
  private final AgreementRegistry registry;
  private final List<Conflict> conflicts;
  private final Dossiers dossiers;

  private Views(
      List<String> pairs,
      Map<String, Chronology> chronologies,
      Map<String, TradeSeries> trades,
      AgreementRegistry registry,
      List<Conflict> conflicts,
      Dossiers dossiers) {
    this.pairs = List.copyOf(pairs);
    this.chronologies = Map.copyOf(chronologies);
    this.trades = Map.copyOf(trades);
    this.registry = registry;
    this.conflicts = List.copyOf(conflicts);
    this.dossiers = dossiers;
  }

  /** The views of a snapshot's entities, labelled with these names. */
  public static Views of(Snapshot snapshot, Names names) {
    Dossiers dossiers = new Dossiers(snapshot::entities, names);
    Mentions mentions = new Mentions(snapshot);
    List<String> pairs = snapshot.pairs().stream().filter(Views::isPair).toList();
    Map<String, Chronology> chronologies = new LinkedHashMap<>();
    Map<String, TradeSeries> trades = new LinkedHashMap<>();
    List<Conflict> conflicts = new ArrayList<>();
    Labels labels = new Labels(names);
    for (String pair : pairs) {
      Dossier d = dossiers.open(pair.substring(0, 2), pair.substring(3), null);
      chronologies.put(pair, new EventChronology(d, mentions));
      trades.put(pair, new EntityTradeSeries(d, mentions));
      for (Dossier.Conflict c : d.conflicts()) {
        conflicts.add(conflict(pair, c.entity(), c.disagreement(), labels, mentions));
      }
    }
    return new Views(
        pairs, chronologies, trades, new EntityAgreementRegistry(snapshot.entities(), mentions), conflicts, dossiers);
  }

  /** Whether a text is a pair of country codes in the knowledge base's order: {@code KZ-TJ}. */
  public static boolean isPair(String pair) {
    return pair.matches("[A-Z]{2}-[A-Z]{2}") && pair.substring(0, 2).compareTo(pair.substring(3)) < 0;
  }

  /** The pairs of countries with entities, the one with most entities first. */
  public List<String> pairs() {
    return pairs;
  }

  /** The pair shown when none is asked for: the one with most entities, if any. */
  public Optional<String> defaultPair() {
    return pairs.stream().findFirst();
  }

  /** The chronology of a pair; empty for null or a pair without entities. */
  public Chronology chronology(String pair) {
    return pair == null ? EMPTY_CHRONOLOGY : chronologies.getOrDefault(pair, EMPTY_CHRONOLOGY);
  }

  /** The trade series of a pair; empty for null or a pair without entities. */
  public TradeSeries trade(String pair) {
    return pair == null ? EMPTY_TRADE : trades.getOrDefault(pair, EMPTY_TRADE);
  }

  /** The agreements of every pair. */
  public AgreementRegistry registry() {
    return registry;
  }

  /** Every disagreement between sources, by pair (most entities first), oldest first within one. */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /** Dossiers over this snapshot's entities, for briefs and other questions of one pair. */
  public Dossiers dossiers() {
    return dossiers;
  }

  private static Conflict conflict(String pair, Entity e, Disagreement d, Labels labels, Mentions mentions) {
    List<Conflict.Claim> claims = new ArrayList<>();
    for (Disagreement.Side side : d.sides()) {
      String value = d.about().equals("value_usd") ? usd(side.value()) : side.value();
      mentions.perDocument(side.claims()).forEach(m -> claims.add(new Conflict.Claim(value, m)));
    }
    return new Conflict(e.type(), d.about(), pair, e.id(), subject(e, labels), link(pair, e), claims);
  }

  private static String subject(Entity e, Labels labels) {
    String label = labels.of(e);
    return e.start() == null || e.type().equals("agreement") ? label : label + " (" + e.start() + ")";
  }

  private static String link(String pair, Entity e) {
    return switch (e.type()) {
      case "agreement" -> "/agreements/" + org.entente.server.model.Hrefs.segment(e.id());
      case "trade_volume" -> "/trade?pair=" + pair + (e.start() == null ? "" : "#y-" + e.start().substring(0, 4));
      default -> "/chronology?pair=" + pair + (e.start() == null ? "" : "&year=" + e.start().substring(0, 4));
    };
  }

  private static String usd(String value) {
    try {
      return Labels.usd(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static final Chronology EMPTY_CHRONOLOGY =
      new Chronology() {
        @Override
        public List<TimelineEntry> entries(Integer year, String type) {
          return List.of();
        }

        @Override
        public List<Integer> years() {
          return List.of();
        }

        @Override
        public List<String> types() {
          return List.of();
        }
      };

  private static final TradeSeries EMPTY_TRADE =
      new TradeSeries() {
        @Override
        public List<TradeYear> years() {
          return List.of();
        }

        @Override
        public List<TradeFigure> targets() {
          return List.of();
        }
      };
}
