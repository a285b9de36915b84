package org.entente.cli;

import java.util.Locale;
import org.entente.store.PutResult;

/** Running counts of one build, and its summary line. */
final class BuildTally {

  private final long startNanos = System.nanoTime();
  private long read;
  private long stored;
  private long newVersions;
  private long unchanged;
  private long failed;
  private long skipped;
  private long bytes;
  private long facts;

  void facts(int count) {
    facts += count;
  }

  void read(long inputBytes, PutResult.Outcome outcome) {
    read++;
    bytes += inputBytes;
    switch (outcome) {
      case STORED -> stored++;
      case NEW_VERSION -> newVersions++;
      case UNCHANGED -> unchanged++;
    }
  }

  void failed() {
    failed++;
  }

  void skipped() {
    skipped++;
  }

  long failures() {
    return failed;
  }

  long documents() {
    return read + failed;
  }

  long bytes() {
    return bytes;
  }

  double seconds() {
    return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
  }

  /** One line for progress output. */
  String progressLine() {
    return String.format(
        Locale.ROOT,
        "%,d documents (%,d stored, %,d new versions, %,d unchanged, %,d failed), %.1f MB, %.1f s",
        read + failed, stored, newVersions, unchanged, failed, bytes / 1048576.0, seconds());
  }

  /** The summary printed at the end of a build. */
  String summary() {
    double s = seconds();
    return String.format(
        Locale.ROOT,
        "read %,d, stored %,d, new versions %,d, unchanged %,d, failed %,d, skipped %,d, facts %,d"
            + " in %.2f s (%.1f documents/s, %.2f MB/s)",
        read, stored, newVersions, unchanged, failed, skipped, facts, s, read / s, bytes / 1048576.0 / s);
  }
}
