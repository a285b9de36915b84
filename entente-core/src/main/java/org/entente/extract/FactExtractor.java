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

  private FactExtractor(Vocabulary vocabulary) {
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
    DocContext doc = new DocContext(annotated);
    List<Fact> facts = new ArrayList<>();
    List<Fact> named = agreements.extract(doc);
    facts.addAll(named);
    facts.addAll(commitments.extract(doc, named));
    for (Extractor e : extractors) {
      facts.addAll(e.extract(doc));
    }
    return FactMerger.merge(facts);
  }
}
