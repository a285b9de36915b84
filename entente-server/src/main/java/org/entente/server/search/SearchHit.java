package org.entente.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One search result.
 *
 * @param kind {@code document} or {@code fact}
 * @param doc the document id
 * @param fact the fact id, for a fact
 * @param title the document's title or the fact's label
 * @param type the fact type, for a fact
 * @param year the year, when known
 * @param score the BM25 score
 * @param snippet the best passages with the matched words marked
 * @param href the page to open
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(
    String kind,
    String doc,
    Long fact,
    String title,
    String type,
    Integer year,
    float score,
    List<Segment> snippet,
    String href) {

  /** Copies the snippet. */
  public SearchHit {
    snippet = List.copyOf(snippet);
  }
}
