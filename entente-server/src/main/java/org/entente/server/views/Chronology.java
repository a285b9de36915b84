package org.entente.server.views;

import java.util.List;

/** The dated events between the two countries, newest first. */
public interface Chronology {

  /** Events of a year and a type; null matches all. */
  List<TimelineEntry> entries(Integer year, String type);

  /** The years that have events, newest first. */
  List<Integer> years();

  /** The types that have events, sorted. */
  List<String> types();
}
