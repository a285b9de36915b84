package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.annotate.Sentence;
import org.entente.text.Span;

/**
 * commitment: the numbered clauses of a declaration, joint statement or treaty, each with the
 * areas it names. The document is the first such agreement the text names before its first
 * numbered clause (its heading or preamble); a clause runs from its number to the next one.
 */
final class CommitmentExtractor {
  private static final java.util.regex.Pattern NUMBERED_MARKER = java.util.regex.Pattern.compile("^(?:\\d+[.)]|\\(\\d+\\))$");


  private static final Set<String> TYPES = Set.of("declaration", "joint_statement", "treaty", "agreement", "memorandum", "protocol");

  private final Vocabulary vocabulary;

  CommitmentExtractor(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
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
    String lower = doc.lower();
    for (int k = 0; k < numbered.size(); k++) {
      Sentence first = sentences.get(numbered.get(k));
      int end = k + 1 < numbered.size() ? sentences.get(numbered.get(k + 1)).span().start() - 1
          : lastOfClause(sentences, numbered.get(k));
      Span clause = new Span(first.span().start(), Math.max(first.span().end(), end));
      List<String> areas = vocabulary.areasIn(doc.text(), lower, clause.start(), clause.end());
      facts.add(new Fact(new FactArgs.Commitment(document, first.clauseNumber(), areas), When.NONE,
          List.of(first.span()), "commitment/numbered-clause"));
    }
    return facts;
  }

  /** The last clause runs to the end of its paragraph. */
  private static int lastOfClause(List<Sentence> sentences, int index) {
    return sentences.get(index).span().end();
  }
}
