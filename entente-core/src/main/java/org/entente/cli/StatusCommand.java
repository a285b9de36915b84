package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.store.DocumentCounts;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente status}: what the store holds. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Shows what the store holds: documents by source and year, facts by type.")
final class StatusCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DocumentCounts docs;
    Map<String, Long> facts;
    Map<String, Long> entities;
    java.util.List<String> pairs;
    int pending;
    String where;
    try (Store opened = store.open()) {
      docs = opened.documents().counts();
      facts = opened.facts().countByType();
      entities = opened.knowledge().countByType();
      pairs = opened.knowledge().pairs();
      pending = opened.knowledge().dirtyBlocks().size();
      where = opened.location().describe();
    }
    if (json) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("store", where);
      tree.put("documents", docs.documents());
      tree.put("versions", docs.versions());
      tree.put("characters", docs.codePoints());
      tree.put("documents_by_source", docs.bySource());
      tree.put("documents_by_year", docs.byYear());
      tree.put("facts_by_type", facts);
      tree.put("entities_by_type", entities);
      tree.put("pairs", pairs);
      tree.put("blocks_to_resolve", pending);
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree));
      return 0;
    }
    out.printf("Store: %s%n", where);
    out.printf(
        java.util.Locale.ROOT,
        "Documents: %,d (%,d versions, %,d characters)%n",
        docs.documents(),
        docs.versions(),
        docs.codePoints());
    table(out, "By source", docs.bySource());
    table(out, "By year", docs.byYear());
    long total = facts.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      out.println("Facts: none yet");
    } else {
      out.printf(java.util.Locale.ROOT, "Facts: %,d%n", total);
      table(out, "By type", facts);
    }
    long resolved = entities.values().stream().mapToLong(Long::longValue).sum();
    out.printf(java.util.Locale.ROOT, "Knowledge base: %,d entities, %d pair(s)%s%n", resolved, pairs.size(),
        pending == 0 ? "" : ", " + pending + " block(s) waiting to be resolved (run build again)");
    table(out, "Entities by type", entities);
    return 0;
  }

  private static void table(PrintWriter out, String heading, Map<String, Long> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.println(heading + ":");
    int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
    width = Math.min(width, 70);
    for (Map.Entry<String, Long> row : rows.entrySet()) {
      String key = row.getKey().length() > 70 ? row.getKey().substring(0, 67) + "..." : row.getKey();
      out.printf(java.util.Locale.ROOT, "  %-" + width + "s  %,8d%n", key, row.getValue());
    }
  }
}
