package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.Store;

/**
 * Groups stored documents into commits (every {@code maxDocuments} documents or {@code maxMillis}
 * milliseconds, whichever comes first) and reports a document as stored only once its commit has
 * returned: one commit per document would make the embedded store grow a chunk per document.
 */
final class DurableBatch {

  private final Store store;
  private final PrintWriter out;
  private final boolean printStored;
  private final int maxDocuments;
  private final long maxNanos;
  private final List<String> pending = new ArrayList<>();
  private long openedAt = System.nanoTime();
  private int uncommitted;

  DurableBatch(Store store, PrintWriter out, boolean printStored, int maxDocuments, long maxMillis) {
    this.store = store;
    this.out = out;
    this.printStored = printStored;
    this.maxDocuments = maxDocuments;
    this.maxNanos = maxMillis * 1_000_000L;
  }

  /** Notes one document written in the open transaction; commits when the batch is full. */
  void written(String report) {
    if (uncommitted == 0) {
      openedAt = System.nanoTime();
    }
    uncommitted++;
    if (printStored && report != null) {
      pending.add(report);
    }
    if (uncommitted >= maxDocuments || System.nanoTime() - openedAt >= maxNanos) {
      commit();
    }
  }

  /** Commits the open transaction and prints the reports it makes true. */
  void commit() {
    if (uncommitted == 0) {
      return;
    }
    store.commit();
    uncommitted = 0;
    for (String line : pending) {
      out.println(line);
    }
    pending.clear();
    out.flush();
  }
}
