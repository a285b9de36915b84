package org.entente.server.views;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One dated event of the chronology: an entity of the knowledge base with the documents that
 * report it.
 *
 * @param date its date (reduced precision ISO)
 * @param end the end of a span, or null
 * @param type the entity type
 * @param label what happened, in a sentence
 * @param entity the entity id
 * @param sources the first mention in each document that reports it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(String date, String end, String type, String label, String entity, List<Mention> sources) {

  /** Requires a date and a source. */
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an event needs a source: " + entity);
    }
  }

  /** The year of the event. */
  @JsonIgnore
  public int year() {
    return Integer.parseInt(date.substring(0, 4));
  }

  /** The words of its first source. */
  @JsonIgnore
  public String quote() {
    return sources.get(0).quote();
  }

  /** The page that shows its first source's sentence. */
  @JsonProperty("href")
  public String href() {
    return sources.get(0).href();
  }
}
