package org.entente.resolve;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one document says about one thing: one of its facts, with the exact places it mentions
 * it, ready to be resolved with the claims of other documents.
 *
 * @param doc the document id
 * @param seq the fact's position among the document's facts
 * @param type the fact type
 * @param args the fact's arguments in the contract's form
 * @param start the fact's date (ISO, reduced precision), or null
 * @param end the end of its span of time, or null
 * @param published the document's publication date, or null when unknown
 * @param quotes where the document mentions it, at least one
 * @param words the identity words of its title or name (empty for other types)
 * @param block the resolution block: the pair of countries and the family of types
 */
public record Claim(
    String doc,
    int seq,
    String type,
    Map<String, Object> args,
    String start,
    String end,
    String published,
    List<Quote> quotes,
    List<String> words,
    String block) {

  /** Requires the identifying fields and at least one quote. */
  public Claim {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(block, "block");
    args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
    quotes = List.copyOf(quotes);
    words = words == null ? List.of() : List.copyOf(words);
    if (quotes.isEmpty()) {
      throw new IllegalArgumentException("a claim needs a quote: " + doc + " " + type);
    }
  }

  /** A string argument, or null. */
  public String text(String key) {
    Object v = args.get(key);
    return v == null ? null : v.toString();
  }

  /** A list argument as strings, empty when absent. */
  public List<String> list(String key) {
    Object v = args.get(key);
    if (v instanceof List<?> l) {
      return l.stream().map(Object::toString).toList();
    }
    return v == null ? List.of() : List.of(v.toString());
  }

  /** A number argument, or null. */
  public Double number(String key) {
    Object v = args.get(key);
    return v instanceof Number n ? n.doubleValue() : null;
  }

  /** Whether the claim is about a draft, not a signed document. */
  public boolean draft() {
    return "draft".equals(args.get("status"));
  }

  /**
   * Whether the claim's date is of a later stage than the signing ("entered into force in 2023",
   * "ratified in October"): it tells nothing of when the document was signed.
   */
  public boolean laterStage() {
    Object status = args.get("status");
    return "in_force".equals(status) || "ratified".equals(status);
  }
}
