package org.entente.server.views;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.server.model.FactView;

/** A chronology of the dated event facts: visits, talks, agreements, sessions, awards... */
final class FactChronology implements Chronology {

  /** The fact types that are events (a person's role or a cooperation area is not). */
  static final Set<String> EVENT_TYPES =
      Set.of(
          "visit", "talks", "agreement", "agreements_batch", "relations_established", "mission",
          "institution", "institution_session", "award", "legal_base", "trade_volume", "trade_target");

  private final List<TimelineEntry> entries;

  FactChronology(List<FactView> facts) {
    this.entries =
        facts.stream()
            .filter(f -> EVENT_TYPES.contains(f.type()) && f.when() != null && f.when().first() != null)
            .map(TimelineEntry::of)
            .sorted(
                Comparator.comparing(TimelineEntry::date).reversed()
                    .thenComparing(TimelineEntry::type)
                    .thenComparingLong(TimelineEntry::fact))
            .toList();
  }

  @Override
  public List<TimelineEntry> entries(Integer year, String type) {
    if (year == null && type == null) {
      return entries;
    }
    return entries.stream()
        .filter(e -> (year == null || e.year() == year) && (type == null || e.type().equals(type)))
        .toList();
  }

  @Override
  public List<Integer> years() {
    TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
    entries.forEach(e -> years.add(e.year()));
    return List.copyOf(years);
  }

  @Override
  public List<String> types() {
    TreeSet<String> types = new TreeSet<>();
    entries.forEach(e -> types.add(e.type()));
    return List.copyOf(types);
  }
}
