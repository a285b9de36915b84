package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentIngestTest {

  private static final int DOCUMENTS = 6;

  private static String text(int i) {
    return "Report " + i + ". President Kassym-Jomart Tokayev arrived in Dushanbe on 19 May 2024 on a"
        + " state visit. Trade between Kazakhstan and Tajikistan reached $1.2 billion in 2023."
        + " The Treaty on Allied Relations was signed in Dushanbe on 22 August 2024.";
  }

  @Test
  void readersDuringAnIngestNeverFailAndNeverSeeAHalfIngestedDocument(@TempDir Path folder) throws Exception {
    try (Fixture fx = new Fixture(folder, SecurityTest.TOKEN)) {
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < DOCUMENTS; i++) {
        body.append(fx.record("batch-" + i, text(i)));
      }
      AtomicBoolean ingesting = new AtomicBoolean(true);
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Integer> factCountsSeen = new ConcurrentLinkedQueue<>();
      java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
      ExecutorService readers = Executors.newFixedThreadPool(4);
      List<Future<?>> running = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        running.add(readers.submit(() -> {
          while (ingesting.get()) {
            for (String path : List.of("/api/v1/documents", "/api/v1/facts?size=500", "/api/v1/timeline",
                "/api/v1/agreements", "/api/v1/search?q=treaty", "/", "/documents/batch-0")) {
              HttpResponse<String> res = fx.get(path);
              reads.incrementAndGet();
              boolean notYet = path.equals("/documents/batch-0") && res.statusCode() == 404;
              if (res.statusCode() != 200 && !notYet) {
                problems.add(path + " -> " + res.statusCode() + " " + res.body());
              }
            }
            // A document listed must come with all its facts: the same count on every read.
            JsonNode docs = fx.getJson("/api/v1/documents?size=500");
            for (JsonNode d : docs.path("items")) {
              if (d.path("id").asText().startsWith("batch-")) {
                JsonNode one = fx.getJson("/api/v1/documents/" + d.path("id").asText());
                factCountsSeen.add(one.path("facts").size());
                if (one.path("facts").size() != d.path("facts").asInt()) {
                  problems.add("facts of " + d.path("id").asText() + " changed between two reads");
                }
              }
            }
          }
          return null;
        }));
      }
      HttpResponse<String> up = fx.postJsonLines(body.toString(), SecurityTest.TOKEN);
      ingesting.set(false);
      for (Future<?> f : running) {
        f.get();
      }
      readers.shutdown();
      assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
      assertThat(problems).isEmpty();
      assertThat(reads.get()).as("reads made while the ingest ran").isGreaterThan(4);
      int complete = fx.getJson("/api/v1/documents/batch-0").path("facts").size();
      assertThat(complete).isPositive();
      assertThat(factCountsSeen).allMatch(n -> n == complete);
      assertThat(fx.getJson("/api/v1/documents").path("total").asInt()).isEqualTo(2 + DOCUMENTS);
    }
  }
}
