package org.entente.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Readable JSON in tests: single quotes stand for double quotes. */
final class Json {

  private Json() {}

  static JsonNode of(String text) {
    try {
      return new ObjectMapper().readTree(text.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> facts(String... lines) {
    return Arrays.stream(lines).map(Json::of).toList();
  }
}
