package org.entente.server.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When a fact holds, as in the fact contract: ISO dates of reduced precision.
 *
 * @param start the date, or the start of a span, or null
 * @param end the end of a span or an "as of" date, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record When(String start, String end) {

  /** The first date known, start before end, or null. */
  public String first() {
    return start != null ? start : end;
  }

  /** The year of {@link #first()}, or null when undated. */
  public Integer year() {
    String d = first();
    return d == null || d.length() < 4 ? null : Integer.valueOf(d.substring(0, 4));
  }
}
