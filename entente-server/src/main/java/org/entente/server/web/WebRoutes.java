package org.entente.server.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.brief.Brief;
import org.entente.brief.BriefWriter;
import org.entente.server.api.ApiRoutes;
import org.entente.server.api.KnowledgeApi;
import org.entente.server.http.HttpError;
import org.entente.server.http.Params;
import org.entente.server.library.Current;
import org.entente.server.library.Library;
import org.entente.server.model.DocumentView;
import org.entente.server.search.SearchQuery;

/** The routes of the web pages and their assets. */
public final class WebRoutes {

  /** The assets, by name: a fixed list, so no request names a file. */
  private static final Map<String, String> ASSET_TYPES =
      Map.of("app.css", "text/css; charset=utf-8", "app.js", "text/javascript; charset=utf-8");

  private final Library library;
  private final Map<String, byte[]> assets = new LinkedHashMap<>();

  /** The pages of a library. */
  public WebRoutes(Library library) {
    this.library = library;
    for (String name : ASSET_TYPES.keySet()) {
      try (InputStream in = WebRoutes.class.getResourceAsStream("assets/" + name)) {
        assets.put(name, in.readAllBytes());
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("asset " + name + " is missing from the server jar", e);
      }
    }
  }

  /** Path to handler, for GET. */
  public Map<String, Handler> routes() {
    Map<String, Handler> r = new LinkedHashMap<>();
    r.put("/", ctx -> html(ctx, OverviewPage.render(library.current())));
    r.put("/chronology", ctx -> {
      Params p = new Params(ctx);
      Current current = library.current();
      html(ctx, ChronologyPage.render(current, ApiRoutes.pair(p, current), p.year("year"), p.factType("type"),
          p.integer("page", 1, 1, 1_000_000)));
    });
    r.put("/agreements", ctx -> html(ctx, AgreementsPage.list(library.current(), new Params(ctx).pair("pair"))));
    r.put("/agreements/{id}", ctx -> {
      String id = new Params(ctx).path("id", 200);
      html(ctx, AgreementsPage.one(library.current().views().registry().find(id)
          .orElseThrow(() -> HttpError.notFound("no agreement with id '" + id + "'"))));
    });
    r.put("/trade", ctx -> {
      Current current = library.current();
      html(ctx, TradePage.render(current, ApiRoutes.pair(new Params(ctx), current)));
    });
    r.put("/brief", this::brief);
    r.put("/conflicts", ctx -> html(ctx, ConflictsPage.render(library.current())));
    r.put("/documents", ctx -> html(ctx, DocumentPage.list(library.current())));
    r.put("/documents/{id}", ctx -> {
      String id = new Params(ctx).path("id", Params.MAX_ID);
      Current current = library.current();
      DocumentView doc = current.snapshot().document(id)
          .orElseThrow(() -> HttpError.notFound("no document with id '" + id + "'"));
      html(ctx, DocumentPage.render(doc, current.snapshot().factsOf(id), current.snapshot().unanchoredQuotes(id)));
    });
    r.put("/search", ctx -> {
      Params p = new Params(ctx);
      if (p.string("q", SearchQuery.MAX_LENGTH) == null) {
        html(ctx, SearchPage.render(null, null));
      } else {
        SearchQuery q = ApiRoutes.query(p);
        html(ctx, SearchPage.render(q, library.search(q)));
      }
    });
    r.put("/assets/{name}", this::asset);
    return r;
  }

  /** The brief of {@code a} and {@code b}, or of the pair with most entities when neither is given. */
  private void brief(Context ctx) {
    Params p = new Params(ctx);
    Current current = library.current();
    String a = p.country("a");
    String b = p.country("b");
    if (a == null && b == null) {
      String pair = current.views().defaultPair()
          .orElseThrow(() -> HttpError.notFound("no pair of countries has entities yet: ingest documents first"));
      a = pair.substring(0, 2);
      b = pair.substring(3);
    } else if (a == null || b == null) {
      throw HttpError.badRequest((a == null ? "a" : "b") + " is required with " + (a == null ? "b" : "a")
          + ": a country code such as KZ");
    }
    String asOf = p.realDate("as_of");
    Brief brief = new BriefWriter().write(KnowledgeApi.open(current.views().dossiers(), a, b, asOf));
    html(ctx, BriefPage.render(brief, a, b, asOf, current.snapshot()));
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("name");
    byte[] body = assets.get(name);
    if (body == null) {
      throw HttpError.notFound("no asset named '" + name + "'");
    }
    ctx.contentType(ASSET_TYPES.get(name)).header("Cache-Control", "max-age=300").result(body);
  }

  /** Answers with a page showing an error. */
  public static void error(Context ctx, int status, String message) {
    Html h = new Html().el("p", message, "class", "error").open("p").link("/", "Back to the overview").close("p");
    ctx.status(status);
    html(ctx, Layout.page("Error " + status, "", h));
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }
}
