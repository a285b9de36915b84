package org.entente.server.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.store.StoredFact;

/** Turns stored facts (JSON text) into {@link FactView}s. */
final class FactViews {

  /** The arguments that hold persons, as the contract lists them. */
  private static final Set<String> PERSON_ARGS =
      Set.of("visitor", "participants", "person", "recipient", "conferred_by", "signatories");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final ObjectMapper json;

  FactViews(ObjectMapper json) {
    this.json = json;
  }

  FactView of(long id, StoredFact stored, DocumentView doc) {
    try {
      JsonNode args = json.readTree(stored.argsJson());
      List<EvidenceSpan> evidence = new ArrayList<>();
      for (JsonNode span : json.readTree(stored.evidenceJson())) {
        evidence.add(new EvidenceSpan(span.path("start").asInt(), span.path("end").asInt()));
      }
      String quote = evidence.isEmpty() ? null : doc.slice(evidence.get(0).start(), evidence.get(0).end());
      Set<String> countries = new TreeSet<>();
      Set<String> persons = new TreeSet<>();
      args.fields()
          .forEachRemaining(
              field -> {
                for (String value : values(field.getValue())) {
                  if (PERSON_ARGS.contains(field.getKey())) {
                    persons.add(value);
                  } else if (!field.getKey().equals("org") && COUNTRY.matcher(value).matches()) {
                    countries.add(value);
                  }
                }
              });
      When when =
          stored.whenStart() == null && stored.whenEnd() == null
              ? null
              : new When(stored.whenStart(), stored.whenEnd());
      return new FactView(
          id, stored.doc(), stored.type(), args, when, evidence, stored.ruleId(), quote, countries, persons);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored fact " + id + " of '" + stored.doc() + "' is not valid JSON", e);
    }
  }

  private static List<String> values(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(n -> {
        if (n.isTextual()) {
          out.add(n.asText());
        }
      });
    }
    return out;
  }
}
