package org.entente.server.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.entente.server.model.EvidenceSpan;
import org.entente.server.model.Hrefs;
import org.entente.server.model.When;

/**
 * One place a document speaks of an entity, with its words.
 *
 * @param fact the fact whose evidence holds the quote, or null when none does
 * @param doc the document
 * @param when the date the document gives, or null
 * @param evidence the quote's span in code points
 * @param quote the quoted words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mention(Long fact, String doc, When when, List<EvidenceSpan> evidence, String quote) {

  /** Requires a document and a span. */
  public Mention {
    Objects.requireNonNull(doc, "doc");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a mention needs its span: " + doc);
    }
  }

  /**
   * The page that shows this mention's sentence: the fact's anchor when a fact holds it, else the
   * quote's own anchor by code points.
   */
  @JsonProperty("href")
  public String href() {
    EvidenceSpan span = evidence.get(0);
    return fact != null ? Hrefs.fact(doc, fact) : Hrefs.quote(doc, span.start(), span.end());
  }
}
