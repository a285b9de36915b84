package org.entente.server.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Formats passages as {@link Segment} lists rather than markup, so rendering does the escaping. */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<Segment> out = new ArrayList<>();
    for (int p = 0; p < passages.length; p++) {
      Passage passage = passages[p];
      if (p > 0) {
        out.add(new Segment(" … ", false));
      }
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(pos, passage.getMatchStarts()[i]);
        int end = passage.getMatchEnds()[i];
        if (end <= start) {
          continue;
        }
        if (start > pos) {
          out.add(new Segment(content.substring(pos, start), false));
        }
        out.add(new Segment(content.substring(start, end), true));
        pos = end;
      }
      if (pos < passage.getEndOffset()) {
        out.add(new Segment(content.substring(pos, passage.getEndOffset()), false));
      }
    }
    return out;
  }
}
