package org.entente.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.server.http.HttpError;
import org.entente.server.http.Params;
import org.entente.server.ingest.Uploads;
import org.entente.server.library.Current;
import org.entente.server.library.Library;
import org.entente.server.library.Overview;
import org.entente.server.model.DocumentView;
import org.entente.server.model.FactFilter;
import org.entente.server.model.FactView;
import org.entente.server.model.Page;
import org.entente.server.search.SearchQuery;
import org.entente.server.views.AgreementEntry;
import org.entente.server.views.Chronology;
import org.entente.server.views.Conflict;
import org.entente.server.views.TradeSeries;

/** The routes of the API and their handlers. */
public final class ApiRoutes {

  /** The largest page of a list. */
  static final int MAX_PAGE_SIZE = 500;

  private final Library library;
  private final Uploads uploads;
  private final Json json;
  private final byte[] openApi;
  private final KnowledgeApi knowledge;

  /** The API over a library; uploads go through {@code uploads}. */
  public ApiRoutes(Library library, Uploads uploads, Json json) {
    this.library = library;
    this.uploads = uploads;
    this.json = json;
    this.knowledge = new KnowledgeApi(library, json);
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      this.openApi = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the OpenAPI document is missing from the server jar", e);
    }
  }

  /** Every route, as registered and as the OpenAPI document must describe them. */
  public List<ApiRoute> routes() {
    List<ApiRoute> routes = new java.util.ArrayList<>(List.of(
        new ApiRoute("GET", "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi)),
        new ApiRoute("GET", "/api/v1/overview", ctx -> json.send(ctx, 200, Overview.of(library.current()))),
        new ApiRoute("GET", "/api/v1/documents", this::documents),
        new ApiRoute("POST", "/api/v1/documents", ctx -> json.send(ctx, 200, uploads.handle(ctx))),
        new ApiRoute("GET", "/api/v1/documents/{id}", this::document),
        new ApiRoute("GET", "/api/v1/facts", this::facts),
        new ApiRoute("GET", "/api/v1/facts/{id}", this::fact),
        new ApiRoute("GET", "/api/v1/agreements", this::agreements),
        new ApiRoute("GET", "/api/v1/agreements/{id}", this::agreement),
        new ApiRoute("GET", "/api/v1/timeline", this::timeline),
        new ApiRoute("GET", "/api/v1/trade", this::trade),
        new ApiRoute("GET", "/api/v1/conflicts", this::conflicts),
        new ApiRoute("GET", "/api/v1/search", this::search)));
    routes.addAll(knowledge.routes());
    return List.copyOf(routes);
  }

  /** The pair a per-pair view is of: the one asked for, else the one with most entities, or null. */
  public static String pair(Params p, Current current) {
    String pair = p.pair("pair");
    return pair != null ? pair : current.views().defaultPair().orElse(null);
  }

  private void documents(Context ctx) {
    Params p = new Params(ctx);
    int page = p.integer("page", 1, 1, 1_000_000);
    int size = p.integer("size", 50, 1, MAX_PAGE_SIZE);
    json.send(ctx, 200, Page.of(library.current().snapshot().documents(), page, size));
  }

  private void document(Context ctx) {
    String id = new Params(ctx).path("id", Params.MAX_ID);
    Current current = library.current();
    DocumentView doc =
        current.snapshot().document(id).orElseThrow(() -> HttpError.notFound("no document with id '" + id + "'"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("document", doc);
    body.put("facts", current.snapshot().factsOf(id));
    json.send(ctx, 200, body);
  }

  private void facts(Context ctx) {
    Params p = new Params(ctx);
    FactFilter filter =
        new FactFilter(
            p.factType("type"), p.country("country"), p.person("person"), p.date("from"), p.date("to"),
            p.docId("doc"));
    int page = p.integer("page", 1, 1, 1_000_000);
    int size = p.integer("size", 50, 1, MAX_PAGE_SIZE);
    json.send(ctx, 200, Page.of(library.current().snapshot().facts(filter), page, size));
  }

  private void fact(Context ctx) {
    String raw = new Params(ctx).path("id", 19);
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("id must be a fact id (a whole number), found '" + raw + "'");
    }
    FactView fact =
        library.current().snapshot().fact(id).orElseThrow(() -> HttpError.notFound("no fact with id " + id));
    json.send(ctx, 200, fact);
  }

  private void agreements(Context ctx) {
    Params p = new Params(ctx);
    String docType = p.oneOf("doc_type", Set.of(
        "treaty", "agreement", "memorandum", "program", "roadmap", "declaration", "joint_statement",
        "protocol", "other"));
    String status = p.oneOf("status", Set.of("signed", "in_force", "ratified", "draft", "implementing"));
    String party = p.country("party");
    String pair = p.pair("pair");
    List<AgreementEntry> all = library.current().views().registry().agreements();
    if (docType != null || status != null || party != null || pair != null) {
      all = all.stream()
            .filter(a -> pair == null || a.pair().equals(pair))
            .filter(a -> docType == null || a.docType().equals(docType))
            .filter(a -> status == null || status.equals(a.status()))
            .filter(a -> party == null || a.parties().contains(party))
            .toList();
    }
    int page = p.integer("page", 1, 1, 1_000_000);
    int size = p.integer("size", 50, 1, MAX_PAGE_SIZE);
    json.send(ctx, 200, Page.of(all, page, size));
  }

  private void agreement(Context ctx) {
    String id = new Params(ctx).path("id", 200);
    json.send(ctx, 200, library.current().views().registry().find(id)
        .orElseThrow(() -> HttpError.notFound("no agreement with id '" + id + "'")));
  }

  private void timeline(Context ctx) {
    Params p = new Params(ctx);
    Integer year = p.year("year");
    String type = p.factType("type");
    int page = p.integer("page", 1, 1, 1_000_000);
    int size = p.integer("size", 100, 1, MAX_PAGE_SIZE);
    Current current = library.current();
    String pair = pair(p, current);
    Chronology chronology = current.views().chronology(pair);
    Page<?> entries = Page.of(chronology.entries(year, type), page, size);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("pair", pair);
    body.put("years", chronology.years());
    body.put("types", chronology.types());
    body.put("total", entries.total());
    body.put("page", entries.page());
    body.put("size", entries.size());
    body.put("entries", entries.items());
    json.send(ctx, 200, body);
  }

  private void trade(Context ctx) {
    Current current = library.current();
    String pair = pair(new Params(ctx), current);
    TradeSeries trade = current.views().trade(pair);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("pair", pair);
    body.put("years", trade.years());
    body.put("targets", trade.targets());
    json.send(ctx, 200, body);
  }

  private void conflicts(Context ctx) {
    String pair = new Params(ctx).pair("pair");
    List<Conflict> all = library.current().views().conflicts();
    json.send(ctx, 200, pair == null ? all : all.stream().filter(c -> c.pair().equals(pair)).toList());
  }

  private void search(Context ctx) {
    json.send(ctx, 200, library.search(query(new Params(ctx))));
  }

  /** The search query of a request's parameters; shared with the search page. */
  public static SearchQuery query(Params p) {
    String q = p.string("q", SearchQuery.MAX_LENGTH);
    if (q == null) {
      throw HttpError.badRequest("q is required: the words or \"phrase\" to search for");
    }
    return new SearchQuery(
        q, p.oneOf("kind", Set.of("document", "fact")), p.factType("type"), p.year("year"),
        p.country("country"), p.integer("offset", 0, 0, 10_000), p.integer("limit", 20, 1, SearchQuery.MAX_LIMIT));
  }

}
