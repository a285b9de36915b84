package org.entente.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.gen.CorpusGenerator;
import org.entente.gen.GenData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente gen}: a synthetic corpus with its gold facts. */
@Command(
    name = "gen",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a synthetic corpus of documents about pairs of countries, with the gold facts they state.",
      "Writes DIR/docs.jsonl (input of 'entente build') and DIR/gold.jsonl (the fact contract)."
    })
final class GenCommand implements Callable<Integer> {

  @Option(names = "--docs", paramLabel = "N", required = true, description = "How many documents.")
  int docs;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--pairs",
      paramLabel = "A:B",
      split = ",",
      description = "Country pairs as ISO codes, e.g. KZ:TJ,UZ:KG (default: 18 Central Asian and neighbouring pairs).")
  List<String> pairs;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (docs < 1) {
      throw new IllegalArgumentException("--docs must be at least 1, found " + docs);
    }
    long started = System.nanoTime();
    CorpusGenerator generator =
        new CorpusGenerator(GenData.builtin(), Dictionaries.builtin(), seed,
            pairs == null ? CorpusGenerator.DEFAULT_PAIRS : pairs);
    CorpusGenerator.Summary summary = generator.write(docs, out);
    spec.commandLine().getErr().printf(Locale.ROOT, "wrote %,d documents (%.1f MB) and %,d gold facts to %s in %.1f s%n",
        summary.documents(), summary.bytes() / 1048576.0, summary.facts(), out,
        (System.nanoTime() - started) / 1e9);
    spec.commandLine().getErr().flush();
    return 0;
  }
}
