package org.entente.annotate;

import java.util.Objects;

/**
 * A typed name for one kind of annotation list on a document.
 *
 * @param name stable, used in messages and in {@code entente annotate --json}
 * @param type the annotation record type
 * @param <T> the annotation type
 */
public record Layer<T extends Annotation>(String name, Class<T> type) {
  /** Requires a name and a type. */
  public Layer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** The name's hash (which the string keeps): layers are map keys on every lookup. */
  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
