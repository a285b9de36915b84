package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.entente.server.api.ApiRoute;
import org.entente.server.api.ApiRoutes;
import org.entente.server.api.Json;
import org.entente.server.http.HttpError;
import org.entente.server.ingest.UploadPolicy;
import org.entente.server.ingest.Uploads;
import org.entente.server.library.Library;
import org.entente.server.web.WebRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server: the API and the pages of one library. Errors are mapped here, in one place:
 * JSON {@code {"status", "error"}} under {@code /api}, an error page elsewhere.
 */
public final class EntenteServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EntenteServer.class);

  /** Scripts and styles from this server only: an injected inline script would not run. */
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Javalin app;

  private EntenteServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving a library; the library stays the caller's to close. */
  public static EntenteServer start(ServerSettings settings, Library library, ObjectMapper mapper) {
    Json json = new Json(mapper);
    Uploads uploads = new Uploads(library, new UploadPolicy(settings.token(), settings.maxUploadBytes()));
    ApiRoutes api = new ApiRoutes(library, uploads, json);
    WebRoutes web = new WebRoutes(library);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.host = settings.bind();
              config.jetty.port = settings.port();
              config.http.maxRequestSize = settings.maxUploadBytes();
              config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
              config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              config.routes.before(EntenteServer::securityHeaders);
              for (ApiRoute route : api.routes()) {
                config.routes.addHttpHandler(
                    route.method().equals("POST") ? HandlerType.POST : HandlerType.GET, route.path(), route.handler());
              }
              web.routes().forEach(config.routes::get);
              config.routes.exception(HttpError.class, (e, ctx) -> fail(json, ctx, e.status(), e.getMessage()));
              config.routes.exception(
                  IllegalArgumentException.class, (e, ctx) -> fail(json, ctx, 400, e.getMessage()));
              config.routes.exception(
                  HttpResponseException.class, (e, ctx) -> fail(json, ctx, e.getStatus(), e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    fail(json, ctx, 500, "internal error: " + e.getClass().getSimpleName() + " (see the server log)");
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.result() == null || ctx.result().isEmpty()) {
                      fail(json, ctx, 404, "no such page: " + ctx.path());
                    }
                  });
            });
    app.start();
    return new EntenteServer(app);
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
  }

  private static void fail(Json json, Context ctx, int status, String message) {
    if (ctx.path().startsWith("/api/")) {
      json.error(ctx, status, message);
    } else {
      WebRoutes.error(ctx, status, message);
    }
  }

  /** Stops serving. */
  @Override
  public void close() {
    app.stop();
  }
}
