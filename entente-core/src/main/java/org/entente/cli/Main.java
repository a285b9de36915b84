package org.entente.cli;

import java.io.PrintWriter;
import org.entente.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command: the entry point of the application. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Builds a cited knowledge base of the relations between countries from documents.",
    subcommands = {
      BuildCommand.class,
      StatusCommand.class,
      ExportCommand.class,
      AnnotateCommand.class,
      EvalCommand.class,
      GenCommand.class,
      TimelineCommand.class,
      AgreementsCommand.class,
      TradeCommand.class,
      ConflictsCommand.class,
      BriefCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Some inputs failed; the others were stored. */
  static final int EXIT_PARTIAL = 1;

  /** The command line was wrong. */
  static final int EXIT_USAGE = 2;

  /** The store could not be opened, read or written. */
  static final int EXIT_STORE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with these streams and returns the exit status (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    for (Subcommand extra : java.util.ServiceLoader.load(Subcommand.class)) {
      cli.addSubcommand(extra);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof StoreException) {
            err.println("entente: " + e.getMessage());
            return EXIT_STORE;
          }
          if (e instanceof org.entente.annotate.gazetteer.DictionaryException) {
            err.println("entente: " + e.getMessage());
            return EXIT_USAGE;
          }
          if (e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException) {
            err.println("entente: " + e.getMessage());
            return EXIT_USAGE;
          }
          if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            err.println("entente: " + e.getMessage());
            return EXIT_PARTIAL;
          }
          throw e;
        });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
