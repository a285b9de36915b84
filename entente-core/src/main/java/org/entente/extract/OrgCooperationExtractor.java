package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.ActorMention;
import org.entente.annotate.Layers;
import org.entente.annotate.OrganizationMention;
import org.entente.annotate.Sentence;

/**
 * org_cooperation: the parties cooperate within each organization a sentence names in a
 * cooperation context ("interaction within the UN, OSCE, SCO, CICA, CSTO and CIS"): one fact per
 * organization. A list of two or more organizations is context enough.
 */
final class OrgCooperationExtractor implements Extractor {

  private final Phrases cooperation;
  private final java.util.Set<String> codes;
  private final java.util.Set<String> partOfUn;

  OrgCooperationExtractor(Vocabulary vocabulary) {
    this.cooperation = vocabulary.get("org_cooperation");
    this.codes = upper(vocabulary.get("org_codes").phrases());
    this.partOfUn = upper(vocabulary.get("org_part_of_un").phrases());
  }

  private static java.util.Set<String> upper(List<String> phrases) {
    java.util.Set<String> out = new java.util.HashSet<>();
    phrases.forEach(p -> out.add(p.toUpperCase(java.util.Locale.ROOT)));
    return out;
  }

  /** The contract's code for an organization mention, or null when the contract has none. */
  private String code(OrganizationMention o) {
    String code = partOfUn.contains(o.code()) ? "UN" : o.code();
    return codes.contains(code) ? code : null;
  }

  /** "second largest trading partner ... among CIS countries": a scope, not cooperation. */
  private static boolean scopeOfRank(DocContext doc, OrganizationMention o) {
    String before = doc.lower().substring(Math.max(0, o.span().start() - 100), o.span().start());
    return before.contains("trading partner") && (before.endsWith("among ") || before.endsWith("among the ")
        || before.endsWith("in the ") || before.endsWith("within the "));
  }

  @Override
  public String name() {
    return "org_cooperation";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<OrganizationMention> orgs = new ArrayList<>();
      java.util.Set<String> scopes = new java.util.HashSet<>();
      for (ActorMention a : doc.within(Layers.ACTORS, s.span())) {
        if (a instanceof OrganizationMention o && scopeOfRank(doc, o)) {
          scopes.add(o.code());
        }
      }
      for (ActorMention a : doc.within(Layers.ACTORS, s.span())) {
        if (a instanceof OrganizationMention found && code(found) != null) {
          OrganizationMention o = new OrganizationMention(found.span(), code(found));
          if (orgs.stream().noneMatch(x -> x.code().equals(o.code())) && !scopes.contains(o.code())) {
            orgs.add(o);
          }
        }
      }
      if (orgs.isEmpty()) {
        continue;
      }
      boolean context = orgs.size() >= 2 || cooperation.any(doc.words(), s.span().start(), s.span().end());
      if (!context) {
        continue;
      }
      List<String> parties = doc.parties(s.span());
      if (parties.size() < 2) {
        continue;
      }
      String rule = orgs.size() >= 2 ? "org_cooperation/list" : "org_cooperation/within";
      for (OrganizationMention o : orgs) {
        facts.add(new Fact(new FactArgs.OrgCooperation(parties, o.code()), When.NONE, Clauses.evidence(s), rule));
      }
    }
    return facts;
  }
}
