package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.annotate.Pipeline;
import org.entente.annotate.StandardPipeline;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.extract.FactExtractor;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * Throughput of the whole annotation pass (and, for {@code extract}, of fact extraction after it)
 * on a generated corpus: MB of text per second, per core. One warm-up pass over part of the corpus, then timed passes.
 */
final class AnnotateBench {

  private AnnotateBench() {}

  static void run(int megabytes, int threads, int rounds, boolean extract) throws Exception {
    SyntheticNews news = new SyntheticNews(7);
    List<Document> corpus = new ArrayList<>();
    long chars = 0;
    for (int i = 0; chars < megabytes * 1_000_000L; i++) {
      SyntheticNews.Generated g = news.generate(i);
      corpus.add(new Document(g.id(), g.text(), PartialDate.of(g.published()), g.title(), "synthetic", "en", "gen"));
      chars += g.text().length();
    }
    long t0 = System.nanoTime();
    Pipeline pipeline = StandardPipeline.create(Dictionaries.builtin());
    FactExtractor extractor = extract ? FactExtractor.standard() : null;
    System.out.printf(Locale.ROOT, "pipeline start-up: %.2f s (dictionaries and data files)%n", (System.nanoTime() - t0) / 1e9);
    System.out.printf(Locale.ROOT, "corpus: %,d documents, %.1f MB of text%n", corpus.size(), chars / 1e6);
    for (int i = 0; i < Math.min(corpus.size(), 2000); i++) {
      var annotated = pipeline.annotate(corpus.get(i)); // warm-up
      if (extractor != null) {
        extractor.extract(annotated);
      }
    }
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      long annotations = pass(pipeline, extractor, corpus, threads);
      double seconds = (System.nanoTime() - start) / 1e9;
      double mbs = chars / 1e6 / seconds;
      System.out.printf(Locale.ROOT,
          "round %d: %d thread(s), %.2f s, %.1f MB/s, %.1f MB/s per thread, %,.0f documents/s, %,d "
              + (extractor == null ? "annotations" : "facts") + "%n",
          round, threads, seconds, mbs, mbs / threads, corpus.size() / seconds, annotations);
    }
    System.out.printf(Locale.ROOT, "heap used: %.0f MB%n",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
  }

  private static long pass(Pipeline pipeline, FactExtractor extractor, List<Document> corpus, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = t;
        parts.add(pool.submit(() -> {
          long count = 0;
          for (int i = from; i < corpus.size(); i += threads) {
            var doc = pipeline.annotate(corpus.get(i));
            if (extractor != null) {
              count += extractor.extract(doc).size();
            } else {
              for (var layer : org.entente.annotate.Layers.ALL) {
                count += doc.get(layer).size();
              }
            }
          }
          return count;
        }));
      }
      long total = 0;
      for (Future<Long> f : parts) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }
}
