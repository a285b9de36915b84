package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.brief.BriefFormat;
import org.entente.brief.BriefWriter;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente brief A B}: the generated "Relations of A with B" page, footnoted. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = "A generated brief on two countries' relations, every statement footnoted to its sources.")
final class BriefCommand implements Callable<Integer> {

  @Mixin PairOptions pair;
  @Mixin StoreOptions store;

  @Option(names = "--format", defaultValue = "md", paramLabel = "md|html", description = "md or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path outFile;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    BriefFormat f = BriefFormat.of(format);
    String page;
    try (Store opened = store.open()) {
      page = f.render(new BriefWriter().write(pair.open(opened)));
    }
    if (outFile == null) {
      spec.commandLine().getOut().print(page);
      spec.commandLine().getOut().flush();
    } else {
      Files.writeString(outFile, page, StandardCharsets.UTF_8);
    }
    return 0;
  }
}
