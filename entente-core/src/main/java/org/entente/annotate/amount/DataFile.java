package org.entente.annotate.amount;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.Diagnostic;

/**
 * One line-oriented data file of this package, read as UTF-8: blank lines and lines whose first
 * non-blank character is {@code #} are skipped; fields are separated by runs of spaces or tabs.
 *
 * @param name the file name, as it appears in error messages
 * @param lines the lines that carry data
 */
record DataFile(String name, List<Line> lines) {

  DataFile {
    lines = List.copyOf(lines);
  }

  /** Reads a resource beside this class. */
  static DataFile load(String name) {
    try (InputStream in = DataFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing data file " + name + " in " + DataFile.class.getPackageName());
      }
      return of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
  }

  /** Parses the content of a file; tests use this to try broken files. */
  static DataFile of(String name, String content) {
    List<Line> lines = new ArrayList<>();
    String[] raw = content.split("\r?\n|\r", -1);
    for (int i = 0; i < raw.length; i++) {
      String text = raw[i].strip();
      if (i == 0 && text.startsWith("\uFEFF")) {
        text = text.substring(1).strip();
      }
      if (!text.isEmpty() && !text.startsWith("#")) {
        lines.add(new Line(name, i + 1, text));
      }
    }
    return new DataFile(name, lines);
  }

  /**
   * One line with data.
   *
   * @param file the file name
   * @param number 1-based
   * @param text the line without surrounding blanks
   */
  record Line(String file, int number, String text) {

    /**
     * Splits into {@code count} fields, the last taking the rest of the line with its inner
     * blanks reduced to single spaces.
     */
    String[] fields(int count, String expected) {
      String[] parts = text.split("[ \t]+", count);
      if (parts.length < count) {
        throw error("expected " + expected + ", found '" + text + "'");
      }
      parts[count - 1] = parts[count - 1].replaceAll("[ \t]+", " ");
      return parts;
    }

    /** An error located at this line: {@code units.txt:12: message}. */
    IllegalStateException error(String message) {
      return new IllegalStateException(new Diagnostic(file, number, message).toString());
    }
  }
}
