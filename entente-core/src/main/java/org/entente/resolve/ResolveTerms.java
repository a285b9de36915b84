package org.entente.resolve;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resolution vocabulary, read from {@code resolve.yaml}: stop, type and generic words of
 * titles, synonyms, which doc_types may name one document, the cues and nouns of a definite
 * reference to an agreement ("the new treaty"), the relationship levels an agreement's title
 * establishes, and the verbs of a commitment that a signing fulfils. Loading fails with the file
 * and line of anything unknown or malformed.
 *
 * @param stopWords words without identity in a name
 * @param typeWords words naming the kind of document
 * @param genericWords words too common to tell two titles apart
 * @param synonyms variant to canonical word
 * @param compatibleDocTypes doc_type to the doc_types that may name the same document
 * @param referenceCues words opening a definite reference
 * @param referenceNouns noun of a reference to the doc_types it may refer to
 * @param enactingFormulas phrases by which a document headed by an agreement enacts it
 * @param followUps openings of a sentence that tells more of the agreement named just before it
 * @param signingLine a regular expression for the place-and-date line closing an agreement's text
 * @param levels relationship levels by title phrase
 * @param fulfilmentCues verbs of a commitment that a signing fulfils
 */
public record ResolveTerms(
    @JsonProperty(value = "stop_words", required = true) Set<String> stopWords,
    @JsonProperty(value = "type_words", required = true) Set<String> typeWords,
    @JsonProperty(value = "generic_words", required = true) Set<String> genericWords,
    @JsonProperty(value = "synonyms", required = true) Map<String, String> synonyms,
    @JsonProperty(value = "compatible_doc_types", required = true)
        Map<String, Set<String>> compatibleDocTypes,
    @JsonProperty(value = "reference_cues", required = true) List<String> referenceCues,
    @JsonProperty(value = "reference_nouns", required = true)
        Map<String, Set<String>> referenceNouns,
    @JsonProperty(value = "enacting_formulas", required = true) List<String> enactingFormulas,
    @JsonProperty(value = "follow_ups", required = true) Set<String> followUps,
    @JsonProperty(value = "signing_line", required = true) String signingLine,
    @JsonProperty(value = "levels", required = true) List<Level> levels,
    @JsonProperty(value = "fulfilment_cues", required = true) List<String> fulfilmentCues) {

  static final Set<String> DOC_TYPES =
      Set.of("treaty", "agreement", "memorandum", "program", "roadmap", "declaration",
          "joint_statement", "protocol", "other");

  /**
   * A relationship level named by a phrase of an agreement's title.
   *
   * @param phrase the phrase, lower case
   * @param level the level's label
   * @param rank higher is closer
   */
  public record Level(
      @JsonProperty(value = "phrase", required = true) String phrase,
      @JsonProperty(value = "level", required = true) String level,
      @JsonProperty(value = "rank", required = true) int rank) {}

  /** Validates the doc_types named and lower-cases the words. */
  public ResolveTerms {
    stopWords = lower(stopWords);
    typeWords = lower(typeWords);
    genericWords = lower(genericWords);
    synonyms = Map.copyOf(synonyms);
    for (var e : compatibleDocTypes.entrySet()) {
      requireDocTypes("compatible_doc_types", e.getKey(), Set.of(e.getKey()));
      requireDocTypes("compatible_doc_types", e.getKey(), e.getValue());
    }
    for (var e : referenceNouns.entrySet()) {
      requireDocTypes("reference_nouns", e.getKey(), e.getValue());
    }
    compatibleDocTypes = Map.copyOf(compatibleDocTypes);
    referenceNouns = Map.copyOf(referenceNouns);
    referenceCues = List.copyOf(referenceCues);
    enactingFormulas = List.copyOf(enactingFormulas);
    followUps = lower(followUps);
    try {
      java.util.regex.Pattern.compile(signingLine);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException("signing_line: not a regular expression: " + e.getDescription(), e);
    }
    levels = List.copyOf(levels);
    fulfilmentCues = List.copyOf(fulfilmentCues);
  }

  /** The built-in vocabulary. */
  public static ResolveTerms builtin() {
    try (InputStream in = ResolveTerms.class.getResourceAsStream("resolve.yaml")) {
      if (in == null) {
        throw new IllegalStateException("resolve.yaml is missing from the classpath");
      }
      return read(in, "resolve.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resolve.yaml", e);
    }
  }

  /**
   * Reads a vocabulary in the format of {@code resolve.yaml}.
   *
   * @throws IllegalArgumentException naming the file and line of what is wrong
   */
  public static ResolveTerms read(InputStream in, String name) throws IOException {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    try {
      return yaml.readValue(in, ResolveTerms.class);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalArgumentException(name + ":" + line + ": " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  /** Whether a document of type {@code a} may be named as one of type {@code b}. */
  boolean compatible(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    return compatibleDocTypes.getOrDefault(a, Set.of()).contains(b)
        || compatibleDocTypes.getOrDefault(b, Set.of()).contains(a);
  }

  private static void requireDocTypes(String key, String owner, Set<String> types) {
    for (String t : types) {
      if (!DOC_TYPES.contains(t)) {
        throw new IllegalArgumentException(
            key + "." + owner + ": unknown doc_type '" + t + "' (expected one of "
                + new TreeSet<>(DOC_TYPES) + ")");
      }
    }
  }

  private static Set<String> lower(Set<String> words) {
    Set<String> out = new TreeSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
