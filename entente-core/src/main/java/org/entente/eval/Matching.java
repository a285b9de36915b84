package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A maximum one-to-one matching of gold to predicted facts by augmenting paths, trying gold facts
 * in order and each one's candidates in order, as score.py's {@code max_matching} does: the same
 * order picks the same pairs, which attribute and evidence accuracy depend on.
 */
final class Matching {

  private final List<List<Integer>> candidates = new ArrayList<>();
  private final Map<Integer, Integer> owner = new LinkedHashMap<>();

  private Matching(List<JsonNode> golds, List<JsonNode> preds) {
    for (JsonNode gold : golds) {
      List<Integer> matching = new ArrayList<>();
      for (int j = 0; j < preds.size(); j++) {
        if (FactRules.matches(gold, preds.get(j))) {
          matching.add(j);
        }
      }
      candidates.add(matching);
    }
  }

  /** Gold index to predicted index, in the order score.py's dict has them. */
  static Map<Integer, Integer> of(List<JsonNode> golds, List<JsonNode> preds) {
    Matching matching = new Matching(golds, preds);
    for (int i = 0; i < golds.size(); i++) {
      matching.augment(i, new HashSet<>());
    }
    Map<Integer, Integer> pairs = new LinkedHashMap<>();
    matching.owner.forEach((pred, gold) -> pairs.put(gold, pred));
    return pairs;
  }

  private boolean augment(int gold, Set<Integer> seen) {
    for (int pred : candidates.get(gold)) {
      if (seen.add(pred)) {
        Integer holder = owner.get(pred);
        if (holder == null || augment(holder, seen)) {
          owner.put(pred, gold);
          return true;
        }
      }
    }
    return false;
  }
}
