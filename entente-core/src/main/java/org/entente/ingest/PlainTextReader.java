package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Plain text and Markdown, which must be UTF-8; the text is kept exactly as decoded. */
final class PlainTextReader implements FormatReader {

  @Override
  public Set<String> extensions() {
    return Set.of("txt", "text", "md", "markdown");
  }

  @Override
  public ExtractedText read(Path file) throws IngestFailure {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
    String[] problem = new String[1];
    String text = Utf8.decode(bytes, problem);
    if (text == null) {
      throw new IngestFailure(IngestFailure.Kind.ENCODING, file, 0, problem[0]);
    }
    return new ExtractedText(text, null, null, null);
  }
}
