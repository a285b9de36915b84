package org.entente.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.annotate.Pipeline;
import org.entente.annotate.StandardPipeline;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.extract.Fact;
import org.entente.extract.FactExtractor;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * Annotation and extraction over a JSON Lines corpus (as {@code entente gen} writes it), streamed:
 * one reader thread parses documents into a bounded queue of batches, N workers annotate and extract. Prints
 * documents/s, MB/s of UTF-8 text, the workers' CPU time (MB per CPU-second is the figure per core
 * that other work on the machine does not lower) and the peak heap, so memory stays bounded
 * whatever the size.
 * With a facts file, each fact is also written there as {@code id<TAB>fact} (in the order the
 * workers finish their documents, so sort the file before comparing two runs).
 */
final class ScaleBench {

  /** The end of the input, one for each worker. */
  private static final List<Document> END = List.of();
  /**
   * Documents handed to a worker at a time: one hand-over per document cost a wake-up of the
   * reader (a system call) per document, about as much as extracting a short one.
   */
  private static final int BATCH = 100;

  private ScaleBench() {}

  static void run(Path input, int threads, Path factsOut) throws Exception {
    if (factsOut == null) {
      run(input, threads, (BufferedWriter) null);
    } else {
      try (BufferedWriter out = Files.newBufferedWriter(factsOut, StandardCharsets.UTF_8)) {
        run(input, threads, out);
      }
    }
  }

  private static void run(Path input, int threads, BufferedWriter factsOut) throws Exception {
    Pipeline pipeline = StandardPipeline.create(Dictionaries.builtin());
    FactExtractor extractor = FactExtractor.standard();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    BlockingQueue<List<Document>> queue = new ArrayBlockingQueue<>(10);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<long[]>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long facts = 0;
        for (List<Document> batch = queue.take(); batch != END; batch = queue.take()) {
          for (Document d : batch) {
            List<Fact> found = extractor.extract(pipeline.annotate(d));
            facts += found.size();
            if (factsOut != null) {
              write(factsOut, d.id(), found);
            }
          }
        }
        return new long[] {facts, cpu.getCurrentThreadCpuTime() - cpuStart};
      }));
    }
    long docs = 0;
    long bytes = 0;
    List<Document> batch = new ArrayList<>(BATCH);
    // a streaming parse over the whole file: the reader shares the cores with the workers, and a
    // tree and a string per line cost it about as much as a worker's share of the extraction
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        JsonParser p = new JsonFactory().createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw new IOException(input + ": line " + p.currentLocation().getLineNr() + ": expected a JSON object");
        }
        Document d = document(p, input, docs + 1);
        batch.add(d);
        if (batch.size() == BATCH) {
          queue.put(batch);
          batch = new ArrayList<>(BATCH);
        }
        docs++;
        bytes += utf8Length(d.text());
      }
    }
    if (!batch.isEmpty()) {
      queue.put(batch);
    }
    for (int t = 0; t < threads; t++) {
      queue.put(END);
    }
    long facts = 0;
    long workerCpu = 0;
    for (Future<long[]> f : workers) {
      facts += f.get()[0];
      workerCpu += f.get()[1];
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool2.getType() == MemoryType.HEAP) {
        peak += pool2.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT,
        "extract-file: %d thread(s), %,d documents, %.1f MB of text, %,d facts, %.1f s, %,.0f documents/s,"
            + " %.2f MB/s, workers' CPU %.1f s (%.2f MB per CPU-second), peak heap %.0f MB (max %.0f MB)%n",
        threads, docs, bytes / 1e6, facts, seconds, docs / seconds, bytes / 1e6 / seconds, workerCpu / 1e9,
        bytes / 1e6 / (workerCpu / 1e9), peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  /** The document whose object the parser is at the start of; other fields are skipped. */
  private static Document document(JsonParser p, Path input, long number) throws IOException {
    String id = null;
    String text = null;
    String published = null;
    String title = null;
    String source = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      String s = value == JsonToken.VALUE_NULL ? null : value.isScalarValue() ? p.getValueAsString() : null;
      p.skipChildren(); // an object or array value: past its end
      switch (field) {
        case "id" -> id = s;
        case "text" -> text = s;
        case "published" -> published = s;
        case "title" -> title = s;
        case "source" -> source = s;
        default -> { }
      }
    }
    if (id == null || text == null) {
      throw new IOException(input + ": document " + number + " has no " + (id == null ? "id" : "text"));
    }
    return new Document(id, text, published == null ? null : PartialDate.parse(published), title, source, null,
        input + ":" + number);
  }

  /** The length of a string in UTF-8, without encoding it. */
  static long utf8Length(String s) {
    long length = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        length++;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        length++; // a lone surrogate is encoded as '?'
      } else {
        length += 3;
      }
    }
    return length;
  }

  private static void write(BufferedWriter out, String id, List<Fact> facts) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Fact f : facts) {
      lines.append(id).append('\t').append(Objects.toString(f)).append('\n');
    }
    synchronized (out) {
      out.write(lines.toString());
    }
  }
}
