package org.entente.server.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The current version of a stored document.
 *
 * @param id the document id
 * @param version its version
 * @param title the title, or null
 * @param published the publication date (ISO, reduced precision), or null
 * @param source who published it, or null
 * @param lang its language, or null
 * @param text the text every evidence span points into
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(
    String id, int version, String title, String published, String source, String lang, String text) {

  /** Requires an id and a text. */
  public DocumentView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** The title, else the id. */
  public String label() {
    return title == null || title.isBlank() ? id : title;
  }

  /** The year of publication, or null. */
  public Integer year() {
    return published == null || published.length() < 4 ? null : Integer.valueOf(published.substring(0, 4));
  }

  /** The text between two code-point offsets, clamped to the text. */
  public String slice(int startCodePoint, int endCodePoint) {
    int length = text.codePointCount(0, text.length());
    int s = Math.min(Math.max(0, startCodePoint), length);
    int e = Math.min(Math.max(s, endCodePoint), length);
    int from = text.offsetByCodePoints(0, s);
    return text.substring(from, text.offsetByCodePoints(from, e - s));
  }
}
