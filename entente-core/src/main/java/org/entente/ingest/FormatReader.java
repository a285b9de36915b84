package org.entente.ingest;

import java.nio.file.Path;
import java.util.Set;

/** Reads one file format into text. Stateless and thread-safe. */
sealed interface FormatReader permits PlainTextReader, TikaReader {

  /** The lower-case file extensions (without dot) this reader handles. */
  Set<String> extensions();

  /**
   * Reads the whole file; the caller has already checked that it exists and fits the limits.
   *
   * @throws IngestFailure when the file cannot be read or decoded
   */
  ExtractedText read(Path file) throws IngestFailure;
}
