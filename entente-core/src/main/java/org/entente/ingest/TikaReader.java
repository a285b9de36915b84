package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.entente.text.PartialDate;
import org.xml.sax.SAXException;

/**
 * HTML, PDF and Word (docx) through Apache Tika. The parser is chosen by extension, not by
 * sniffing, so that a corrupt PDF is reported as a corrupt PDF rather than read as plain text.
 */
final class TikaReader implements FormatReader {

  /** Metadata names that carry a publication date, best first. */
  private static final List<String> PUBLISHED_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "datePublished",
          "date",
          "dc.date",
          "DC.date",
          "dc.date.issued",
          "DC.date.issued",
          "dcterms.date",
          "dcterms.issued",
          "pubdate",
          "publishdate",
          "publication_date",
          "sailthru.date");

  private static final Map<String, String> FORMAT_NAMES =
      Map.of("pdf", "PDF", "docx", "Word document", "html", "HTML", "htm", "HTML", "xhtml", "HTML");

  @Override
  public Set<String> extensions() {
    return FORMAT_NAMES.keySet();
  }

  @Override
  public ExtractedText read(Path file) throws IngestFailure {
    String ext = Inputs.extension(file);
    Parser parser =
        switch (ext) {
          case "pdf" -> new PDFParser();
          case "docx" -> new OOXMLParser();
          default -> new JSoupParser();
        };
    BodyContentHandler handler = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      throw new IngestFailure(
          IngestFailure.Kind.ENCRYPTED, file, "the " + FORMAT_NAMES.get(ext) + " needs a password", e);
    } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
      throw Inputs.unreadable(file, e);
    } catch (IOException e) {
      // The file was readable a moment ago: an I/O error from inside a parser means bad content.
      throw corrupt(file, ext, e);
    } catch (TikaException | SAXException | RuntimeException e) {
      // Hostile files make parsers throw anything; each is this one file's problem.
      throw corrupt(file, ext, e);
    }
    String text = handler.toString();
    PartialDate published = firstDate(metadata, PUBLISHED_KEYS);
    PartialDate created = firstDate(metadata, List.of(TikaCoreProperties.CREATED.getName()));
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title != null && title.isBlank()) {
      title = null;
    }
    return new ExtractedText(text, title == null ? null : title.strip(), published, created);
  }

  private static IngestFailure corrupt(Path file, String ext, Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new IngestFailure(
        IngestFailure.Kind.CORRUPT,
        file,
        "cannot parse as " + FORMAT_NAMES.get(ext) + " (" + oneLine(why) + ")",
        e);
  }

  private static String oneLine(String s) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }

  private static PartialDate firstDate(Metadata metadata, List<String> keys) {
    for (String key : keys) {
      String value = metadata.get(key);
      PartialDate date = value == null ? null : MetadataDates.parse(value);
      if (date != null) {
        return date;
      }
    }
    return null;
  }
}
