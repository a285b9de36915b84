package org.entente.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.text.Diagnostic;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * Walks files and folders and reads every document in them, in a stable order (sorted by name).
 * Events are streamed to a consumer as they come, so memory does not grow with the corpus.
 *
 * <p>The publication date of a document comes from, in order: its folder's {@code manifest.json}
 * (the nearest one up the tree), the {@code published} field of a JSON Lines record, publication
 * metadata of an HTML page, a dateline at the top of the text, creation metadata of a PDF or Word
 * file. Otherwise it stays unknown.
 */
public final class CorpusReader {

  private final IngestLimits limits;
  private final ObjectMapper json = new ObjectMapper();
  private final List<FormatReader> readers = List.of(new PlainTextReader(), new TikaReader());
  private final JsonlReader jsonl;

  /** A reader that enforces these limits. */
  public CorpusReader(IngestLimits limits) {
    this.limits = limits;
    this.jsonl = new JsonlReader(json, limits);
  }

  /** The extensions read, sorted, for help texts. */
  public List<String> supportedExtensions() {
    List<String> all = new ArrayList<>();
    readers.forEach(r -> all.addAll(r.extensions()));
    all.add("jsonl");
    return all.stream().sorted().toList();
  }

  /** Reads every path (file or folder) and sends one event per document, failure or skip. */
  public void read(List<Path> paths, Consumer<IngestEvent> events) {
    Map<Path, Manifest> manifests = new HashMap<>();
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (Files.isDirectory(absolute)) {
        walk(path, absolute, manifests, events);
      } else {
        readFile(path, manifestFor(absolute.getParent(), manifests, events), true, events);
      }
    }
  }

  private void walk(Path shown, Path dir, Map<Path, Manifest> manifests, Consumer<IngestEvent> events) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    } catch (IOException e) {
      events.accept(new IngestEvent.Failed(Inputs.unreadable(shown, e)));
      return;
    }
    Manifest manifest = manifestFor(dir, manifests, events);
    for (Path child : children) {
      String name = child.getFileName().toString();
      Path shownChild = shown.resolve(name);
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(child)) {
        walk(shownChild, child, manifests, events);
      } else if (!name.equals(Manifest.FILE_NAME)) {
        readFile(shownChild, manifest, false, events);
      }
    }
  }

  /** The nearest manifest at or above {@code dir}, read once per folder. */
  private Manifest manifestFor(Path dir, Map<Path, Manifest> cache, Consumer<IngestEvent> events) {
    if (dir == null) {
      return Manifest.empty();
    }
    Manifest cached = cache.get(dir);
    if (cached != null) {
      return cached;
    }
    Path file = dir.resolve(Manifest.FILE_NAME);
    Manifest manifest =
        Files.isRegularFile(file)
            ? Manifest.read(file, json, f -> events.accept(new IngestEvent.Failed(f)))
            : manifestFor(dir.getParent(), cache, events);
    cache.put(dir, manifest);
    return manifest;
  }

  private void readFile(Path file, Manifest manifest, boolean named, Consumer<IngestEvent> events) {
    String ext = Inputs.extension(file);
    if (ext.equals("jsonl")) {
      readJsonl(file, manifest, named, events);
      return;
    }
    FormatReader reader = readers.stream().filter(r -> r.extensions().contains(ext)).findFirst().orElse(null);
    if (reader == null) {
      String why =
          "'"
              + (ext.isEmpty() ? "(no extension)" : "." + ext)
              + "' is not a supported type (expected one of "
              + "." + String.join(", .", supportedExtensions())
              + ")";
      if (named) {
        events.accept(new IngestEvent.Failed(new IngestFailure(IngestFailure.Kind.UNSUPPORTED, file, 0, why)));
      } else {
        events.accept(new IngestEvent.Skipped(new Diagnostic(file.toString(), 0, why)));
      }
      return;
    }
    try {
      Inputs.checkReadable(file, limits);
      ExtractedText extracted = reader.read(file);
      if (extracted.text().isBlank()) {
        throw new IngestFailure(IngestFailure.Kind.EMPTY, file, 0, "no text in the file (only whitespace or markup)");
      }
      String id = Inputs.baseName(file);
      Manifest.Entry entry = manifest.get(id);
      PartialDate published = entry != null && entry.published() != null ? entry.published() : null;
      if (published == null) {
        published = extracted.published();
      }
      if (published == null) {
        published = Dateline.find(extracted.text());
      }
      if (published == null) {
        published = extracted.created();
      }
      String title = entry != null && entry.title() != null ? entry.title() : extracted.title();
      Document document =
          new Document(
              id,
              extracted.text(),
              published,
              title,
              entry == null ? null : entry.source(),
              entry == null ? null : entry.lang(),
              file.toString());
      events.accept(new IngestEvent.Read(document, Files.size(file)));
    } catch (IngestFailure failure) {
      events.accept(new IngestEvent.Failed(failure));
    } catch (IOException e) {
      events.accept(new IngestEvent.Failed(Inputs.unreadable(file, e)));
    } catch (IllegalArgumentException e) {
      events.accept(new IngestEvent.Failed(new IngestFailure(IngestFailure.Kind.MALFORMED, file, 0, e.getMessage())));
    }
  }

  private void readJsonl(Path file, Manifest manifest, boolean named, Consumer<IngestEvent> events) {
    try {
      Inputs.checkReadable(file, new IngestLimits(Long.MAX_VALUE));
    } catch (IngestFailure failure) {
      events.accept(new IngestEvent.Failed(failure));
      return;
    }
    if (!named && !jsonl.looksLikeDocumentDump(file)) {
      events.accept(
          new IngestEvent.Skipped(
              new Diagnostic(file.toString(), 1, "not a document dump (its first record has no 'text' field)")));
      return;
    }
    try {
      jsonl.read(
          file,
          manifest,
          new JsonlReader.Sink() {
            @Override
            public void document(Document document, long bytes) {
              events.accept(new IngestEvent.Read(document, bytes));
            }

            @Override
            public void failure(IngestFailure failure) {
              events.accept(new IngestEvent.Failed(failure));
            }
          });
    } catch (IngestFailure failure) {
      events.accept(new IngestEvent.Failed(failure));
    }
  }
}
