package org.entente.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;
import org.entente.resolve.Quote;

/**
 * Where a statement comes from: a document and the exact words of it.
 *
 * @param doc the document id
 * @param start first code point of the quote
 * @param end code point after it
 * @param quote the words
 */
public record Source(String doc, int start, int end, String quote) {

  /** Requires a document and a quote. */
  public Source {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(quote, "quote");
  }

  /** One source per document behind a claim list: its first quote. */
  public static List<Source> of(List<Claim> claims) {
    List<Source> out = new ArrayList<>();
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (Claim c : claims) {
      if (seen.add(c.doc())) {
        Quote q = c.quotes().get(0);
        out.add(new Source(c.doc(), q.start(), q.end(), q.text()));
      }
    }
    return List.copyOf(out);
  }

  /** One source per document behind an entity. */
  public static List<Source> of(Entity e) {
    return of(e.claims());
  }
}
