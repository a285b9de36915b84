package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * one reader thread parses lines into a bounded queue of batches, N workers annotate and extract. Prints
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
    ObjectMapper json = new ObjectMapper();
    long docs = 0;
    long bytes = 0;
    List<Document> batch = new ArrayList<>(BATCH);
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String text = n.get("text").asText();
        String published = n.path("published").asText(null);
        batch.add(new Document(n.get("id").asText(), text, published == null ? null : PartialDate.parse(published),
            n.path("title").asText(null), n.path("source").asText(null), null, input + ":" + (docs + 1)));
        if (batch.size() == BATCH) {
          queue.put(batch);
          batch = new ArrayList<>(BATCH);
        }
        docs++;
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
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
