package org.entente.server.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.server.api.ApiRoutes;
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
      html(ctx, ChronologyPage.render(library.current(), p.year("year"), p.factType("type"),
          p.integer("page", 1, 1, 1_000_000)));
    });
    r.put("/agreements", ctx -> html(ctx, AgreementsPage.list(library.current())));
    r.put("/agreements/{id}", ctx -> {
      String id = new Params(ctx).path("id", 200);
      html(ctx, AgreementsPage.one(library.current().views().registry().find(id)
          .orElseThrow(() -> HttpError.notFound("no agreement with id '" + id + "'"))));
    });
    r.put("/trade", ctx -> html(ctx, TradePage.render(library.current())));
    r.put("/conflicts", ctx -> html(ctx, ConflictsPage.render(library.current())));
    r.put("/documents", ctx -> html(ctx, DocumentPage.list(library.current())));
    r.put("/documents/{id}", ctx -> {
      String id = new Params(ctx).path("id", Params.MAX_ID);
      Current current = library.current();
      DocumentView doc = current.snapshot().document(id)
          .orElseThrow(() -> HttpError.notFound("no document with id '" + id + "'"));
      html(ctx, DocumentPage.render(doc, current.snapshot().factsOf(id)));
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
