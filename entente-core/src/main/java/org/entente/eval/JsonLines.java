package org.entente.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON Lines file as score.py does: UTF-8, lines ending in {@code \n}, {@code \r\n} or
 * {@code \r}, blank lines (Python's notion of blank) skipped, each other line one JSON object
 * parsed as Python's {@code json} module would ({@code NaN} and {@code Infinity} allowed, nothing
 * after the value).
 */
final class JsonLines {

  private JsonLines() {}

  /**
   * The objects of {@code file}, in order.
   *
   * @param stripFirst whether to strip the line before parsing: score.py does for facts, not for
   *     the registry, where whitespace JSON does not allow then spoils the line
   * @throws EvalInputException naming file and line for text that is not UTF-8 or a line that is
   *     not a JSON object, and when the file cannot be read
   */
  static List<JsonNode> read(Path file, boolean stripFirst) {
    ObjectMapper json =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<JsonNode> out = new ArrayList<>();
    int n = 0;
    // Lines are split as bytes and decoded one by one, so that an encoding error names its line.
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0 || bytes.size() > 0; b = in.read()) {
        if (b >= 0 && b != '\n' && b != '\r') {
          bytes.write(b);
          continue;
        }
        if (b == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        n++;
        String line;
        try {
          line = utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
          throw new EvalInputException(file + ":" + n + ": not UTF-8 text", e);
        }
        bytes.reset();
        JsonNode node = parse(json, stripFirst, line, file, n);
        if (node != null) {
          out.add(node);
        }
        if (b < 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new EvalInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** The object on one line, or null for a blank line. */
  private static JsonNode parse(
      ObjectMapper json, boolean stripFirst, String line, Path file, int n) {
    String stripped = PyText.strip(line);
    if (stripped.isEmpty()) {
      return null;
    }
    JsonNode node;
    try {
      node = json.readTree(stripFirst ? stripped : line);
    } catch (JacksonException e) {
      throw new EvalInputException(file + ":" + n + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (!node.isObject()) {
      throw new EvalInputException(
          file + ":" + n + ": expected a JSON object, found " + PyValues.typeName(node));
    }
    return node;
  }
}
