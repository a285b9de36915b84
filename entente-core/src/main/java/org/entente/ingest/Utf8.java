package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding that says where the first bad byte is. */
final class Utf8 {

  private Utf8() {}

  /**
   * Decodes {@code bytes}, or returns {@code null} and leaves the problem in {@code problem[0]}:
   * the byte offset, the line and the offending byte.
   */
  static String decode(byte[] bytes, String[] problem) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problem[0] =
          String.format(
              Locale.ROOT,
              "invalid byte 0x%02X at byte offset %d (line %d); save the file as UTF-8",
              bytes[offset] & 0xff,
              offset,
              line);
      return null;
    }
    out.flip();
    return out.toString();
  }
}
