package org.entente.server.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stored fact as the server shows it: the contract's fields plus its row id and the text of its
 * first evidence span.
 *
 * @param id the fact's row id; links to it read {@code /documents/{doc}#f-{id}}
 * @param doc the document id
 * @param type the fact type
 * @param args the arguments, a JSON object
 * @param when when it holds, or null when undated
 * @param evidence the evidence spans in code points
 * @param rule the rule that made it, or null
 * @param quote the text of the first evidence span
 * @param countries the country codes among the arguments
 * @param persons the person slugs among the arguments
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactView(
    long id,
    String doc,
    String type,
    JsonNode args,
    When when,
    List<EvidenceSpan> evidence,
    String rule,
    String quote,
    @JsonIgnore Set<String> countries,
    @JsonIgnore Set<String> persons) {

  /** Requires the contract's mandatory fields. */
  public FactView {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(args, "args");
    evidence = List.copyOf(evidence);
    countries = Set.copyOf(countries);
    persons = Set.copyOf(persons);
  }

  /** A text argument, or null. */
  public String text(String name) {
    JsonNode v = args.get(name);
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }

  /** A numeric argument, or null. */
  public Double number(String name) {
    JsonNode v = args.get(name);
    return v != null && v.isNumber() ? v.asDouble() : null;
  }

  /** The year the fact is dated in, or null. */
  @JsonIgnore
  public Integer year() {
    return when == null ? null : when.year();
  }

  /** The page that shows this fact's sentence in its document. */
  @JsonIgnore
  public String href() {
    return Hrefs.fact(doc, id);
  }
}
