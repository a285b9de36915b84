package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.text.Span;

/**
 * One fact however often a document repeats it: facts with the same key arguments and compatible
 * dates merge into one with the most precise date, the union of their evidence, and the richer
 * arguments. Incompatible dates stay apart (two visits of one person to one country).
 */
final class FactMerger {

  private FactMerger() {}

  static List<Fact> merge(List<Fact> facts) {
    Map<String, List<Fact>> byKey = new LinkedHashMap<>();
    for (Fact f : facts) {
      List<Fact> same = byKey.computeIfAbsent(f.args().key(), k -> new ArrayList<>());
      boolean merged = false;
      for (int i = 0; i < same.size() && !merged; i++) {
        Fact other = same.get(i);
        if (other.when().compatible(f.when())) {
          same.set(i, combine(other, f, other.when().mostPrecise(f.when())));
          merged = true;
        } else if (f.args() instanceof FactArgs.Visit && other.when().within(f.when(), VISIT_DAYS)) {
          // "arrived on Tuesday" and "is on a state visit" on Wednesday: one visit over both days
          same.set(i, combine(other, f, other.when().union(f.when())));
          merged = true;
        }
      }
      if (!merged) {
        same.add(f);
      }
    }
    List<Fact> out = new ArrayList<>();
    byKey.values().forEach(out::addAll);
    out.sort(Comparator.comparing((Fact f) -> f.evidence().get(0)).thenComparing(Fact::type));
    return out;
  }

  /** The longest a visit lasts for two of its days to be told apart as one visit. */
  private static final int VISIT_DAYS = 3;

  private static Fact combine(Fact a, Fact b, When when) {
    TreeSet<Span> evidence = new TreeSet<>(a.evidence());
    evidence.addAll(b.evidence());
    FactArgs richer = b.argMap().size() > a.argMap().size() ? b.args() : a.args();
    FactArgs other = richer == a.args() ? b.args() : a.args();
    FactArgs args = richer.completedBy(other);
    return new Fact(args, when, new ArrayList<>(evidence), a.rule());
  }
}
