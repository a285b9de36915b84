package org.entente.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes test documents in each format, with known text and metadata. */
final class Fixtures {

  private Fixtures() {}

  static Path text(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static Path pdf(Path dir, String name, List<String> lines, String title, Calendar created, String userPassword)
      throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.setLeading(14);
        content.newLineAtOffset(50, 720);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      if (title != null) {
        doc.getDocumentInformation().setTitle(title);
      }
      if (created != null) {
        doc.getDocumentInformation().setCreationDate(created);
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  static Calendar day(int year, int month, int day) {
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(year, month - 1, day, 12, 0);
    return c;
  }

  static Path docx(Path dir, String name, List<String> paragraphs, String title, String createdIso)
      throws IOException {
    Path file = dir.resolve(name);
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      if (title != null) {
        doc.getProperties().getCoreProperties().setTitle(title);
      }
      if (createdIso != null) {
        try {
          doc.getProperties().getCoreProperties().setCreated(createdIso);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
          throw new IllegalArgumentException(createdIso, e);
        }
      }
      doc.write(out);
    }
    return file;
  }
}
