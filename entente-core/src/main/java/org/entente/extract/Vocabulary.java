package org.entente.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction vocabulary: {@code vocabulary.yaml} (trigger phrases by name), {@code
 * areas.yaml} and {@code commodities.yaml} (contract codes and the phrases naming them). Each is
 * a YAML mapping of a name to a list of phrases; loading fails with {@code file:line} on anything
 * else, or on an area or commodity outside the contract.
 */
final class Vocabulary {

  static final Set<String> AREAS =
      Set.of("politics", "economy", "trade", "investment", "finance", "customs", "industry", "mining",
          "metallurgy", "machine_building", "light_industry", "oil_gas", "chemicals", "energy", "water",
          "agriculture", "food", "transport", "logistics", "communications", "digital", "it_security", "ai",
          "space", "science", "technology", "education", "culture", "humanitarian", "health", "tourism",
          "youth", "sport", "media", "environment", "emergencies", "military", "security",
          "interparliamentary", "regional");

  static final Set<String> COMMODITIES =
      Set.of("electricity", "cotton", "aluminium", "fruit", "vegetables", "textiles", "grain", "flour", "oil",
          "oil_products", "natural_gas", "ferrous_metals", "metals", "inorganic_chemicals", "food", "coal",
          "machinery", "vehicles", "fertilizers", "cement", "other");

  private final Map<String, Phrases> triggers;
  private final Map<String, Phrases> areas;
  private final Map<String, Phrases> commodities;

  private Vocabulary(Map<String, Phrases> triggers, Map<String, Phrases> areas, Map<String, Phrases> commodities) {
    this.triggers = triggers;
    this.areas = areas;
    this.commodities = commodities;
  }

  /** Loads the three files from the classpath. */
  static Vocabulary load() {
    return new Vocabulary(
        read("vocabulary.yaml", null), read("areas.yaml", AREAS), read("commodities.yaml", COMMODITIES));
  }

  /**
   * The phrases named {@code name}.
   *
   * @throws IllegalStateException when the vocabulary has no such list (a programming error)
   */
  Phrases get(String name) {
    Phrases p = triggers.get(name);
    if (p == null) {
      throw new IllegalStateException("vocabulary.yaml has no list '" + name + "'");
    }
    return p;
  }

  /** A mapping file of code to phrases beside this class, such as {@code agreement-heads.yaml}. */
  Map<String, List<String>> headsOf(String file) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    read(file, null).forEach((k, v) -> out.put(k, v.phrases()));
    return out;
  }

  /** Areas named in [from, to) of {@code lower}, in text order, each once. */
  List<String> areasIn(String lower, int from, int to) {
    return codesIn(areas, lower, from, to);
  }

  /** Commodities named in [from, to) of {@code lower}, in text order, each once. */
  List<String> commoditiesIn(String lower, int from, int to) {
    return codesIn(commodities, lower, from, to);
  }

  private static List<String> codesIn(Map<String, Phrases> byCode, String lower, int from, int to) {
    record Found(int at, String code) {}
    List<Found> found = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    // Longest phrases over all codes first, so "oil products" is not also "oil".
    List<Map.Entry<String, String>> all = new ArrayList<>();
    byCode.forEach((code, phrases) -> phrases.phrases().forEach(p -> all.add(Map.entry(p, code))));
    all.sort((a, b) -> b.getKey().length() - a.getKey().length());
    for (Map.Entry<String, String> e : all) {
      for (Phrases.Hit h : new Phrases(List.of(e.getKey())).all(lower, from, to)) {
        boolean overlaps = taken.stream().anyMatch(t -> t[0] < h.end() && h.start() < t[1] && !(t[0] == h.start() && t[1] == h.end()));
        boolean sameSpan = taken.stream().anyMatch(t -> t[0] == h.start() && t[1] == h.end());
        if (!overlaps) {
          if (!sameSpan) {
            taken.add(new int[] {h.start(), h.end()});
          }
          found.add(new Found(h.start(), e.getValue()));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.at(), b.at()));
    return found.stream().map(Found::code).distinct().toList();
  }

  private static Map<String, Phrases> read(String name, Set<String> allowed) {
    Map<String, Phrases> out = new LinkedHashMap<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing data file org/entente/extract/" + name);
      }
      JsonParser p = new YAMLFactory().createParser(in);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException(name + ":" + p.currentTokenLocation().getLineNr() + ": expected a mapping of names to lists");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = p.currentTokenLocation().getLineNr();
        if (allowed != null && !allowed.contains(key)) {
          throw new IllegalStateException(name + ":" + line + ": unknown code '" + key + "' (expected one of " + new java.util.TreeSet<>(allowed) + ")");
        }
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw new IllegalStateException(name + ":" + line + ": '" + key + "' must be a list of phrases [a, b]");
        }
        List<String> phrases = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (!p.currentToken().isScalarValue() || p.getText().isBlank()) {
            throw new IllegalStateException(name + ":" + p.currentTokenLocation().getLineNr() + ": '" + key + "' holds a non-text item");
          }
          phrases.add(p.getText().strip());
        }
        if (out.put(key, new Phrases(phrases)) != null) {
          throw new IllegalStateException(name + ":" + line + ": '" + key + "' is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }
}
