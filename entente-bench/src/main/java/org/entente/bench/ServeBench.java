package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.entente.ingest.IngestLimits;
import org.entente.server.EntenteServer;
import org.entente.server.ServerSettings;
import org.entente.server.library.Library;
import org.entente.cli.KnowledgeBuild;
import org.entente.store.Store;
import org.entente.store.StoreLocation;

/**
 * Load benchmark of {@code entente serve}: builds (or reuses) a synthetic store of at least
 * 100,000 facts, starts the server on loopback, and runs concurrent clients against the timeline,
 * the registry and search, printing p50/p99 latency and throughput per endpoint. Not a test: the
 * figures depend on the machine.
 */
final class ServeBench {

  private static final String[] QUERIES = {
    "energy", "treaty", "\"official visit\"", "Dushanbe", "cooperation agriculture", "trade million",
    "\"intergovernmental commission\"", "memorandum transport", "Tokayev Rahmon", "priority direction",
    "protocol", "water", "\"held talks\"", "Khujand", "education culture"};

  private record Scenario(String name, double targetP99Ms, Function<SplittableRandom, String> path) {}

  private ServeBench() {}

  /**
   * Runs the benchmark. The search cache is off unless {@code searchCache} is positive: the 15
   * queries repeat, so with it on the search figure measures cache hits, not searches.
   */
  static void run(Path data, int documents, int clients, int seconds, int searchCache) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Store store = Store.open(new StoreLocation.Embedded(data));
    long existing = store.facts().countByType().values().stream().mapToLong(Long::longValue).sum();
    if (existing < (long) documents * SyntheticStore.FACTS_PER_DOCUMENT || store.knowledge().pairs().isEmpty()) {
      long t = System.nanoTime();
      long facts = new SyntheticStore(7, documents / 2)
          .write(store, documents, new KnowledgeBuild(org.entente.annotate.gazetteer.Dictionaries.builtin()));
      System.err.printf(Locale.ROOT, "generated %,d documents and %,d facts in %.1f s%n",
          documents, facts, (System.nanoTime() - t) / 1e9);
    }
    long t = System.nanoTime();
    try (Library library = Library.open(store, data.resolve("search-index"), json, IngestLimits.DEFAULT, searchCache);
        EntenteServer server = EntenteServer.start(new ServerSettings("127.0.0.1", 0, null, 1 << 20), library, json)) {
      System.err.printf(Locale.ROOT, "store of %,d documents and %,d facts loaded and indexed in %.1f s%n",
          library.current().snapshot().documentCount(), library.current().snapshot().facts().size(),
          (System.nanoTime() - t) / 1e9);
      List<String> agreementIds = library.current().views().registry().agreements().stream()
          .map(a -> a.id()).toList();
      String base = "http://127.0.0.1:" + server.port();
      int years = SyntheticStore.LAST_YEAR - SyntheticStore.FIRST_YEAR + 1;
      List<Scenario> scenarios = List.of(
          new Scenario("timeline", 20, r -> "/api/v1/timeline?year=" + (SyntheticStore.FIRST_YEAR + r.nextInt(years))
              + "&page=" + (1 + r.nextInt(5)) + "&size=50"),
          new Scenario("timeline by type", 20, r -> "/api/v1/timeline?type=visit&year="
              + (SyntheticStore.FIRST_YEAR + r.nextInt(years)) + "&size=50"),
          new Scenario("registry list", 20, r -> "/api/v1/agreements?page=" + (1 + r.nextInt(40)) + "&size=50"),
          new Scenario("registry entry", 20, r -> "/api/v1/agreements/" + agreementIds.get(r.nextInt(agreementIds.size()))),
          new Scenario("search", 50, r -> "/api/v1/search?q="
              + java.net.URLEncoder.encode(QUERIES[r.nextInt(QUERIES.length)], java.nio.charset.StandardCharsets.UTF_8)
              + "&limit=20"));
      System.out.printf(Locale.ROOT, "%d clients, %d s per endpoint, search cache %d, on %s%n",
          clients, seconds, searchCache, base);
      System.out.printf(Locale.ROOT, "%-16s %9s %7s %9s %8s %8s %10s%n",
          "endpoint", "requests", "errors", "req/s", "p50 ms", "p99 ms", "p99 target");
      for (Scenario s : scenarios) {
        load(base, s, clients, Math.max(2, seconds / 4)); // warm-up, not reported
        Result r = load(base, s, clients, seconds);
        System.out.printf(Locale.ROOT, "%-16s %9d %7d %9.0f %8.2f %8.2f %7.0f ms %s%n",
            s.name(), r.latencies.length, r.errors, r.latencies.length / (double) seconds,
            r.percentile(50), r.percentile(99), s.targetP99Ms(), r.percentile(99) < s.targetP99Ms() ? "ok" : "MISSED");
      }
    }
  }

  private record Result(long[] latencies, long errors) {
    double percentile(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
      return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1e6;
    }
  }

  private static Result load(String base, Scenario scenario, int clients, int seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    long[] errors = new long[clients];
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        SplittableRandom random = new SplittableRandom(client * 31L + scenario.name().hashCode());
        long[] samples = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < deadline) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + scenario.path().apply(random))).GET().build();
          long start = System.nanoTime();
          HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          long took = System.nanoTime() - start;
          if (response.statusCode() != 200) {
            errors[client]++;
            continue;
          }
          if (n == samples.length) {
            samples = Arrays.copyOf(samples, n * 2);
          }
          samples[n++] = took;
        }
        return Arrays.copyOf(samples, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(merged, Arrays.stream(errors).sum());
  }
}
