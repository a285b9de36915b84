package org.entente.annotate.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.Diagnostic;

/**
 * A line-oriented data file: text after '#' is a comment, blank lines are skipped, and every error
 * names the file and the line.
 *
 * @param name the file name, as it appears in messages
 * @param lines the lines that hold something, stripped
 */
record DataFile(String name, List<Line> lines) {

  /** Copies the lines. */
  DataFile {
    lines = List.copyOf(lines);
  }

  /**
   * One line with content.
   *
   * @param number 1-based
   * @param text without comment and surrounding space
   */
  record Line(int number, String text) {}

  /** Reads a UTF-8 resource beside this class. */
  static DataFile resource(String name) {
    try (InputStream in = DataFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + DataFile.class.getPackageName().replace('.', '/') + "/" + name);
      }
      return of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** A data file from its content. */
  static DataFile of(String name, String content) {
    List<Line> lines = new ArrayList<>();
    List<String> raw = content.lines().toList();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      int hash = text.indexOf('#');
      text = (hash >= 0 ? text.substring(0, hash) : text).strip();
      if (!text.isEmpty()) {
        lines.add(new Line(i + 1, text));
      }
    }
    return new DataFile(name, lines);
  }

  /** An error at a line: {@code months.txt:3: message}. */
  IllegalArgumentException error(Line line, String message) {
    return new IllegalArgumentException(new Diagnostic(name, line.number(), message).toString());
  }

  /** An error about the whole file: {@code months.txt: message}. */
  IllegalArgumentException error(String message) {
    return new IllegalArgumentException(new Diagnostic(name, 0, message).toString());
  }
}
