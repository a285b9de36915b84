package org.entente.server.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.entente.server.model.EvidenceSpan;
import org.entente.server.model.FactView;
import org.entente.server.model.When;

/**
 * One fact that speaks of an entity, with its sentence.
 *
 * @param fact the fact id
 * @param doc its document
 * @param when its date, or null
 * @param evidence its evidence spans
 * @param quote the text of its first span
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mention(long fact, String doc, When when, List<EvidenceSpan> evidence, String quote) {

  static Mention of(FactView f) {
    return new Mention(f.id(), f.doc(), f.when(), f.evidence(), f.quote());
  }

  /** The page that shows this mention's sentence. */
  @com.fasterxml.jackson.annotation.JsonProperty("href")
  public String href() {
    return org.entente.server.model.Hrefs.fact(doc, fact);
  }
}
