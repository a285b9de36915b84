package org.entente.server.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document in a list: what it is, without its text.
 *
 * @param id the document id
 * @param version its current version
 * @param title the title, or null
 * @param published the publication date, or null
 * @param source who published it, or null
 * @param facts how many facts were extracted from it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentSummary(
    String id, int version, String title, String published, String source, int facts) {

  static DocumentSummary of(DocumentView doc, int facts) {
    return new DocumentSummary(doc.id(), doc.version(), doc.title(), doc.published(), doc.source(), facts);
  }
}
