package org.entente.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.brief.Brief;
import org.entente.brief.BriefFormat;
import org.entente.brief.BriefWriter;
import org.entente.cli.RegistryJson;
import org.entente.query.Dossier;
import org.entente.query.Dossiers;
import org.entente.resolve.Entity;
import org.entente.server.http.HttpError;
import org.entente.server.http.Params;
import org.entente.server.library.Library;
import org.entente.server.model.Page;
import org.entente.server.model.Snapshot;

/**
 * The routes over the knowledge base itself: its entities in the registry form, and the brief;
 * the checks of a brief's countries, shared with the brief page.
 */
public final class KnowledgeApi {

  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  private final Library library;
  private final Json json;
  private final RegistryJson registry = new RegistryJson();

  KnowledgeApi(Library library, Json json) {
    this.library = library;
    this.json = json;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute("GET", "/api/v1/entities", this::entities),
        new ApiRoute("GET", "/api/v1/entities/{id}", this::entity),
        new ApiRoute("GET", "/api/v1/brief", this::brief));
  }

  private void entities(Context ctx) {
    Params p = new Params(ctx);
    String type = p.factType("type");
    String pair = p.pair("pair");
    int page = p.integer("page", 1, 1, 1_000_000);
    int size = p.integer("size", 50, 1, ApiRoutes.MAX_PAGE_SIZE);
    Snapshot snapshot = library.current().snapshot();
    List<Entity> all = pair == null ? snapshot.entities() : snapshot.entities(pair);
    if (type != null) {
      all = all.stream().filter(e -> e.type().equals(type)).toList();
    }
    Page<Entity> entities = Page.of(all, page, size);
    json.send(ctx, 200, new Page<>(
        entities.items().stream().map(registry::node).toList(), entities.page(), entities.size(), entities.total()));
  }

  private void entity(Context ctx) {
    String id = new Params(ctx).path("id", 300);
    Entity e = library.current().snapshot().entity(id)
        .orElseThrow(() -> HttpError.notFound("no entity with id '" + id + "'"));
    json.send(ctx, 200, registry.node(e));
  }

  private void brief(Context ctx) {
    Params p = new Params(ctx);
    Dossiers dossiers = library.current().views().dossiers();
    String a = required(p.country("a"), "a");
    String b = required(p.country("b"), "b");
    String format = p.oneOf("format", Set.of("md", "html"));
    String asOf = p.realDate("as_of");
    Dossier dossier = open(dossiers, a, b, asOf);
    Brief brief = new BriefWriter().write(dossier);
    if ("html".equals(format)) {
      String page = BriefFormat.HTML.render(brief);
      // The printable page carries its own style: allow exactly that style and nothing else.
      ctx.header("Content-Security-Policy", "default-src 'none'; style-src " + styleHash(page)
          + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      ctx.contentType("text/html; charset=utf-8").result(page);
    } else {
      ctx.contentType("text/markdown; charset=utf-8").result(BriefFormat.MD.render(brief));
    }
  }

  /**
   * The dossier of two countries, each checked against the known countries so that a bad one is
   * a 400 naming its parameter.
   */
  public static Dossier open(Dossiers dossiers, String a, String b, String asOf) {
    known(dossiers, a, "a");
    known(dossiers, b, "b");
    if (a.equals(b)) {
      throw HttpError.badRequest("b must be another country than a, found " + b + " twice");
    }
    return dossiers.open(a, b, asOf);
  }

  private static void known(Dossiers dossiers, String code, String name) {
    try {
      dossiers.names().countryCode(code);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(name + " must be a known country code such as KZ, found '" + code + "'");
    }
  }

  private static String required(String value, String name) {
    if (value == null) {
      throw HttpError.badRequest(name + " is required: a country code such as KZ");
    }
    return value;
  }

  private static String styleHash(String page) {
    Matcher m = STYLE.matcher(page);
    if (!m.find()) {
      return "'none'";
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
