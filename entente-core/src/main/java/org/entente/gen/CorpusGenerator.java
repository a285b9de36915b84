package org.entente.gen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.entente.annotate.gazetteer.Dictionaries;

/**
 * Writes a synthetic corpus: {@code docs.jsonl} (the JSON Lines that {@code entente build} reads)
 * and {@code gold.jsonl} (the facts each document states, in the fact contract's form). Document
 * {@code i} depends only on the seed and {@code i}, and documents are written one at a time, so
 * memory stays constant however many are asked for.
 */
public final class CorpusGenerator {

  /** The default pairs: countries whose heads of state the dictionaries know since 2005. */
  public static final List<String> DEFAULT_PAIRS =
      List.of("KZ:TJ", "KZ:UZ", "KZ:KG", "KZ:RU", "KZ:CN", "TJ:UZ", "TJ:KG", "UZ:KG", "UZ:TM",
          "KZ:TM", "RU:CN", "TR:AZ", "KZ:TR", "UZ:TR", "RU:KG", "CN:UZ", "KZ:AZ", "TJ:CN");

  private static final LocalDate FIRST = LocalDate.of(2005, 1, 1);
  private static final int DAYS = 20 * 365;

  /** What was written. */
  public record Summary(long documents, long facts, long bytes) {}

  private record Countries(World.Country a, World.Country b) {}

  private final GenData data;
  private final World world;
  private final long seed;
  private final List<Countries> pairs = new ArrayList<>();
  private final ObjectMapper json = new ObjectMapper();

  /**
   * A generator for these pairs ({@code "KZ:TJ"}, ISO codes the dictionaries know).
   *
   * @throws IllegalArgumentException naming a malformed pair or an unknown code
   */
  public CorpusGenerator(GenData data, Dictionaries dictionaries, long seed, List<String> pairs) {
    this.data = data;
    this.world = new World(dictionaries);
    this.seed = seed;
    for (String pair : pairs) {
      String[] codes = pair.strip().toUpperCase(Locale.ROOT).split(":");
      if (codes.length != 2 || codes[0].equals(codes[1])) {
        throw new IllegalArgumentException("--pairs: expected two different country codes like KZ:TJ, found '" + pair + "'");
      }
      this.pairs.add(new Countries(country(codes[0]), country(codes[1])));
    }
    if (this.pairs.isEmpty()) {
      throw new IllegalArgumentException("--pairs: give at least one pair like KZ:TJ");
    }
  }

  private World.Country country(String code) {
    return world.country(code).orElseThrow(() ->
        new IllegalArgumentException("--pairs: unknown country code '" + code + "' (expected ISO 3166-1 alpha-2, e.g. KZ)"));
  }

  /** One generated document with its gold facts. */
  record Generated(String id, String text, LocalDate published, String title, List<GoldFact> facts) {}

  /** Document number {@code i}. */
  Generated generate(int i) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
    Countries c = pairs.get(random.nextInt(pairs.size()));
    boolean swap = random.nextBoolean();
    World.Country host = swap ? c.b() : c.a();
    World.Country guest = swap ? c.a() : c.b();
    Genre genre = Genre.values()[pickGenre(random)];
    Pair pair = null;
    for (int attempt = 0; attempt < 10 && pair == null; attempt++) {
      Pair candidate = Pair.at(world, host, guest, FIRST.plusDays(random.nextInt(DAYS)));
      if (!genre.needsLeaders() || candidate.leadersKnown()) {
        pair = candidate;
      }
    }
    if (pair == null) {
      genre = Genre.OVERVIEW;
      pair = Pair.at(world, host, guest, FIRST.plusDays(random.nextInt(DAYS)));
    }
    LocalDate published = switch (genre) {
      case VISIT -> random.nextBoolean() ? pair.date() : pair.date().plusDays(1);
      default -> pair.date();
    };
    Draft draft = new Draft(random, data, pair, published);
    String title = genre.write(draft);
    String id = String.format(Locale.ROOT, "gen-%06d", i);
    return new Generated(id, draft.text(), published, title, draft.facts());
  }

  private static int pickGenre(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 35 ? 0 : r < 50 ? 1 : r < 65 ? 2 : r < 80 ? 3 : 4;
  }

  /**
   * Writes {@code count} documents into {@code dir} ({@code docs.jsonl}, {@code gold.jsonl}),
   * replacing those files.
   */
  public Summary write(int count, Path dir) throws IOException {
    Files.createDirectories(dir);
    long facts = 0;
    long bytes = 0;
    try (BufferedWriter docs = Files.newBufferedWriter(dir.resolve("docs.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter gold = Files.newBufferedWriter(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        Generated g = generate(i);
        String line = docLine(g);
        docs.write(line);
        docs.write('\n');
        bytes += line.length() + 1;
        for (GoldFact f : g.facts()) {
          gold.write(goldLine(g, f));
          gold.write('\n');
          facts++;
        }
      }
    }
    return new Summary(count, facts, bytes);
  }

  String docLine(Generated g) {
    ObjectNode node = json.createObjectNode();
    node.put("id", g.id());
    node.put("text", g.text());
    node.put("published", g.published().toString());
    node.put("title", g.title());
    node.put("source", "entente gen");
    return write(node);
  }

  String goldLine(Generated g, GoldFact f) {
    ObjectNode node = json.createObjectNode();
    node.put("doc", g.id());
    node.put("type", f.type());
    node.set("args", json.valueToTree(f.args()));
    if (f.start() != null || f.end() != null) {
      ObjectNode when = node.putObject("when");
      if (f.start() != null) {
        when.put("start", f.start());
      }
      if (f.end() != null) {
        when.put("end", f.end());
      }
    }
    ArrayNode evidence = node.putArray("evidence");
    for (GoldFact.CpSpan s : f.evidence()) {
      evidence.addObject().put("start", s.start()).put("end", s.end());
    }
    GoldFact.CpSpan first = f.evidence().get(0);
    String text = g.text();
    node.put("quote", text.substring(text.offsetByCodePoints(0, first.start()), text.offsetByCodePoints(0, first.end())));
    return write(node);
  }

  private String write(ObjectNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
