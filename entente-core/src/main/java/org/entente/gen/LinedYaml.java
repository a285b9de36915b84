package org.entente.gen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML document as a tree whose every node knows its line, so errors can point at it. */
final class LinedYaml {

  private static final YAMLFactory YAML = new YAMLFactory();

  private LinedYaml() {}

  /** A node of the tree. */
  sealed interface Node {
    int line();
  }

  /** A scalar, as text. */
  record Scalar(int line, String text) implements Node {}

  /** A sequence. */
  record Seq(int line, List<Node> items) implements Node {}

  /** A mapping, in file order. */
  record Mapping(int line, Map<String, Node> entries) implements Node {}

  /**
   * Reads a YAML document.
   *
   * @throws IOException when it is not valid YAML (the message has the line)
   */
  static Node read(InputStream in) throws IOException {
    try (JsonParser parser = YAML.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Mapping(1, Map.of());
      }
      return node(parser);
    }
  }

  private static Node node(JsonParser parser) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(parser));
      }
      return new Seq(line, items);
    }
    if (token == JsonToken.START_OBJECT) {
      Map<String, Node> entries = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        entries.put(key, node(parser));
      }
      return new Mapping(line, entries);
    }
    return new Scalar(line, token == JsonToken.VALUE_NULL ? "" : parser.getText());
  }
}
