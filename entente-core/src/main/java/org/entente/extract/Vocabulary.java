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
  private final TriggerMasks masks;
  private final CodePhrases areaPhrases;
  private final CodePhrases commodityPhrases;

  private Vocabulary(Map<String, Phrases> triggers, Map<String, List<String>> areas, Map<String, List<String>> commodities) {
    this.triggers = triggers;
    this.masks = TriggerMasks.of(triggers.values());
    this.areaPhrases = new CodePhrases(flatten(areas));
    this.commodityPhrases = new CodePhrases(flatten(commodities));
  }

  /** Loads the three files from the classpath. */
  static Vocabulary load() {
    return new Vocabulary(read("vocabulary.yaml", null), raw("areas.yaml", AREAS), raw("commodities.yaml", COMMODITIES));
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

  private static Map<String, List<String>> raw(String name, Set<String> allowed) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    readRaw(name, allowed).forEach(out::put);
    return out;
  }

  /** The trigger masks of every list of {@code vocabulary.yaml}. */
  TriggerMasks masks() {
    return masks;
  }

  /**
   * Areas named in [from, to) of the text, in text order, each once (see {@link CodePhrases#in}).
   *
   * @param words the words of the lower-cased text
   */
  List<String> areasIn(String text, WordIndex words, int from, int to) {
    return areaPhrases.in(text, words, from, to);
  }

  /** Commodities named in [from, to) of the text, in text order, each once. */
  List<String> commoditiesIn(String text, WordIndex words, int from, int to) {
    return commodityPhrases.in(text, words, from, to);
  }

  private static List<CodePhrases.CodePhrase> flatten(Map<String, List<String>> byCode) {
    List<CodePhrases.CodePhrase> all = new ArrayList<>();
    byCode.forEach((code, phrases) -> phrases.forEach(p -> {
      boolean acronym = p.length() >= 2 && p.equals(p.toUpperCase(java.util.Locale.ROOT)) && p.chars().anyMatch(Character::isLetter);
      all.add(new CodePhrases.CodePhrase(acronym ? p : p.toLowerCase(java.util.Locale.ROOT), code, acronym));
    }));
    // longest first, so "oil products" is taken before "oil"
    all.sort((a, b) -> b.phrase().length() - a.phrase().length());
    return List.copyOf(all);
  }

  private static Map<String, Phrases> read(String name, Set<String> allowed) {
    Map<String, Phrases> out = new LinkedHashMap<>();
    // each list gets a bit of the trigger masks while there are bits left (see TriggerMasks)
    readRaw(name, allowed).forEach((k, v) -> out.put(k, new Phrases(v, out.size() < Long.SIZE ? 1L << out.size() : 0L)));
    return out;
  }

  private static Map<String, List<String>> readRaw(String name, Set<String> allowed) {
    Map<String, List<String>> out = new LinkedHashMap<>();
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
        if (out.put(key, phrases) != null) {
          throw new IllegalStateException(name + ":" + line + ": '" + key + "' is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }
}
