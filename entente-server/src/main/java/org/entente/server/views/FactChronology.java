package org.entente.server.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Set;
import org.entente.server.model.FactView;

/** A chronology of the dated event facts: visits, talks, agreements, sessions, awards... */
final class FactChronology implements Chronology {

  /** The fact types that are events (a person's role or a cooperation area is not). */
  static final Set<String> EVENT_TYPES =
      Set.of(
          "visit", "talks", "agreement", "agreements_batch", "relations_established", "mission",
          "institution", "institution_session", "award", "legal_base", "trade_volume", "trade_target");

  private final List<TimelineEntry> entries;
  private final Map<Integer, List<TimelineEntry>> byYear;
  private final Map<String, List<TimelineEntry>> byType;
  private final List<Integer> years;
  private final List<String> types;

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
    // Requests filter by year and type: group once, so that a request only pages a list.
    Map<Integer, List<TimelineEntry>> years = new TreeMap<>(Comparator.reverseOrder());
    Map<String, List<TimelineEntry>> types = new TreeMap<>();
    for (TimelineEntry e : entries) {
      years.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e);
      types.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
    }
    years.replaceAll((y, list) -> List.copyOf(list));
    types.replaceAll((t, list) -> List.copyOf(list));
    this.byYear = years;
    this.byType = types;
    this.years = List.copyOf(years.keySet());
    this.types = List.copyOf(types.keySet());
  }

  @Override
  public List<TimelineEntry> entries(Integer year, String type) {
    if (year == null && type == null) {
      return entries;
    }
    if (year == null) {
      return byType.getOrDefault(type, List.of());
    }
    List<TimelineEntry> ofYear = byYear.getOrDefault(year, List.of());
    return type == null ? ofYear : ofYear.stream().filter(e -> e.type().equals(type)).toList();
  }

  @Override
  public List<Integer> years() {
    return years;
  }

  @Override
  public List<String> types() {
    return types;
  }
}
