package org.entente.brief;

import java.util.List;
import java.util.Objects;
import org.entente.query.Source;

/**
 * A brief: its title, the date it is as of, its sections and its footnotes.
 *
 * @param title the page's title
 * @param asOf the date it is as of
 * @param sections the sections, in reading order
 * @param notes the footnotes; a statement's note numbers index this list from 1
 */
public record Brief(String title, String asOf, List<Section> sections, List<Source> notes) {

  /**
   * A section: a heading and its statements.
   *
   * @param heading the heading
   * @param statements its statements; each is a paragraph or a list item
   * @param list whether the statements are a list
   */
  public record Section(String heading, List<Statement> statements, boolean list) {
    /** Copies the statements. */
    public Section {
      Objects.requireNonNull(heading, "heading");
      statements = List.copyOf(statements);
    }
  }

  /**
   * A generated sentence and the footnotes behind it.
   *
   * @param text the sentence
   * @param notes footnote numbers, from 1
   */
  public record Statement(String text, List<Integer> notes) {
    /** Copies the notes. */
    public Statement {
      Objects.requireNonNull(text, "text");
      notes = List.copyOf(notes);
    }
  }

  /** Copies the parts. */
  public Brief {
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
    notes = List.copyOf(notes);
  }
}
