package org.entente.server.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;

/** The registry of every pair: one entry per agreement entity of the knowledge base. */
final class EntityAgreementRegistry implements AgreementRegistry {

  private final List<AgreementEntry> agreements;
  private final Map<String, AgreementEntry> byId;

  EntityAgreementRegistry(List<Entity> entities, Mentions mentions) {
    List<AgreementEntry> entries = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type().equals("agreement")) {
        entries.add(entry(e, mentions));
      }
    }
    entries.sort(
        Comparator.comparing((AgreementEntry a) -> a.date() == null ? "" : a.date()).reversed()
            .thenComparing(a -> a.title() == null ? "" : a.title())
            .thenComparing(AgreementEntry::id));
    this.agreements = List.copyOf(entries);
    this.byId = agreements.stream().collect(Collectors.toUnmodifiableMap(AgreementEntry::id, Function.identity()));
  }

  @Override
  public List<AgreementEntry> agreements() {
    return agreements;
  }

  @Override
  public Optional<AgreementEntry> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private static AgreementEntry entry(Entity e, Mentions mentions) {
    Set<String> parties = new TreeSet<>();
    Set<String> dates = new TreeSet<>();
    for (Claim c : e.claims()) {
      parties.addAll(c.list("parties"));
      if (c.start() != null && !c.draft()) {
        dates.add(c.start());
      }
    }
    if (parties.isEmpty()) {
      parties.addAll(List.of(e.pair().split("-")));
    }
    boolean dateConflict = e.disagreements().stream().anyMatch(d -> d.about().equals("date"));
    String docType = e.text("doc_type") == null ? "other" : e.text("doc_type");
    return new AgreementEntry(
        e.id(), e.pair(), e.text("title") == null ? docType : e.text("title"), docType, e.start(), e.text("status"), List.copyOf(parties),
        (int) e.sources(), dateConflict, List.copyOf(dates), mentions.all(e));
  }
}
