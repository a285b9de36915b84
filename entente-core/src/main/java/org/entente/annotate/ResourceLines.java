package org.entente.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a line-oriented data file from the classpath: one entry a line, {@code #} starts a
 * comment, blank lines are ignored.
 */
public final class ResourceLines {

  /**
   * One entry and where it was.
   *
   * @param line the 1-based line number
   * @param text the entry, stripped
   */
  public record Line(int line, String text) {}

  private ResourceLines() {}

  /**
   * The entries of {@code name}, resolved against {@code owner}'s package.
   *
   * @throws IllegalStateException when the resource is missing
   */
  public static List<Line> read(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "missing data file " + owner.getPackageName().replace('.', '/') + "/" + name);
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        int hash = raw.indexOf('#');
        String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (!text.isEmpty()) {
          lines.add(new Line(number, text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
    return lines;
  }
}
