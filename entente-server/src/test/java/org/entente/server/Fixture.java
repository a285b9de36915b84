package org.entente.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.cli.KnowledgeBuild;
import org.entente.ingest.IngestLimits;
import org.entente.server.library.Library;
import org.entente.store.Store;
import org.entente.store.StoreLocation;
import org.entente.store.StoredFact;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * A store with two documents whose facts are written by hand (so every view has a known answer),
 * a library over it and a server on a free port; plus a small HTTP client.
 */
final class Fixture implements AutoCloseable {

  static final String TREATY_DOC = "treaty-1993";
  static final String OVERVIEW_DOC = "overview-2024";
  static final String TREATY_TEXT =
      "On 13 January 1993 the Treaty on the Fundamentals of Relations and Eternal Friendship was signed in Almaty."
          + " Trade between Kazakhstan and Tajikistan reached $1.2 billion in 2023."
          + " Diplomatic relations between the two countries date from 7 January 1993."
          + " Kazakhstan opened its embassy in Dushanbe in 1995."
          + " The joint commission on trade met for the fifth time in Astana on 14 October 2023."
          + " President Kassym-Jomart Tokayev arrived in Dushanbe on 19 May 2024 on a state visit.";
  static final String OVERVIEW_TEXT =
      "The treaty on eternal friendship and the fundamentals of relations of 1995 laid the basis of cooperation."
          + " Mutual trade amounted to $1.5 billion in 2023, official statistics say."
          + " The goal is to raise trade to $2 billion by 2030.";

  final ObjectMapper json = new ObjectMapper();
  final Path data;
  final Library library;
  final EntenteServer server;
  final HttpClient http = HttpClient.newHttpClient();

  Fixture(Path folder, String token) {
    this.data = folder.resolve("data");
    Store store = Store.open(new StoreLocation.Embedded(data));
    put(store, TREATY_DOC, TREATY_TEXT, "2024-06",
        fact("agreement", "{\"title\":\"Treaty on the Fundamentals of Relations and Eternal Friendship\",\"doc_type\":\"treaty\",\"parties\":[\"KZ\",\"TJ\"],\"status\":\"signed\"}",
            "1993-01-13", TREATY_TEXT, "On 13 January 1993"),
        fact("trade_volume", "{\"parties\":[\"KZ\",\"TJ\"],\"value_usd\":1200000000,\"qualifier\":\"exact\"}",
            "2023", TREATY_TEXT, "Trade between"),
        fact("relations_established", "{\"parties\":[\"KZ\",\"TJ\"]}", "1993-01-07", TREATY_TEXT, "Diplomatic relations"),
        fact("mission", "{\"sender\":\"KZ\",\"host\":\"TJ\",\"level\":\"embassy\",\"city\":\"Dushanbe\"}",
            "1995", TREATY_TEXT, "Kazakhstan opened"),
        fact("institution_session", "{\"institution\":\"joint commission on trade\",\"parties\":[\"KZ\",\"TJ\"],\"city\":\"Astana\"}",
            "2023-10-14", TREATY_TEXT, "The joint commission"),
        fact("visit", "{\"visitor\":\"kassym-jomart-tokayev\",\"visitor_country\":\"KZ\",\"host_country\":\"TJ\",\"city\":\"Dushanbe\",\"kind\":\"state\"}",
            "2024-05-19", TREATY_TEXT, "President Kassym"));
    put(store, OVERVIEW_DOC, OVERVIEW_TEXT, "2024-09",
        fact("agreement", "{\"title\":\"treaty on eternal friendship and the fundamentals of relations\",\"doc_type\":\"treaty\",\"parties\":[\"KZ\",\"TJ\"]}",
            "1995", OVERVIEW_TEXT, "The treaty on"),
        fact("trade_volume", "{\"parties\":[\"KZ\",\"TJ\"],\"value_usd\":1500000000,\"qualifier\":\"exact\"}",
            "2023", OVERVIEW_TEXT, "Mutual trade"),
        fact("trade_target", "{\"parties\":[\"KZ\",\"TJ\"],\"value_usd\":2000000000}",
            "2030", OVERVIEW_TEXT, "The goal"));
    knowledge.refresh(store);
    store.commit();
    this.library = Library.open(store, data.resolve("search-index"), json, IngestLimits.DEFAULT);
    this.server = EntenteServer.start(new ServerSettings("127.0.0.1", 0, token, 64 * 1024), library, json);
  }

  private record Draft(String type, String args, String when, String text, String sentenceStart) {}

  private static Draft fact(String type, String args, String when, String text, String sentenceStart) {
    return new Draft(type, args, when, text, sentenceStart);
  }

  private final KnowledgeBuild knowledge = new KnowledgeBuild(Dictionaries.builtin());

  private void put(Store store, String id, String text, String published, Draft... drafts) {
    var result =
        store.documents().put(new Document(id, text, PartialDate.parse(published), null, "fixture", "en", id + ".txt"), text.length());
    List<StoredFact> facts = new ArrayList<>();
    for (Draft d : drafts) {
      int start = text.indexOf(d.sentenceStart());
      int end = text.indexOf('.', start + d.sentenceStart().length()) + 1;
      // "$1.2 billion": the first dot may sit inside a number
      while (end < text.length() && end > 0 && Character.isDigit(text.charAt(end))) {
        end = text.indexOf('.', end) + 1;
      }
      facts.add(new StoredFact(id, result.version(), d.type(), d.args(), d.when(), null,
          "[{\"start\":" + start + ",\"end\":" + end + "}]", "fixture/" + d.type()));
    }
    store.facts().replace(id, result.version(), facts);
    knowledge.index(store, id, text, PartialDate.parse(published), facts);
  }

  static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  JsonNode getJson(String path) {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return parse(r.body());
  }

  JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  HttpResponse<String> postJsonLines(String body, String token) {
    return postJsonLines(body, token, false);
  }

  /**
   * An upload; with {@code expectContinue}, the body is sent only once the server has accepted the
   * headers ("Expect: 100-continue"), as a client sending a large body should: a server refusing
   * it by its declared length then answers before any of it is sent, instead of closing a
   * connection the client is still writing to.
   */
  HttpResponse<String> postJsonLines(String body, String token, boolean expectContinue) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/api/v1/documents"))
        .header("Content-Type", "application/x-ndjson")
        .expectContinue(expectContinue)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  /** A JSON Lines record of one document. */
  String record(String id, String text) {
    try {
      return json.writeValueAsString(java.util.Map.of("id", id, "text", text, "published", "2024-05-20")) + "\n";
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.close();
    library.close();
  }

  /** One text field of each object of a JSON array, in order. */
  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }
}
