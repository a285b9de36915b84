package org.entente.server.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.query.Dossier;
import org.entente.query.Event;

/** The chronology of one pair: the dated events of its dossier's timeline, newest first. */
final class EventChronology implements Chronology {

  private final List<TimelineEntry> entries;
  private final Map<Integer, List<TimelineEntry>> byYear;
  private final Map<String, List<TimelineEntry>> byType;
  private final List<Integer> years;
  private final List<String> types;

  EventChronology(Dossier dossier, Mentions mentions) {
    List<TimelineEntry> dated = new ArrayList<>();
    for (Event e : dossier.timeline()) {
      // The chronology is of dated events; an undated one has no place on it.
      if (e.start() != null) {
        dated.add(
            new TimelineEntry(
                e.start(), e.end(), e.kind(), e.label(), e.entity().id(), mentions.perDocument(e.entity().claims())));
      }
    }
    dated.sort(
        Comparator.comparing(TimelineEntry::date).reversed()
            .thenComparing(TimelineEntry::type)
            .thenComparing(TimelineEntry::entity));
    this.entries = List.copyOf(dated);
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
