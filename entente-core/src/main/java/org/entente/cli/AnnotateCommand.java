package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Pipeline;
import org.entente.annotate.StandardPipeline;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.ingest.CorpusReader;
import org.entente.ingest.IngestEvent;
import org.entente.ingest.IngestLimits;
import org.entente.text.Document;
import org.entente.text.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente annotate FILE}: shows what the annotation layer sees, for debugging rules. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the annotations of a document: sentences, actors, offices, bodies, times, amounts.",
      "Offsets are code points into the document text, as in the fact contract."
    })
final class AnnotateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "A document in any format that build reads.")
  Path file;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date (YYYY, YYYY-MM or YYYY-MM-DD), instead of the file's own.")
  String published;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--tokens", description = "Also print every token.")
  boolean tokens;

  @Option(
      names = "--dict",
      paramLabel = "FILE",
      description = "Extra dictionary file(s) (YAML with countries/organizations/persons/titles/bodies lists).")
  List<Path> dictionaries = new ArrayList<>();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PartialDate date = published == null ? null : PartialDate.parse(published);
    Pipeline pipeline = StandardPipeline.create(Dictionaries.load(dictionaries));
    List<Document> documents = new ArrayList<>();
    int[] failures = {0};
    new CorpusReader(IngestLimits.DEFAULT)
        .read(
            List.of(file),
            event -> {
              switch (event) {
                case IngestEvent.Read read -> documents.add(read.document());
                case IngestEvent.Failed failed -> {
                  failures[0]++;
                  err.println("error: " + failed.failure().getMessage());
                }
                case IngestEvent.Skipped skipped -> err.println("skipped: " + skipped.diagnostic());
              }
            });
    AnnotationPrinter printer = new AnnotationPrinter(out, tokens);
    for (Document d : documents) {
      Document dated =
          date == null ? d : new Document(d.id(), d.text(), date, d.title(), d.source(), d.lang(), d.origin());
      AnnotatedDocument annotated = pipeline.annotate(dated);
      if (json) {
        printer.json(annotated);
      } else {
        printer.text(annotated);
      }
    }
    out.flush();
    return failures[0] > 0 ? Main.EXIT_PARTIAL : 0;
  }
}
