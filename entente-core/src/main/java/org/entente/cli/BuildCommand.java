package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.ingest.IngestLimits;
import org.entente.store.PutResult;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente build PATH...}: reads documents and stores them. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests files and folders (recursively) into the store.",
      "Reads .txt .md .html .pdf .docx and .jsonl dumps; a manifest.json in a folder gives dates,"
          + " titles and sources.",
      "Exit status: 0 all stored, 1 some inputs failed (the others are stored), 2 usage, 3 store."
    })
final class BuildCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
  List<Path> paths;

  @Mixin StoreOptions store;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      defaultValue = "50MB",
      description = "Largest file or JSON Lines record accepted (default: ${DEFAULT-VALUE}).")
  String maxSize;

  @Option(
      names = "--progress-every",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Without a terminal, print a progress line every N documents (default: ${DEFAULT-VALUE}).")
  int progressEvery;

  @Option(
      names = "--print-stored",
      description = "Print 'stored ID vN' on standard output once each document is durably stored.")
  boolean printStored;

  @Option(names = {"-q", "--quiet"}, description = "Only errors and the summary.")
  boolean quiet;

  @Option(
      names = "--no-extract",
      description = "Only store the documents; extract their facts later with --reextract.")
  boolean noExtract;

  @Option(
      names = "--reextract",
      description = "Extract facts again from documents that did not change (after new rules or dictionaries).")
  boolean reextract;

  @Option(
      names = "--facts",
      paramLabel = "DIR",
      description = "Do not extract: load the facts found in DIR (the Spark ExtractJob's output, or"
          + " 'entente export' files) for the documents ingested from PATH.")
  Path factsFolder;

  @Option(
      names = "--dict",
      paramLabel = "FILE",
      description = "Extra dictionary file(s) (YAML with countries/organizations/persons/titles/bodies lists).")
  List<Path> dictionaries = new java.util.ArrayList<>();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    IngestLimits limits = IngestLimits.parse(maxSize);
    if (progressEvery < 1) {
      throw new IllegalArgumentException("--progress-every must be at least 1, found " + progressEvery);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Dictionaries dicts = noExtract ? null : Dictionaries.load(dictionaries);
    Ingestion ingestion = new Ingestion(limits, factsFolder != null ? null : dicts, reextract);
    BuildTally tally = new BuildTally();
    try (Store opened = store.open();
        Progress progress = Progress.create(err, paths, progressEvery, quiet)) {
      DurableBatch batch = new DurableBatch(opened, out, printStored, 200, 250);
      ingestion.run(
          opened,
          paths,
          step -> {
            switch (step) {
              case Ingestion.Step.Stored stored -> {
                if (stored.facts() >= 0) {
                  tally.facts(stored.facts());
                }
                tally.read(stored.bytes(), stored.result().outcome());
                batch.written(
                    stored.result().outcome() == PutResult.Outcome.UNCHANGED
                        ? null
                        : "stored " + stored.id() + " v" + stored.result().version());
              }
              case Ingestion.Step.Failed failed -> {
                tally.failed();
                progress.message(failed.message());
              }
              case Ingestion.Step.Skipped skipped -> {
                tally.skipped();
                if (!quiet) {
                  progress.message(skipped.message());
                }
              }
              case Ingestion.Step.Warned warned -> progress.message(warned.message());
            }
            progress.update(tally);
          });
      batch.commit();
      if (factsFolder != null) {
        KnowledgeBuild knowledge = new KnowledgeBuild(dicts == null ? Dictionaries.load(dictionaries) : dicts);
        FactsLoader.Result loaded = new FactsLoader(opened, knowledge, progress::message).load(factsFolder);
        tally.facts((int) loaded.facts());
        if (loaded.errors() > 0) {
          tally.failed();
        }
        long started = System.nanoTime();
        report(err, knowledge.refresh(opened), started);
      } else {
        long started = System.nanoTime();
        ingestion.refreshKnowledge(opened).ifPresent(r -> report(err, r, started));
      }
      opened.commit();
      long before = storeBytes(opened);
      if (before >= COMPACT_FROM_BYTES && opened.compactIfSparse(SPARSE_FILL_RATE)) {
        err.printf(java.util.Locale.ROOT, "store compacted: %,d MB → %,d MB%n", before >> 20, storeBytes(opened) >> 20);
      }
    }
    err.println(tally.summary());
    err.flush();
    return tally.failures() > 0 ? Main.EXIT_PARTIAL : 0;
  }

  /** Below this share of live data (in percent) an embedded store's file is rewritten after a build. */
  private static final int SPARSE_FILL_RATE = 50;
  /** A smaller file is not worth rewriting: the space it could give back is a few megabytes. */
  private static final long COMPACT_FROM_BYTES = 64L << 20;

  /** The size of an embedded store's files; 0 for a server database. */
  private static long storeBytes(Store store) {
    if (!(store.location() instanceof org.entente.store.StoreLocation.Embedded embedded)) {
      return 0;
    }
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(embedded.folder())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".db"))
          .mapToLong(f -> f.toFile().length()).sum();
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  private static void report(PrintWriter err, org.entente.store.KnowledgeRepository.Refreshed r, long started) {
    err.printf(java.util.Locale.ROOT, "knowledge base: resolved %d block(s) again (%d claims, %d entities; largest part %d claims) in %.2f s%n",
        r.blocks(), r.claims(), r.entities(), r.largestPart(), (System.nanoTime() - started) / 1e9);
  }
}
