package org.entente.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * A JSON Lines dump: one document per line, {@code {"id", "text", "published"?, "title"?,
 * "source"?, "lang"?}}; other fields are ignored. The file is streamed, never held whole, so a
 * dump may be far larger than memory; the size limit applies to each line.
 */
final class JsonlReader {

  /** Receives each record: a document, or the failure of one line. */
  interface Sink {
    void document(Document document, long bytes);

    void failure(IngestFailure failure);
  }

  private final ObjectMapper json;
  private final IngestLimits limits;

  JsonlReader(ObjectMapper json, IngestLimits limits) {
    this.json = json;
    this.limits = limits;
  }

  /**
   * True when the first non-blank line of the file is a JSON object with a {@code text} field;
   * a folder may hold other JSON Lines files (gold facts, exports) that are not documents.
   */
  boolean looksLikeDocumentDump(Path file) {
    try (LineReader lines = new LineReader(Files.newInputStream(file), limits.maxBytes())) {
      byte[] line;
      while ((line = lines.next()) != null) {
        if (line.length == 0 || new String(line, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        return node != null && node.isObject() && node.has("text");
      }
      return true;
    } catch (IOException e) {
      return true; // let read() report the problem with its line
    }
  }

  /** Streams every line to the sink; problems of the file as a whole are thrown. */
  void read(Path file, Manifest manifest, Sink sink) throws IngestFailure {
    try (LineReader lines = new LineReader(Files.newInputStream(file), limits.maxBytes())) {
      byte[] line;
      while ((line = lines.next()) != null) {
        int number = lines.lineNumber();
        if (lines.overflowed()) {
          sink.failure(
              new IngestFailure(
                  IngestFailure.Kind.TOO_LARGE,
                  file,
                  number,
                  "the record exceeds the limit of " + limits.describe() + " (see --max-size)"));
          continue;
        }
        try {
          Document document = record(file, number, line, manifest);
          if (document != null) {
            sink.document(document, line.length);
          }
        } catch (IngestFailure failure) {
          sink.failure(failure);
        }
      }
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
  }

  private Document record(Path file, int line, byte[] bytes, Manifest manifest)
      throws IngestFailure {
    String[] problem = new String[1];
    String raw = Utf8.decode(bytes, problem);
    if (raw == null) {
      throw new IngestFailure(IngestFailure.Kind.ENCODING, file, line, problem[0]);
    }
    if (raw.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = json.readTree(raw);
    } catch (JsonProcessingException e) {
      throw new IngestFailure(
          IngestFailure.Kind.MALFORMED, file, line, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IngestFailure(
          IngestFailure.Kind.MALFORMED, file, line, "expected a JSON object with 'id' and 'text'");
    }
    String id = requiredString(node, "id", file, line);
    String text = requiredString(node, "text", file, line);
    if (text.isBlank()) {
      throw new IngestFailure(IngestFailure.Kind.EMPTY, file, line, "document '" + id + "' has no text");
    }
    PartialDate published = null;
    JsonNode date = node.get("published");
    if (date != null && !date.isNull()) {
      try {
        published = PartialDate.parse(date.isTextual() ? date.asText() : date.toString());
      } catch (IllegalArgumentException e) {
        throw new IngestFailure(
            IngestFailure.Kind.MALFORMED, file, line, "field 'published': " + e.getMessage());
      }
    }
    Manifest.Entry entry = manifest.get(id);
    if (published == null) {
      published = entry != null && entry.published() != null ? entry.published() : Dateline.find(text);
    }
    String title = optionalString(node, "title", file, line);
    String source = optionalString(node, "source", file, line);
    String lang = optionalString(node, "lang", file, line);
    if (entry != null) {
      title = title != null ? title : entry.title();
      source = source != null ? source : entry.source();
      lang = lang != null ? lang : entry.lang();
    }
    try {
      return new Document(id, text, published, title, source, lang, file + ":" + line);
    } catch (IllegalArgumentException e) {
      throw new IngestFailure(IngestFailure.Kind.MALFORMED, file, line, e.getMessage());
    }
  }

  private static String requiredString(JsonNode node, String field, Path file, int line)
      throws IngestFailure {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IngestFailure(
          IngestFailure.Kind.MALFORMED, file, line, "missing required field '" + field + "'");
    }
    if (!value.isTextual()) {
      throw new IngestFailure(
          IngestFailure.Kind.MALFORMED,
          file,
          line,
          "field '" + field + "' must be a string, found " + value.getNodeType());
    }
    return value.asText();
  }

  private static String optionalString(JsonNode node, String field, Path file, int line)
      throws IngestFailure {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IngestFailure(
          IngestFailure.Kind.MALFORMED,
          file,
          line,
          "field '" + field + "' must be a string, found " + value.getNodeType());
    }
    return value.asText();
  }

  /** Splits a byte stream at '\n' without decoding it, and bounds the length of a line. */
  private static final class LineReader implements AutoCloseable {
    private final InputStream in;
    private final long max;
    private byte[] buffer = new byte[8192];
    private int lineNumber;
    private boolean overflowed;

    LineReader(InputStream in, long max) {
      this.in = new BufferedInputStream(in, 1 << 16);
      this.max = max;
    }

    /** The next line without its terminator, or null at the end. */
    byte[] next() throws IOException {
      int length = 0;
      overflowed = false;
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') {
          break;
        }
        if (length >= max) {
          overflowed = true;
          continue;
        }
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, buffer.length * 2L));
        }
        buffer[length++] = (byte) b;
      }
      if (!any) {
        return null;
      }
      lineNumber++;
      if (length > 0 && buffer[length - 1] == '\r') {
        length--;
      }
      return Arrays.copyOf(buffer, length);
    }

    int lineNumber() {
      return lineNumber;
    }

    boolean overflowed() {
      return overflowed;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
