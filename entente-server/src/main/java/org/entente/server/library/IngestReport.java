package org.entente.server.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one ingest over HTTP did.
 *
 * @param documents each document read, with what storing it did
 * @param failed inputs that could not be read, and why
 * @param skipped files passed over, and why
 * @param warnings anything else worth knowing
 */
public record IngestReport(
    List<Stored> documents, List<String> failed, List<String> skipped, List<String> warnings) {

  /** Copies the lists. */
  public IngestReport {
    documents = List.copyOf(documents);
    failed = List.copyOf(failed);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /**
   * One document read.
   *
   * @param id its id
   * @param version the version now current
   * @param outcome stored, new_version or unchanged
   * @param facts facts extracted, or null when it was unchanged
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Stored(String id, int version, String outcome, Integer facts) {}
}
