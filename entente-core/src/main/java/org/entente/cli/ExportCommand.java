package org.entente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.entente.store.Store;
import org.entente.store.StoredFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente export}: the facts in the contract's JSON Lines form, or as CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Exports the facts (JSON Lines per the fact contract, or CSV), or the knowledge base's"
        + " entities with their mentions (registry).")
final class ExportCommand implements Callable<Integer> {

  /** The export formats. */
  enum Format {
    jsonl,
    csv,
    registry
  }

  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "jsonl, csv or registry (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path outFile;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final FactJson factJson = new FactJson();


  @Override
  public Integer call() throws IOException {
    if (outFile == null) {
      Writer out = spec.commandLine().getOut();
      export(out);
      out.flush();
      return 0;
    }
    // Write beside the target and move into place, so a failed export never leaves half a file.
    Path absolute = outFile.toAbsolutePath();
    Path tmp = Files.createTempFile(absolute.getParent(), ".entente-export-", ".tmp");
    try {
      try (Writer out =
          new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
        export(out);
      }
      Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return 0;
  }

  private void export(Writer out) {
    try (Store opened = store.open()) {
      if (format == Format.registry) {
        RegistryJson registry = new RegistryJson();
        opened.knowledge().forEachEntity(e -> line(out, registry.line(e)));
        return;
      }
      if (format == Format.csv) {
        line(out, "doc,type,args,when_start,when_end,evidence,rule");
      }
      opened.facts().forEach(fact -> line(out, format == Format.jsonl ? factJson.line(fact) : csvLine(fact)));
    }
  }

  private static String csvLine(StoredFact fact) {
    return String.join(
        ",",
        csv(fact.doc()),
        csv(fact.type()),
        csv(fact.argsJson()),
        csv(fact.whenStart()),
        csv(fact.whenEnd()),
        csv(fact.evidenceJson()),
        csv(fact.ruleId()));
  }

  /** RFC 4180 quoting. */
  static String csv(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static void line(Writer out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
