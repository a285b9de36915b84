package org.entente.server.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;
import org.entente.resolve.Quote;
import org.entente.server.model.EvidenceSpan;
import org.entente.server.model.FactView;
import org.entente.server.model.Snapshot;
import org.entente.server.model.When;

/** Makes the mentions of entities, each linked to its sentence in a snapshot's documents. */
final class Mentions {

  private final Snapshot snapshot;

  Mentions(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** One quote of a claim. */
  Mention of(Claim c, Quote q) {
    Long fact = snapshot.factAt(c, q).map(FactView::id).orElse(null);
    When when = c.start() == null && c.end() == null ? null : new When(c.start(), c.end());
    return new Mention(fact, c.doc(), when, List.of(new EvidenceSpan(q.start(), q.end())), q.text());
  }

  /** Every quote of every claim, in the entity's claim order. */
  List<Mention> all(Entity e) {
    List<Mention> out = new ArrayList<>();
    for (Claim c : e.claims()) {
      c.quotes().forEach(q -> out.add(of(c, q)));
    }
    return out;
  }

  /** The first quote of each document among some claims. */
  List<Mention> perDocument(List<Claim> claims) {
    List<Mention> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Claim c : claims) {
      if (seen.add(c.doc())) {
        out.add(of(c, c.quotes().get(0)));
      }
    }
    return out;
  }
}
