package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.entente.query.Source;
import org.entente.resolve.Entity;

/**
 * Prints the views of the knowledge base: a line per item with its sources indented below (doc
 * and quote), or JSON (one object per item: the entity in the registry form plus the label).
 */
final class ViewPrinter {

  private static final int QUOTE = 160;

  private final PrintWriter out;
  private final boolean json;
  private final RegistryJson registry = new RegistryJson();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ArrayNode items;

  ViewPrinter(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json;
    this.items = mapper.createArrayNode();
  }

  /** One item: its date, its label and its entity's sources. */
  void item(String date, String label, Entity entity) {
    if (json) {
      ObjectNode node = items.addObject();
      node.put("date", date);
      node.put("label", label);
      node.set("entity", registry.node(entity));
      return;
    }
    out.println((date == null ? "undated" : date) + "  " + label);
    for (Source s : Source.of(entity)) {
      out.println("    [" + s.doc() + " " + s.start() + "-" + s.end() + "] " + shorten(s.quote()));
    }
  }

  /** A line of text (ignored in JSON, which holds items only). */
  void note(String line) {
    if (!json) {
      out.println(line);
    }
  }

  /** Ends the view: prints the JSON array. */
  void finish() {
    if (json) {
      try {
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(items));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.flush();
  }

  static String shorten(String quote) {
    String q = quote.replaceAll("\\s+", " ");
    return q.length() > QUOTE ? q.substring(0, QUOTE) + "…" : q;
  }
}
