package org.entente.server.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.entente.server.model.FactView;

/**
 * One dated event of the chronology.
 *
 * @param date its date (reduced precision ISO)
 * @param end the end of a span, or null
 * @param type the fact type
 * @param label what happened, in a line
 * @param fact the fact id
 * @param doc its document
 * @param quote its sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
    String date, String end, String type, String label, long fact, String doc, String quote) {

  static TimelineEntry of(FactView f) {
    return new TimelineEntry(
        f.when().first(), f.when().start() != null ? f.when().end() : null, f.type(),
        FactLabel.of(f), f.id(), f.doc(), f.quote());
  }

  /** The year of the event. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public int year() {
    return Integer.parseInt(date.substring(0, 4));
  }

  /** The page that shows this event's sentence. */
  @com.fasterxml.jackson.annotation.JsonProperty("href")
  public String href() {
    return org.entente.server.model.Hrefs.fact(doc, fact);
  }
}
