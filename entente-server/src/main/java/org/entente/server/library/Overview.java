package org.entente.server.library;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.server.model.FactView;
import org.entente.server.views.TradeYear;
import org.entente.server.views.TimelineEntry;

/**
 * The key figures of the pair of countries, for the overview page.
 *
 * @param countries the countries the facts name most, most first (the pair first)
 * @param documents how many documents
 * @param facts how many facts
 * @param agreements how many distinct agreements
 * @param conflicts how many conflicts between sources
 * @param factsByType facts per type, sorted by type
 * @param latestTrade the latest year with a trade volume, or null
 * @param latestEvents the ten newest events
 */
public record Overview(
    List<String> countries,
    int documents,
    int facts,
    int agreements,
    int conflicts,
    Map<String, Long> factsByType,
    TradeYear latestTrade,
    List<TimelineEntry> latestEvents) {

  /** Copies the collections. */
  public Overview {
    countries = List.copyOf(countries);
    factsByType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factsByType));
    latestEvents = List.copyOf(latestEvents);
  }

  /** The overview of what the server shows now. */
  public static Overview of(Current current) {
    Map<String, Long> byCountry = new TreeMap<>();
    Map<String, Long> byType = new TreeMap<>();
    for (FactView f : current.snapshot().facts()) {
      f.countries().forEach(c -> byCountry.merge(c, 1L, Long::sum));
      byType.merge(f.type(), 1L, Long::sum);
    }
    List<String> countries =
        byCountry.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .limit(6)
            .map(Map.Entry::getKey)
            .toList();
    List<TradeYear> years = current.views().trade().years();
    List<TimelineEntry> events = current.views().chronology().entries(null, null);
    return new Overview(
        countries,
        current.snapshot().documentCount(),
        current.snapshot().facts().size(),
        current.views().registry().agreements().size(),
        current.views().conflicts().size(),
        byType,
        years.isEmpty() ? null : years.get(years.size() - 1),
        events.subList(0, Math.min(10, events.size())));
  }
}
