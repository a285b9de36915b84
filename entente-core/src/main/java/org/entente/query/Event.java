package org.entente.query;

import java.util.List;
import java.util.Objects;
import org.entente.resolve.Entity;

/**
 * One dated (or undated) event of the chronology: a visit, talks, a signing, a session, the
 * opening of relations or of a mission.
 *
 * @param start its date, or null
 * @param end the end of its span, or null
 * @param kind the entity type, e.g. {@code visit}
 * @param label a sentence that says what happened
 * @param entity the entity behind it
 * @param sources the documents that report it
 */
public record Event(String start, String end, String kind, String label, Entity entity, List<Source> sources) {
  /** Copies the sources. */
  public Event {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    sources = List.copyOf(sources);
  }
}
