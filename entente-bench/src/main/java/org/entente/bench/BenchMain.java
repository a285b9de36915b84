package org.entente.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Entry point of the benchmark tools.
 *
 * <pre>
 * gen-jsonl --docs N --out FILE [--seed S]   a synthetic JSON Lines corpus for ingest benchmarks
 * annotate [--mb 50] [--threads 1] [--rounds 3]  throughput of the annotation pass
 * extract [--mb 50] [--threads 1] [--rounds 3]   throughput of annotation and extraction
 * extract-file --in DOCS.jsonl [--threads N] [--rounds N] [--facts-out FILE]
 *                                the same over a corpus file, streamed, with peak heap; the
 *                                facts of round 1 written to FILE, one per line, to compare runs
 * serve [--data DIR] [--docs 5000] [--clients 8] [--seconds 15] [--search-cache 0]  latency of the HTTP server
 * </pre>
 */
public final class BenchMain {

  private BenchMain() {}

  /** Runs one tool; exits 2 on a usage error. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && (args[0].equals("annotate") || args[0].equals("extract"))) {
      int mb = 50;
      int threads = 1;
      int rounds = 3;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--mb" -> mb = Integer.parseInt(value(args, ++i));
          case "--threads" -> threads = Integer.parseInt(value(args, ++i));
          case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
          default -> usage("unknown option '" + args[i] + "'");
        }
      }
      AnnotateBench.run(mb, threads, rounds, args[0].equals("extract"));
      return;
    }
    if (args.length > 0 && args[0].equals("extract-file")) {
      Path in = null;
      Path factsOut = null;
      int threads = 1;
      int rounds = 1;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--in" -> in = Path.of(value(args, ++i));
          case "--facts-out" -> factsOut = Path.of(value(args, ++i));
          case "--threads" -> threads = Integer.parseInt(value(args, ++i));
          case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
          default -> usage("unknown option '" + args[i] + "'");
        }
      }
      if (in == null || threads < 1 || rounds < 1) {
        usage("extract-file needs --in FILE, --threads N >= 1 and --rounds N >= 1");
      }
      for (int round = 1; round <= rounds; round++) {
        System.out.print("round " + round + ": ");
        ScaleBench.run(in, threads, round == 1 ? factsOut : null);
      }
      return;
    }
    if (args.length > 0 && args[0].equals("serve")) {
      Path data = Path.of(System.getProperty("java.io.tmpdir"), "entente-bench-serve");
      int docs = 5_000;
      int clients = 8;
      int seconds = 15;
      int searchCache = 0;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--data" -> data = Path.of(value(args, ++i));
          case "--search-cache" -> searchCache = Integer.parseInt(value(args, ++i));
          case "--docs" -> docs = Integer.parseInt(value(args, ++i));
          case "--clients" -> clients = Integer.parseInt(value(args, ++i));
          case "--seconds" -> seconds = Integer.parseInt(value(args, ++i));
          default -> usage("unknown option '" + args[i] + "'");
        }
      }
      ServeBench.run(data, docs, clients, seconds, searchCache);
      return;
    }
    if (args.length == 0 || !args[0].equals("gen-jsonl")) {
      usage("expected a tool name: gen-jsonl, annotate, extract or serve");
    }
    int docs = 10_000;
    Path out = null;
    long seed = 1;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(value(args, ++i));
        case "--out" -> out = Path.of(value(args, ++i));
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        default -> usage("unknown option '" + args[i] + "'");
      }
    }
    if (out == null || docs < 1) {
      usage("gen-jsonl needs --out FILE and --docs N >= 1");
    }
    SyntheticNews news = new SyntheticNews(seed);
    long bytes = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs; i++) {
        String line = news.jsonLine(i);
        w.write(line);
        w.write('\n');
        bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
    System.err.printf(Locale.ROOT, "wrote %,d documents, %.1f MB, to %s%n", docs, bytes / 1048576.0, out);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage("option " + args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println("entente-bench: " + problem);
    System.err.println("usage: entente-bench gen-jsonl --docs N --out FILE [--seed S]");
    System.err.println("       entente-bench annotate|extract [--mb 50] [--threads 1] [--rounds 3]");
    System.err.println("       entente-bench extract-file --in DOCS.jsonl [--threads N] [--rounds N] [--facts-out FILE]");
    System.err.println("       entente-bench serve [--data DIR] [--docs 5000] [--clients 8] [--seconds 15] [--search-cache 0]");
    System.exit(2);
  }
}
