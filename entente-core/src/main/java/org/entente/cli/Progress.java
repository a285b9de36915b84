package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Build progress on standard error: a redrawn bar on a terminal, else a plain line every N
 * documents. Messages (errors, warnings) are printed on their own lines in both cases.
 */
abstract sealed class Progress implements AutoCloseable {

  final PrintWriter err;

  Progress(PrintWriter err) {
    this.err = err;
  }

  /** The launcher sets {@code entente.tty} when standard error is a terminal. */
  static Progress create(PrintWriter err, List<Path> paths, int every, boolean quiet) {
    if (Boolean.getBoolean("entente.tty")) {
      return new Bar(err, totalBytes(paths));
    }
    return new Lines(err, quiet ? Long.MAX_VALUE : every);
  }

  abstract void update(BuildTally tally);

  void message(String line) {
    err.println(line);
    err.flush();
  }

  @Override
  public void close() {}

  private static long totalBytes(List<Path> paths) {
    long[] total = {0};
    for (Path path : paths) {
      try {
        if (Files.isDirectory(path)) {
          Files.walkFileTree(
              path,
              new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                  total[0] += attrs.size();
                  return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                  return FileVisitResult.CONTINUE;
                }
              });
        } else if (Files.isRegularFile(path)) {
          total[0] += Files.size(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total[0];
  }

  /** A bar redrawn in place at most ten times a second. */
  static final class Bar extends Progress {
    private static final int WIDTH = 30;
    private final long totalBytes;
    private long lastDraw;
    private String lastLine = "";
    private BuildTally last;

    Bar(PrintWriter err, long totalBytes) {
      super(err);
      this.totalBytes = Math.max(1, totalBytes);
    }

    @Override
    void update(BuildTally tally) {
      last = tally;
      long now = System.nanoTime();
      if (now - lastDraw > 100_000_000L) {
        lastDraw = now;
        draw(tally, Math.min(1.0, tally.bytes() / (double) totalBytes));
      }
    }

    private void draw(BuildTally tally, double done) {
      int filled = (int) Math.round(done * WIDTH);
      lastLine =
          String.format(
              Locale.ROOT,
              "\r[%s%s] %3d%% %s",
              "#".repeat(filled),
              ".".repeat(WIDTH - filled),
              Math.round(done * 100),
              tally.progressLine());
      err.print(lastLine);
      err.flush();
    }

    @Override
    void message(String line) {
      if (!lastLine.isEmpty()) {
        err.print("\r" + " ".repeat(lastLine.length()) + "\r");
      }
      super.message(line);
      if (!lastLine.isEmpty()) {
        err.print(lastLine);
        err.flush();
      }
    }

    @Override
    public void close() {
      if (last != null) {
        draw(last, 1.0);
        err.println();
        err.flush();
      }
    }
  }

  /** A plain line every N documents, for logs and pipes. */
  static final class Lines extends Progress {
    private final long every;
    private long nextAt;

    Lines(PrintWriter err, long every) {
      super(err);
      this.every = every;
      this.nextAt = every;
    }

    @Override
    void update(BuildTally tally) {
      if (tally.documents() >= nextAt) {
        nextAt = tally.documents() + every;
        message("progress: " + tally.progressLine());
      }
    }
  }
}
