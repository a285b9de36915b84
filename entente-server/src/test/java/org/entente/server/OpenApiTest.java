package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.server.api.ApiRoute;
import org.entente.server.api.ApiRoutes;
import org.entente.server.api.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {

  @TempDir static Path folder;
  static Fixture fx;
  static JsonNode doc;

  @BeforeAll
  static void start() {
    fx = new Fixture(folder, null);
    doc = fx.getJson("/api/openapi.json");
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  private static TreeSet<String> routes() {
    TreeSet<String> out = new TreeSet<>();
    for (ApiRoute r : new ApiRoutes(fx.library, null, new Json(fx.json)).routes()) {
      out.add(r.method() + " " + r.path());
    }
    return out;
  }

  @Test
  void describesExactlyTheRoutesTheServerHas() {
    TreeSet<String> described = new TreeSet<>();
    doc.path("paths").fields().forEachRemaining(path ->
        path.getValue().fieldNames().forEachRemaining(method ->
            described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    assertThat(described).isEqualTo(routes());
  }

  @Test
  void declaresEveryPathParameterAndEveryQueryParameterTheHandlersRead() {
    Pattern param = Pattern.compile("\\{(\\w+)}");
    doc.path("paths").fields().forEachRemaining(path -> {
      List<String> inPath = new ArrayList<>();
      Matcher m = param.matcher(path.getKey());
      while (m.find()) {
        inPath.add(m.group(1));
      }
      path.getValue().fields().forEachRemaining(op -> {
        List<String> declared = new ArrayList<>();
        op.getValue().path("parameters").forEach(p -> {
          if (p.path("in").asText().equals("path")) {
            declared.add(p.path("name").asText());
          }
        });
        assertThat(declared).as(op.getKey() + " " + path.getKey()).containsExactlyInAnyOrderElementsOf(inPath);
        assertThat(op.getValue().path("responses").has("200")).as(path.getKey()).isTrue();
      });
    });
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collect(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      JsonNode target = doc.at(ref.substring(1));
      assertThat(target.isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void documentedQueryParametersAreAcceptedAndUndocumentedValuesRefused() {
    // every documented enum value of 'type' is accepted by the facts filter
    for (JsonNode p : doc.path("paths").path("/api/v1/facts").path("get").path("parameters")) {
      if (p.path("name").asText().equals("type")) {
        for (JsonNode v : p.path("schema").path("enum")) {
          assertThat(fx.get("/api/v1/facts?type=" + v.asText()).statusCode()).as(v.asText()).isEqualTo(200);
        }
      }
    }
    assertThat(fx.get("/api/v1/facts?type=unknown_type").statusCode()).isEqualTo(400);
  }

  private static void collect(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collect(e.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, refs));
    }
  }
}
