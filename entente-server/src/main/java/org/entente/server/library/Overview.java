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
 * The key figures of the knowledge base, for the overview page.
 *
 * @param pair the pair of countries with most entities, shown first, or null when there is none
 * @param pairs every pair of countries with entities, most entities first
 * @param countries the countries the facts name most, most first (the pair first)
 * @param documents how many documents
 * @param facts how many facts
 * @param agreements how many distinct agreements, of every pair
 * @param conflicts how many conflicts between sources, of every pair
 * @param factsByType facts per type, sorted by type
 * @param latestTrade the latest year with a trade volume of the first pair, or null
 * @param latestEvents the ten newest events of the first pair
 */
public record Overview(
    String pair,
    List<String> pairs,
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
    pairs = List.copyOf(pairs);
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
    String pair = current.views().defaultPair().orElse(null);
    List<TradeYear> years = current.views().trade(pair).years();
    List<TimelineEntry> events = current.views().chronology(pair).entries(null, null);
    return new Overview(
        pair,
        current.views().pairs(),
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
