package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.eval.Evaluation;
import org.entente.eval.FactScorer;
import org.entente.eval.FactScores;
import org.entente.eval.RegistryScorer;
import org.entente.eval.RegistryScores;
import org.entente.store.Store;
import org.entente.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente eval}: scores facts (from a file or the store) and a registry against gold files,
 * with the figures and reports of {@code ../shared/tools/score.py}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predicted facts against gold facts, and a predicted registry against a gold one,"
          + " as the reference scorer score.py does.",
      "Predictions come from --pred FILE, else from the store (--data/--db): every fact of the"
          + " current document versions, as 'entente export' writes them."
    })
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "The gold facts.")
  Path gold;

  @Option(
      names = "--pred",
      paramLabel = "PRED.jsonl",
      description = "Predicted facts, instead of the store's.")
  Path pred;

  @Mixin StoreOptions store;

  @Option(
      names = "--registry",
      paramLabel = "GOLD_REGISTRY.jsonl",
      description = "The gold registry entities.")
  Path registry;

  @Option(
      names = "--pred-registry",
      paramLabel = "PRED_REGISTRY.jsonl",
      description = "Predicted registry entities (the store does not export a registry yet).")
  Path predRegistry;

  @Option(
      names = "--docs",
      paramLabel = "ID,ID",
      description = "Score only these documents (gold and predictions).")
  String docs;

  @Option(
      names = "--misses",
      description =
          "List the missed and spurious facts after the text report (not with --json, as in"
              + " score.py).")
  boolean misses;

  @Option(names = "--json", description = "Print score.py's JSON report instead of text.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (gold == null && registry == null) {
      throw new IllegalArgumentException(
          "nothing to score: give --gold GOLD.jsonl, --registry GOLD_REGISTRY.jsonl, or both");
    }
    if (registry == null && predRegistry != null) {
      throw new IllegalArgumentException("--pred-registry needs --registry GOLD_REGISTRY.jsonl");
    }
    if (registry != null && predRegistry == null) {
      throw new IllegalArgumentException(
          "the registry export is not available yet (the store does not resolve entities):"
              + " give --pred-registry PRED_REGISTRY.jsonl with --registry");
    }
    if (gold == null && (pred != null || docs != null || misses)) {
      throw new IllegalArgumentException("--pred, --docs and --misses need --gold GOLD.jsonl");
    }
    if (pred != null && (store.data != null || store.db != null)) {
      throw new IllegalArgumentException("give either --pred or --data/--db, not both");
    }
    // score.py splits on every comma and keeps empty ids; so does split with a negative limit.
    Optional<Set<String>> ids =
        Optional.ofNullable(docs).map(d -> Set.copyOf(Arrays.asList(d.split(",", -1))));
    Optional<FactScores> facts = Optional.empty();
    if (gold != null) {
      List<JsonNode> goldFacts = FactScorer.load(readable("--gold", gold), ids);
      List<JsonNode> predicted =
          pred != null
              ? FactScorer.load(readable("--pred", pred), ids)
              : FactScorer.select(stored(), ids);
      facts = Optional.of(FactScorer.score(goldFacts, predicted, ids));
    }
    Optional<RegistryScores> entities = Optional.empty();
    if (registry != null) {
      entities =
          Optional.of(
              RegistryScorer.score(
                  RegistryScorer.load(readable("--registry", registry)),
                  RegistryScorer.load(readable("--pred-registry", predRegistry))));
    }
    Evaluation evaluation = new Evaluation(facts, entities);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? evaluation.json() : evaluation.text(misses));
    out.flush();
    return 0;
  }

  /** Every fact of the store's current document versions, in the contract's JSON form. */
  private List<JsonNode> stored() {
    StoreLocation location = store.location();
    // Opening creates an empty store where there is none; scoring that would only report zeros.
    if (location instanceof StoreLocation.Embedded embedded
        && !Files.isDirectory(embedded.folder())) {
      throw new IllegalArgumentException(
          "no predictions: there is no store in "
              + embedded.folder()
              + "; give --pred PRED.jsonl, or --data DIR of a store 'entente build' made");
    }
    FactJson factJson = new FactJson();
    List<JsonNode> facts = new ArrayList<>();
    try (Store opened = store.open()) {
      opened.facts().forEach(fact -> facts.add(factJson.node(fact)));
    }
    return facts;
  }

  private static Path readable(String option, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException(
          option + ": cannot read " + file + (Files.exists(file) ? "" : ": no such file"));
    }
    return file;
  }
}
