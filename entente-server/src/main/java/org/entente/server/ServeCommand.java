package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.cli.StoreOptions;
import org.entente.cli.Subcommand;
import org.entente.ingest.IngestLimits;
import org.entente.server.library.Library;
import org.entente.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente serve}: the web pages and the REST API over the store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web pages and the REST API (/api/v1, described at /api/openapi.json) over the store.",
      "Without a token the server is read-only; with one, POST /api/v1/documents ingests documents.",
      "The search index lives in DIR/search-index beside the embedded store (see --index)."
    })
public final class ServeCommand implements Subcommand, Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String bind;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Token that uploads must present as 'Authorization: Bearer TOKEN' (default: env ENTENTE_TOKEN).")
  String token;

  @Option(
      names = "--max-upload",
      paramLabel = "SIZE",
      defaultValue = "20MB",
      description = "Largest upload body (default: ${DEFAULT-VALUE}).")
  String maxUpload;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Folder of the search index (default: DATA/search-index, or ./entente-search-index with --db).")
  Path index;

  @Spec CommandSpec spec;

  /** For the service loader. */
  public ServeCommand() {}

  @Override
  public Integer call() throws InterruptedException {
    String effectiveToken = token != null ? token : System.getenv("ENTENTE_TOKEN");
    long limit = IngestLimits.parse(maxUpload).maxBytes();
    ServerSettings settings = new ServerSettings(bind, port, effectiveToken, limit);
    StoreLocation location = store.location();
    Path indexFolder =
        index != null
            ? index
            : location instanceof StoreLocation.Embedded embedded
                ? embedded.folder().resolve("search-index")
                : Path.of("entente-search-index");
    ObjectMapper json = new ObjectMapper();
    PrintWriter err = spec.commandLine().getErr();
    Library library = Library.open(store.open(), indexFolder, json, new IngestLimits(limit));
    EntenteServer server = EntenteServer.start(settings, library, json);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  library.close();
                  stopped.countDown();
                },
                "entente-serve-shutdown"));
    err.println(
        "entente: serving " + library.current().snapshot().documentCount() + " documents and "
            + library.current().snapshot().facts().size() + " facts on http://" + bind + ":" + server.port()
            + (settings.token() == null ? " (read-only: no upload token)" : " (uploads need the token)"));
    err.flush();
    stopped.await();
    return 0;
  }
}
