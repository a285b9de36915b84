package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.AnnotatedDocument;

/**
 * Runs every extractor over an annotated document and merges what the document repeats. Built
 * once (it loads and validates the vocabulary), then thread-safe.
 */
public final class FactExtractor {

  private final List<Extractor> extractors;
  private final AgreementExtractor agreements;
  private final CommitmentExtractor commitments;

  private final Vocabulary vocabulary;

  private FactExtractor(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.agreements = new AgreementExtractor(vocabulary);
    this.commitments = new CommitmentExtractor(vocabulary);
    this.extractors =
        List.of(
            new RelationsExtractor(vocabulary),
            new MissionExtractor(vocabulary),
            new VisitExtractor(vocabulary),
            new TalksExtractor(vocabulary),
            new BatchExtractor(vocabulary),
            new TradeExtractor(vocabulary),
            new InstitutionExtractor(vocabulary),
            new OrgCooperationExtractor(vocabulary),
            new AwardExtractor(vocabulary),
            new PersonRoleExtractor(vocabulary),
            new CooperationAreaExtractor(vocabulary));
  }

  /** The standard extractors with the built-in vocabulary. */
  public static FactExtractor standard() {
    return new FactExtractor(Vocabulary.load());
  }

  /** The facts of one document, each once. */
  public List<Fact> extract(AnnotatedDocument annotated) {
    DocContext doc = new DocContext(annotated, vocabulary.masks());
    List<Fact> others = new ArrayList<>();
    for (Extractor e : extractors) {
      others.addAll(e.extract(doc));
    }
    // signings "during the visit" or "following the talks" take those events' dates
    List<Fact> named = agreements.extract(doc, new EventDates(others));
    List<Fact> clauses = commitments.extract(doc, named);
    List<Fact> facts = new ArrayList<>(clauses.isEmpty() ? named : withAdoption(doc, named, clauses));
    facts.addAll(clauses);
    facts.addAll(others);
    return FactMerger.merge(datedByTheMainEvent(doc, facts));
  }

  /**
   * A declaration that is the document itself is stated by the sentence that opens its clauses
   * ("Adopt this Declaration and declare as follows:"): that sentence joins its evidence.
   */
  private static List<Fact> withAdoption(DocContext doc, List<Fact> named, List<Fact> clauses) {
    String document = ((FactArgs.Commitment) clauses.get(0).args()).document();
    int firstClause = clauses.get(0).evidence().get(0).start();
    org.entente.annotate.Sentence opening = null;
    for (org.entente.annotate.Sentence s : doc.sentences()) {
      if (s.span().end() <= firstClause) {
        opening = s;
      }
    }
    if (opening == null) {
      return named;
    }
    List<Fact> out = new ArrayList<>(named.size());
    for (Fact f : named) {
      if (f.args() instanceof FactArgs.Agreement a && a.title().equals(document)
          && !f.evidence().contains(opening.span())) {
        List<org.entente.text.Span> evidence = new ArrayList<>(f.evidence());
        evidence.add(opening.span());
        evidence.sort(null);
        out.add(new Fact(f.args(), f.when(), evidence, f.rule()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Talks and signings that a report tells without a date of their own happened at its main
   * event: the first visit, talks or signing the text dates to the day (its lead), else the
   * publication day.
   */
  private static List<Fact> datedByTheMainEvent(DocContext doc, List<Fact> facts) {
    When main = null;
    int first = Integer.MAX_VALUE;
    for (Fact f : facts) {
      boolean event = f.args() instanceof FactArgs.Visit || f.args() instanceof FactArgs.Agreement
          || f.args() instanceof FactArgs.Talks;
      if (event && f.when().start() != null && f.when().start().isFull() && f.evidence().get(0).start() < first) {
        main = f.when();
        first = f.evidence().get(0).start();
      }
    }
    if (main == null && doc.published() != null && doc.published().isFull()) {
      main = When.at(doc.published());
    }
    if (main == null) {
      return facts;
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      boolean undatedEvent = f.when().isEmpty()
          && (f.args() instanceof FactArgs.AgreementsBatch || f.args() instanceof FactArgs.Talks
              || f.args() instanceof FactArgs.InstitutionSession);
      out.add(undatedEvent ? f.withWhen(main) : f);
    }
    return out;
  }
}
