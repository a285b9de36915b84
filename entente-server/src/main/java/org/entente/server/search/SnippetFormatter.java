package org.entente.server.search;

import java.util.ArrayList;
import java.util.List;

/** Formats passages as {@link Segment} lists rather than markup, so rendering does the escaping. */
final class SnippetFormatter {

  private SnippetFormatter() {}

  /** The passages of a text, joined by an ellipsis, their matches marked; edges trimmed of spaces. */
  static List<Segment> format(String text, List<SnippetHighlighter.Passage> passages) {
    List<Segment> out = new ArrayList<>();
    for (SnippetHighlighter.Passage passage : passages) {
      if (!out.isEmpty()) {
        out.add(new Segment(" … ", false));
      }
      int pos = passage.start();
      int end = passage.end();
      while (end > pos && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      for (SnippetHighlighter.Span m : passage.matches()) {
        if (m.start() > pos) {
          out.add(new Segment(text.substring(pos, m.start()), false));
        }
        out.add(new Segment(text.substring(m.start(), m.end()), true));
        pos = m.end();
      }
      if (pos < end) {
        out.add(new Segment(text.substring(pos, end), false));
      }
    }
    return out;
  }
}
