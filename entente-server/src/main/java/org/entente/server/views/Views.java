package org.entente.server.views;

import java.util.ArrayList;
import java.util.List;
import org.entente.server.model.Snapshot;

/**
 * The views of one snapshot, built once when the snapshot is read.
 *
 * @param chronology the dated events
 * @param registry the agreements
 * @param trade the trade series
 * @param conflicts where sources disagree: trade years, then agreement dates
 */
public record Views(
    Chronology chronology, AgreementRegistry registry, TradeSeries trade, List<Conflict> conflicts) {

  /** Copies the conflicts. */
  public Views {
    conflicts = List.copyOf(conflicts);
  }

  /** The views built from a snapshot's facts. */
  public static Views of(Snapshot snapshot) {
    var chronology = new FactChronology(snapshot.facts());
    var registry = new FactAgreementRegistry(snapshot.facts());
    var trade = new FactTradeSeries(snapshot.facts());
    List<Conflict> conflicts = new ArrayList<>();
    for (TradeYear y : trade.years()) {
      if (y.conflict()) {
        conflicts.add(
            new Conflict(
                "trade_volume", "trade volume " + y.year(), "/trade#y-" + y.year(),
                y.figures().stream()
                    .map(f -> new Conflict.Claim(FactLabel.usd(f.valueUsd()), f.mention()))
                    .toList()));
      }
    }
    for (AgreementEntry a : registry.agreements()) {
      if (a.dateConflict()) {
        conflicts.add(
            new Conflict(
                "agreement_date", a.title(), "/agreements/" + a.id(),
                a.mentions().stream()
                    .map(m -> new Conflict.Claim(m.when() == null ? "undated" : m.when().first(), m))
                    .toList()));
      }
    }
    return new Views(chronology, registry, trade, conflicts);
  }
}
