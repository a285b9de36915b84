package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.annotate.Amount;
import org.entente.annotate.Layers;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;

/**
 * agreements_batch and legal_base. A sentence that says agreements or documents were signed
 * without naming one ("signed twenty agreements of cooperation in the areas of ...", "a set of
 * documents was signed") is a batch, with its count (null when not given) and areas. A count of
 * the legal base ("the legal base consists of 75 documents", "have signed 100 agreements" over
 * the years) is the legal base, dated by its period or as of its date.
 */
final class BatchExtractor implements Extractor {
  private static final GuardedPattern PLURAL_DOCUMENTS = GuardedPattern.of("\\b(agreements|documents|memoranda|memorandums|treaties|protocols)\\b",
      0, "agreements", "documents", "memorand", "treaties", "protocols");


  /** A cumulative count this large is the legal base, not one signing. */
  private static final int LEGAL_BASE_MIN = 30;

  private static final GuardedPattern EVENT =
      GuardedPattern.of("\\b(visit|visits|talks|negotiations|summit|meeting)\\b", 0, "visit", "talks", "negotiations", "summit", "meeting");

  private final Phrases batch;
  private final Phrases legalBase;
  private final Phrases signed;
  private final Phrases irrealis;
  private final Vocabulary vocabulary;

  BatchExtractor(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.batch = vocabulary.get("batch_trigger");
    this.legalBase = vocabulary.get("legal_base_trigger");
    this.signed = vocabulary.get("agreement_signed");
    this.irrealis = vocabulary.get("irrealis");
  }

  @Override
  public String name() {
    return "batch";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String lower = doc.lower();
    List<Sentence> sentences = doc.sentences();
    // a document that lists what was signed names each document: no separate batch without a count
    boolean enumerated = false;
    for (int k = 0; k < sentences.size(); k++) {
      String text = lower.substring(sentences.get(k).span().start(), sentences.get(k).span().end());
      if (text.endsWith(":") && signed.any(doc.words(), sentences.get(k).span().start(), sentences.get(k).span().end())
          || text.startsWith("these include") || text.startsWith("they include")) {
        enumerated = true;
      }
    }
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      int from = s.span().start();
      int to = s.span().end();
      Phrases.Hit noun = batch.first(doc.words(), from, to);
      if (noun == null) {
        continue;
      }
      String sentence = lower.substring(from, to);
      Amount count = null;
      for (Amount a : doc.within(Layers.AMOUNTS, s.span())) {
        if (a.kind() == Amount.Kind.COUNT && a.unit() != null && batch.any(a.unit().toLowerCase(Locale.ROOT), 0, a.unit().length())) {
          count = a;
          break;
        }
      }
      boolean base = legalBase.any(doc.words(), from, to);
      boolean cumulative = sentence.contains("have signed") || sentence.contains("has signed") || sentence.contains("have been signed")
          || sentence.contains("in total") || sentence.contains("to date") || sentence.contains("so far");
      List<String> parties = doc.parties(s.span());
      if (parties.size() < 2) {
        continue;
      }
      if (count != null && (base || cumulative && count.value() >= LEGAL_BASE_MIN)) {
        TimeExpression t = Clauses.firstTime(doc, s.span());
        When when = t == null ? When.NONE : Clauses.when(t);
        String unit = count.unit().toLowerCase(Locale.ROOT).contains("agreement") ? "agreements" : "documents";
        facts.add(new Fact(new FactArgs.LegalBase((int) count.value(), unit, parties), when, List.of(s.span()), "legal_base/count"));
        continue;
      }
      Phrases.Hit signing = signed.first(doc.words(), from, to);
      // "documents are expected to be signed": a plan, wherever its modal stands
      if (base || signing == null || Clauses.irrealis(doc, irrealis, from, Math.max(noun.start(), signing.end()))) {
        continue;
      }
      if (!pluralBatch(sentence)) {
        continue;
      }
      TimeExpression t = Clauses.firstTime(doc, s.span());
      // "As a result of the visit, agreements were signed": dated by the visit told just before
      for (int back = 1; t == null && back <= 2 && k - back >= 0; back++) {
        Sentence previous = sentences.get(k - back);
        if (EVENT.find(lower.substring(previous.span().start(), previous.span().end()))) {
          t = Clauses.firstTime(doc, previous.span());
        }
      }
      When when = t == null ? When.NONE : Clauses.when(t);
      if (Clauses.future(doc, when)) {
        continue;
      }
      List<String> areas = vocabulary.areasIn(doc.text(), doc.words(), noun.end(), to);
      Integer n = count == null ? null : (int) count.value();
      if (n == null && enumerated) {
        continue;
      }
      facts.add(new Fact(new FactArgs.AgreementsBatch(n, parties, areas), when, List.of(s.span()), "agreements_batch/signed"));
    }
    return facts;
  }


  private static boolean pluralBatch(String sentence) {
    return PLURAL_DOCUMENTS.find(sentence);
  }
}
