package org.entente.cli;

import java.nio.file.Path;
import org.entente.store.Store;
import org.entente.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --data} / {@code --db} options every command that reads or writes the store has. */
public final class StoreOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the embedded database (default: ./entente-data).")
  Path data;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description = "A database server instead, e.g. postgresql://user:pw@localhost:5432/entente.")
  String db;

  /**
   * The location the options name.
   *
   * @throws IllegalArgumentException when both --data and --db are given
   */
  public StoreLocation location() {
    if (data != null && db != null) {
      throw new IllegalArgumentException("give either --data or --db, not both");
    }
    if (db != null) {
      return new StoreLocation.Server(db);
    }
    return new StoreLocation.Embedded(data != null ? data : Store.defaultDataFolder());
  }

  /** Opens the store the options name. */
  public Store open() {
    return Store.open(location());
  }
}
