package org.entente.server.ingest;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.server.http.HttpError;
import org.entente.server.library.IngestReport;
import org.entente.server.library.Library;

/**
 * {@code POST /api/v1/documents}: a multipart upload of files (field {@code file}, any number) or
 * a JSON Lines body ({@code application/x-ndjson} or {@code application/jsonl}), one document per
 * line as {@code entente build} reads them. The files go to a private temporary folder and
 * through the library's ingest; the folder is removed afterwards.
 */
public final class Uploads {

  private final Library library;
  private final UploadPolicy policy;

  /** Uploads into this library under this policy. */
  public Uploads(Library library, UploadPolicy policy) {
    this.library = library;
    this.policy = policy;
  }

  /** Handles one upload request and returns what was ingested. */
  public IngestReport handle(Context ctx) {
    policy.check(ctx.header("Authorization"));
    long declared = ctx.contentLength();
    if (declared > policy.maxBytes()) {
      throw tooLarge(declared);
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    Path folder = null;
    try {
      folder = Files.createTempDirectory("entente-upload-");
      if (type.startsWith("multipart/form-data")) {
        saveFiles(ctx, folder);
      } else if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
          || type.startsWith("application/json-lines")) {
        try (InputStream body = ctx.bodyInputStream()) {
          copyBounded(body, folder.resolve("upload.jsonl"));
        }
      } else {
        throw HttpError.unsupportedType(
            "send multipart/form-data with 'file' fields, or a JSON Lines body as"
                + " application/x-ndjson; found Content-Type '" + type + "'");
      }
      IngestReport report = library.ingest(List.of(folder));
      if (report.documents().isEmpty()) {
        throw HttpError.unprocessable(
            "no document could be read from the upload"
                + (report.failed().isEmpty() ? "" : ": " + String.join("; ", report.failed()))
                + (report.skipped().isEmpty() ? "" : ": " + String.join("; ", report.skipped())));
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot receive the upload: " + e.getMessage(), e);
    } finally {
      deleteQuietly(folder);
    }
  }

  private void saveFiles(Context ctx, Path folder) throws IOException {
    List<UploadedFile> files;
    try {
      files = ctx.uploadedFiles();
    } catch (Exception e) { // Jetty's ServletException arrives undeclared through Kotlin
      if (exceedsLimit(e)) {
        throw tooLarge(-1);
      }
      throw HttpError.badRequest("cannot read the multipart body: " + rootMessage(e));
    }
    if (files.isEmpty()) {
      throw HttpError.badRequest("the multipart body has no file: send each document as a 'file' field");
    }
    UploadNames names = new UploadNames();
    for (UploadedFile file : files) {
      if (file.size() > policy.maxBytes()) {
        throw tooLarge(file.size());
      }
      try (InputStream in = file.content()) {
        copyBounded(in, folder.resolve(names.of(file.filename())));
      }
    }
  }

  /** Whether a multipart failure is Jetty's size limit ("max length exceeded", "... too large"). */
  private static boolean exceedsLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("exceeded") || m.contains("too large") || m.contains("max length")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private void copyBounded(InputStream in, Path target) throws IOException {
    long total = 0;
    byte[] buffer = new byte[8192];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > policy.maxBytes()) {
          throw tooLarge(total);
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private HttpError tooLarge(long size) {
    return HttpError.tooLarge(
        "the upload is larger than the " + policy.maxBytes() + " bytes accepted"
            + (size > 0 ? " (" + size + " bytes or more)" : ""));
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary folder is harmless; the upload's outcome stands.
    }
  }
}
