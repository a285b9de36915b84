package org.entente.server.library;

import java.util.Objects;
import org.entente.query.Names;
import org.entente.server.model.Snapshot;
import org.entente.server.views.Views;

/**
 * What the server shows now: a snapshot and the views built from it, always swapped together.
 *
 * @param snapshot the documents and facts
 * @param views the chronology, registry, trade series and conflicts of its knowledge base
 */
public record Current(Snapshot snapshot, Views views) {

  /** Requires both. */
  public Current {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(views, "views");
  }

  static Current of(Snapshot snapshot, Names names) {
    return new Current(snapshot, Views.of(snapshot, names));
  }
}
