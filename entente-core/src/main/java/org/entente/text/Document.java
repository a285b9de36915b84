package org.entente.text;

import java.util.Objects;

/**
 * One document as ingested: its id, its text exactly as decoded (every offset of the fact
 * contract points into it) and what is known of its publication.
 *
 * @param id the document id: a file name without extension, or a JSON Lines {@code id}
 * @param text the decoded text, never blank
 * @param published the publication date, or {@code null} when unknown
 * @param title the title, or {@code null}
 * @param source who published it, or {@code null}
 * @param lang an ISO 639-1 language code, or {@code null}
 * @param origin where it was read from: a path, or a path and line for a JSON Lines record
 */
public record Document(
    String id,
    String text,
    PartialDate published,
    String title,
    String source,
    String lang,
    String origin) {

  /** Checks that the id is usable and the text is not blank. */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    if (id.isBlank() || id.length() > 512 || id.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "document id must be 1..512 characters without control characters: '" + id + "'");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("document '" + id + "' has no text");
    }
  }

  /** The text length in Unicode code points, the unit of the contract's offsets. */
  public int codePointLength() {
    return text.codePointCount(0, text.length());
  }
}
