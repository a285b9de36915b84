package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.annotate.OrganizationMention;
import org.entente.annotate.Sentence;
import org.entente.text.Span;

/**
 * commitment: the numbered clauses of a declaration, joint statement or treaty, each with the
 * areas it names. The document is the first such agreement the text names before its first
 * numbered clause (its heading or preamble); a clause runs from its number to the next one.
 */
final class CommitmentExtractor {
  private static final java.util.regex.Pattern NUMBERED_MARKER = java.util.regex.Pattern.compile("^(?:\\d+[.)]|\\(\\d+\\))$");


  /** Where a clause goes on with a predicate of its own after a purpose or example tail. */
  private static final List<String> PREDICATE_JOINTS = List.of(", and ", " and will ", " and shall ", " and are ", " and intend ");

  private static final Set<String> TYPES = Set.of("declaration", "joint_statement", "treaty", "agreement", "memorandum", "protocol");

  private final Vocabulary vocabulary;
  private final Phrases stops;

  CommitmentExtractor(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.stops = vocabulary.get("commitment_area_stop");
  }

  List<Fact> extract(DocContext doc, List<Fact> agreements) {
    List<Fact> facts = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    List<Integer> numbered = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).clauseNumber() > 0 && NUMBERED_MARKER.matcher(sentences.get(i).marker()).find()) {
        numbered.add(i);
      }
    }
    if (numbered.size() < 2) {
      return facts;
    }
    int firstClause = sentences.get(numbered.get(0)).span().start();
    String document = null;
    for (Fact f : agreements) {
      if (f.args() instanceof FactArgs.Agreement a && TYPES.contains(a.docType()) && f.evidence().get(0).start() < firstClause
          && (document == null || a.docType().equals("declaration") || a.docType().equals("joint_statement"))) {
        document = a.title();
        if (a.docType().equals("declaration") || a.docType().equals("joint_statement")) {
          break;
        }
      }
    }
    if (document == null) {
      return facts;
    }
    for (int k = 0; k < numbered.size(); k++) {
      Sentence first = sentences.get(numbered.get(k));
      int end = k + 1 < numbered.size() ? sentences.get(numbered.get(k + 1)).span().start() - 1
          : lastOfClause(sentences, numbered.get(k));
      Span clause = new Span(first.span().start(), Math.max(first.span().end(), end));
      List<String> areas = clauseAreas(doc, clause);
      facts.add(new Fact(new FactArgs.Commitment(document, first.clauseNumber(), areas), When.NONE,
          List.of(first.span()), "commitment/numbered-clause"));
    }
    return facts;
  }

  /**
   * The areas of a clause's topic: its text up to a purpose or example tail ("in order to",
   * "including"), without the names of organizations (the Collective Security Treaty
   * Organization is not a security clause). A clause that names organizations and no area is
   * about multilateral cooperation: politics.
   */
  private List<String> clauseAreas(DocContext doc, Span clause) {
    List<String> areas = new ArrayList<>();
    boolean namesOrganizations = false;
    int from = clause.start();
    while (from < clause.end()) {
      Phrases.Hit tail = stops.first(doc.words(), from, clause.end());
      int end = tail == null ? clause.end() : tail.start();
      namesOrganizations |= addTopicAreas(doc, new Span(from, end), areas);
      // the tail ends where the clause goes on with a predicate of its own: "..., and will counter terrorism"
      // a clause whose topic only follows the cue ("activities aimed at supporting the youth") reads on past it
      from = tail == null ? clause.end() : areas.isEmpty() ? tail.end() : nextPredicate(doc.lower(), tail.end(), clause.end());
    }
    if (areas.isEmpty() && namesOrganizations) {
      areas.add("politics");
    }
    return areas;
  }

  /** Adds the areas of the span outside organization names; whether it names organizations. */
  private boolean addTopicAreas(DocContext doc, Span span, List<String> areas) {
    int from = span.start();
    List<OrganizationMention> orgs = doc.organizations(span);
    for (OrganizationMention org : orgs) {
      addNew(areas, vocabulary.areasIn(doc.text(), doc.words(), from, org.span().start()));
      from = Math.max(from, org.span().end());
    }
    addNew(areas, vocabulary.areasIn(doc.text(), doc.words(), from, span.end()));
    return !orgs.isEmpty();
  }

  private static int nextPredicate(String lower, int from, int to) {
    int best = to;
    for (String joint : PREDICATE_JOINTS) {
      int i = lower.indexOf(joint, from);
      if (i >= 0 && i < best) {
        best = i;
      }
    }
    return best;
  }

  private static void addNew(List<String> into, List<String> codes) {
    for (String c : codes) {
      if (!into.contains(c)) {
        into.add(c);
      }
    }
  }

  /** The last clause runs to the end of its paragraph. */
  private static int lastOfClause(List<Sentence> sentences, int index) {
    return sentences.get(index).span().end();
  }
}
