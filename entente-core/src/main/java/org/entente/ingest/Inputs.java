package org.entente.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Checks and messages shared by the readers: existence, size, read errors. */
final class Inputs {

  private Inputs() {}

  /** Throws the right failure when {@code file} is not a readable regular file within limits. */
  static void checkReadable(Path file, IngestLimits limits) throws IngestFailure {
    if (!Files.exists(file)) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new IngestFailure(
            IngestFailure.Kind.UNREADABLE,
            file,
            0,
            "a symbolic link that is broken or loops on itself");
      }
      throw new IngestFailure(IngestFailure.Kind.MISSING, file, 0, "the path does not exist");
    }
    if (!Files.isRegularFile(file)) {
      throw new IngestFailure(IngestFailure.Kind.UNREADABLE, file, 0, "not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new IngestFailure(IngestFailure.Kind.UNREADABLE, file, 0, "permission denied");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (size > limits.maxBytes()) {
      throw new IngestFailure(
          IngestFailure.Kind.TOO_LARGE,
          file,
          0,
          Sizes.human(size) + " exceeds the limit of " + limits.describe() + " (see --max-size)");
    }
    if (size == 0) {
      throw new IngestFailure(IngestFailure.Kind.EMPTY, file, 0, "the file is empty (0 bytes)");
    }
  }

  static IngestFailure unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new IngestFailure(IngestFailure.Kind.MISSING, file, "the path does not exist", e);
    }
    if (e instanceof AccessDeniedException) {
      return new IngestFailure(IngestFailure.Kind.UNREADABLE, file, "permission denied", e);
    }
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IngestFailure(IngestFailure.Kind.UNREADABLE, file, reason, e);
  }

  /** The lower-case extension without the dot, or "" when there is none. */
  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension: the document id. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
