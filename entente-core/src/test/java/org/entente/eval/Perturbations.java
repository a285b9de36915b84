package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Predictions made from a gold file by deterministic damage: each is a function from the gold facts
 * (or registry entities) to predicted ones, touching copies only.
 */
final class Perturbations {

  private Perturbations() {}

  /** Named perturbations of gold facts. */
  static Map<String, UnaryOperator<List<ObjectNode>>> facts() {
    Map<String, UnaryOperator<List<ObjectNode>>> all = new LinkedHashMap<>();
    all.put("identity", facts -> copies(facts));
    all.put("every third fact dropped", Perturbations::dropEveryThird);
    all.put("numbers off by 0.5 and 5 percent", Perturbations::numbersOff);
    all.put("dates shifted", Perturbations::datesShifted);
    all.put("evidence dropped or moved", Perturbations::evidenceMoved);
    all.put("spurious facts added", Perturbations::spuriousAdded);
    all.put("persons transliterated", Perturbations::personsTransliterated);
    all.put("titles reworded", Perturbations::titlesReworded);
    all.put("attributes changed", Perturbations::attributesChanged);
    all.put("reversed with duplicates", Perturbations::reversedWithDuplicates);
    all.put(
        "kitchen sink",
        facts ->
            reversedWithDuplicates(
                spuriousAdded(
                    titlesReworded(
                        personsTransliterated(
                            datesShifted(numbersOff(attributesChanged(dropEveryThird(facts)))))))));
    return all;
  }

  /** Named perturbations of gold registry entities. */
  static Map<String, UnaryOperator<List<ObjectNode>>> registry() {
    Map<String, UnaryOperator<List<ObjectNode>>> all = new LinkedHashMap<>();
    all.put("identity", entities -> copies(entities));
    all.put("clusters split", Perturbations::clustersSplit);
    all.put("clusters merged", Perturbations::clustersMerged);
    all.put("mentions dropped", Perturbations::mentionsDropped);
    all.put("dates changed", Perturbations::entityDatesChanged);
    all.put("spans moved", Perturbations::spansMoved);
    all.put(
        "kitchen sink",
        entities ->
            spansMoved(
                entityDatesChanged(clustersMerged(clustersSplit(mentionsDropped(entities))))));
    return all;
  }

  private static List<ObjectNode> copies(List<ObjectNode> facts) {
    return new ArrayList<>(facts.stream().map(ObjectNode::deepCopy).toList());
  }

  private static List<ObjectNode> dropEveryThird(List<ObjectNode> facts) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      if (i % 3 != 2) {
        out.add(facts.get(i).deepCopy());
      }
    }
    return out;
  }

  private static List<ObjectNode> numbersOff(List<ObjectNode> facts) {
    List<ObjectNode> out = copies(facts);
    for (int i = 0; i < out.size(); i++) {
      ObjectNode args = (ObjectNode) out.get(i).get("args");
      for (String key : FactRules.NUMERIC) {
        JsonNode v = args.get(key);
        if (v != null && v.isNumber()) {
          double changed = v.doubleValue() * (i % 2 == 0 ? 1.005 : 1.05);
          if (i % 4 == 3) {
            args.put(key, Double.toString(changed));
          } else {
            args.put(key, changed);
          }
        }
      }
    }
    return out;
  }

  private static List<ObjectNode> datesShifted(List<ObjectNode> facts) {
    List<ObjectNode> out = copies(facts);
    for (int i = 0; i < out.size(); i++) {
      ObjectNode fact = out.get(i);
      JsonNode when = fact.get("when");
      if (when == null || when.isNull()) {
        if (i % 4 == 1) {
          fact.putObject("when").put("start", "2000");
        }
        continue;
      }
      ObjectNode w = (ObjectNode) when;
      String start = w.path("start").asText("");
      switch (i % 5) {
        case 0 -> w.put("start", start.length() >= 4 ? start.substring(0, 4) : start);
        case 1 ->
            w.put(
                "start",
                start.length() == 7 ? start + "-15" : start.length() == 4 ? start + "-06" : start);
        case 2 ->
            w.put(
                "start",
                start.length() >= 4
                    ? (Integer.parseInt(start.substring(0, 4)) + 1) + start.substring(4)
                    : start);
        case 3 -> fact.remove("when");
        default -> {
          // The end alone: an end-only prediction against a dated gold fact.
          w.remove("start");
          w.put("end", start);
        }
      }
    }
    return out;
  }

  private static List<ObjectNode> evidenceMoved(List<ObjectNode> facts) {
    List<ObjectNode> out = copies(facts);
    for (int i = 0; i < out.size(); i++) {
      ObjectNode fact = out.get(i);
      switch (i % 4) {
        case 0 -> fact.remove("evidence");
        case 1 -> {
          for (JsonNode span : fact.withArray("evidence")) {
            ((ObjectNode) span).put("start", span.get("start").intValue() + 10000);
            ((ObjectNode) span).put("end", span.get("end").intValue() + 10000);
          }
        }
        case 2 -> fact.putNull("evidence");
        default -> {
          ArrayNode spans = fact.withArray("evidence");
          ObjectNode first = (ObjectNode) spans.get(0);
          // Touching the gold span's last character only: still an overlap.
          int end = first.get("end").intValue();
          spans.insertObject(0).put("start", 0).put("end", 1);
          first.put("start", end - 1).put("end", end + 40);
        }
      }
    }
    return out;
  }

  private static List<ObjectNode> spuriousAdded(List<ObjectNode> facts) {
    List<ObjectNode> out = copies(facts);
    for (int i = 0; i < facts.size(); i += 4) {
      ObjectNode extra = facts.get(i).deepCopy();
      extra.remove("optional");
      ObjectNode args = (ObjectNode) extra.get("args");
      String type = extra.get("type").textValue();
      switch (i % 12) {
        case 0 -> args.put(FactRules.KEYS.get(type).get(0), "something else entirely");
        case 4 -> extra.put("doc", "999_not_in_gold");
        default -> {
          // An exact duplicate: a second prediction of one gold fact, or of an optional one.
        }
      }
      out.add(extra);
    }
    ObjectNode unknown = facts.get(0).deepCopy();
    unknown.put("type", "not_a_type");
    out.add(unknown);
    return out;
  }

  private static List<ObjectNode> personsTransliterated(List<ObjectNode> facts) {
    List<ObjectNode> out = copies(facts);
    for (int i = 0; i < out.size(); i++) {
      ObjectNode args = (ObjectNode) out.get(i).get("args");
      for (String key : FactRules.PERSON) {
        JsonNode v = args.get(key);
        if (v == null) {
          continue;
        }
        int n = i;
        UnaryOperator<String> variant =
            s ->
                switch (n % 4) {
                  case 0 -> s.replace("j", "zh").replace("h", "kh");
                  case 1 -> s.replace("-", " ").toUpperCase(Locale.ROOT).replace("I", "Y");
                  case 2 -> s.replace("a", "aa").replace("j", "dzh");
                  default -> s.replace("o", "u");
                };
        if (v.isTextual()) {
          args.put(key, variant.apply(v.textValue()));
        } else if (v.isArray()) {
          List<String> names = new ArrayList<>();
          v.forEach(x -> names.add(variant.apply(x.textValue())));
          Collections.reverse(names);
          ArrayNode list = args.putArray(key);
          names.forEach(list::add);
        }
      }
    }
    return out;
  }

  private static List<ObjectNode> titlesReworded(List<ObjectNode> facts) {
    List<ObjectNode> out = copies(facts);
    for (int i = 0; i < out.size(); i++) {
      ObjectNode args = (ObjectNode) out.get(i).get("args");
      for (String key : FactRules.FUZZY) {
        JsonNode v = args.get(key);
        if (v == null || !v.isTextual()) {
          continue;
        }
        List<String> words = new ArrayList<>(List.of(v.textValue().split(" ")));
        switch (i % 4) {
          case 0 -> args.put(key, String.join(" ", words.subList(0, (words.size() + 1) / 2)));
          case 1 -> args.put(key, "THE REPUBLIC OF " + v.textValue().toUpperCase(Locale.ROOT));
          case 2 -> {
            Collections.reverse(words);
            args.put(key, String.join(" ", words));
          }
          default -> {
            ArrayNode list = args.putArray(key);
            words.forEach(list::add);
          }
        }
      }
    }
    return out;
  }

  private static List<ObjectNode> attributesChanged(List<ObjectNode> facts) {
    List<ObjectNode> out = copies(facts);
    for (int i = 0; i < out.size(); i++) {
      ObjectNode args = (ObjectNode) out.get(i).get("args");
      List<String> keys = new ArrayList<>();
      args.fieldNames().forEachRemaining(keys::add);
      keys.removeAll(FactRules.KEYS.get(out.get(i).get("type").textValue()));
      for (int k = 0; k < keys.size(); k++) {
        String key = keys.get(k);
        JsonNode v = args.get(key);
        switch ((i + k) % 4) {
          case 0 -> args.remove(key);
          case 1 ->
              args.set(
                  key,
                  v.isTextual()
                      ? TextNode.valueOf(" " + v.textValue().toUpperCase(Locale.ROOT))
                      : v);
          case 2 -> args.put(key, "other");
          default -> {
            if (v.isArray()) {
              List<JsonNode> items = new ArrayList<>();
              v.forEach(items::add);
              Collections.reverse(items);
              args.putArray(key).addAll(items);
            }
          }
        }
      }
    }
    return out;
  }

  private static List<ObjectNode> reversedWithDuplicates(List<ObjectNode> facts) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = facts.size() - 1; i >= 0; i--) {
      out.add(facts.get(i).deepCopy());
      if (i % 5 == 0) {
        out.add(facts.get(i).deepCopy());
      }
    }
    return out;
  }

  private static List<ObjectNode> clustersSplit(List<ObjectNode> entities) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode entity : entities) {
      JsonNode mentions = entity.path("mentions");
      if (mentions.size() < 2) {
        out.add(entity.deepCopy());
        continue;
      }
      for (JsonNode mention : mentions) {
        ObjectNode part = entity.deepCopy();
        part.putArray("mentions").add(mention.deepCopy());
        out.add(part);
      }
    }
    return out;
  }

  private static List<ObjectNode> clustersMerged(List<ObjectNode> entities) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < entities.size(); i += 2) {
      ObjectNode merged = entities.get(i).deepCopy();
      if (i + 1 < entities.size()) {
        merged
            .withArray("mentions")
            .addAll((ArrayNode) entities.get(i + 1).path("mentions").deepCopy());
      }
      out.add(merged);
    }
    return out;
  }

  private static List<ObjectNode> mentionsDropped(List<ObjectNode> entities) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      if (i % 5 == 4) {
        continue;
      }
      ObjectNode entity = entities.get(i).deepCopy();
      ArrayNode mentions = entity.withArray("mentions");
      if (mentions.size() >= 2) {
        mentions.remove(mentions.size() - 1);
      }
      out.add(entity);
    }
    return out;
  }

  private static List<ObjectNode> entityDatesChanged(List<ObjectNode> entities) {
    List<ObjectNode> out = copies(entities);
    for (int i = 0; i < out.size(); i++) {
      ObjectNode entity = out.get(i);
      String start = entity.path("when").path("start").asText("");
      switch (i % 4) {
        case 0 ->
            entity
                .putObject("when")
                .put("start", start.length() >= 4 ? start.substring(0, 4) : "1999");
        case 1 ->
            entity.putObject("when").put("start", start.length() == 4 ? start + "-01" : start);
        case 2 -> entity.remove("when");
        default -> {
          if (start.length() >= 4) {
            entity
                .putObject("when")
                .put("start", (Integer.parseInt(start.substring(0, 4)) + 1) + start.substring(4));
          }
        }
      }
    }
    return out;
  }

  private static List<ObjectNode> spansMoved(List<ObjectNode> entities) {
    List<ObjectNode> out = copies(entities);
    for (int i = 0; i < out.size(); i++) {
      ObjectNode entity = out.get(i);
      if (i % 7 == 6) {
        entity.put("type", entity.path("type").asText().equals("visit") ? "agreement" : "visit");
      }
      int m = 0;
      for (JsonNode mention : entity.withArray("mentions")) {
        ArrayNode spans = ((ObjectNode) mention).withArray("evidence");
        int shift = (i + m) % 3 == 0 ? 30 : (i + m) % 3 == 1 ? 100000 : 0;
        for (JsonNode span : spans) {
          ((ObjectNode) span).put("start", span.get("start").intValue() + shift);
          ((ObjectNode) span).put("end", span.get("end").intValue() + shift);
        }
        if ((i + m) % 4 == 2) {
          // A second span reaching into the next stretch of text.
          int end = spans.get(0).get("end").intValue();
          spans.addObject().put("start", end).put("end", end + 200);
        }
        m++;
      }
    }
    return out;
  }
}
