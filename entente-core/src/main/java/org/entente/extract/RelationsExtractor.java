package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.text.Span;

/**
 * relations_established: "diplomatic relations ... were established on January 7, 1993", "the
 * establishment of diplomatic relations". Parties are the two countries of the sentence, else the
 * document's pair; the date is the one nearest the trigger.
 */
final class RelationsExtractor implements Extractor {

  private final Phrases subject;
  private final Phrases established;

  RelationsExtractor(Vocabulary vocabulary) {
    this.subject = vocabulary.get("relations_subject");
    this.established = vocabulary.get("relations_established");
  }

  @Override
  public String name() {
    return "relations";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      Phrases.Hit about = subject.first(doc.words(), s.span().start(), s.span().end());
      if (about == null) {
        continue;
      }
      Phrases.Hit trigger = established.first(doc.words(), s.span().start(), s.span().end());
      if (trigger == null) {
        continue;
      }
      List<String> parties = doc.parties(s.span());
      if (parties.size() < 2) {
        continue;
      }
      // the date that follows "established" in its clause, else the nearest one
      TimeExpression t = Clauses.firstTime(doc, new Span(trigger.end(), Math.min(s.span().end(), trigger.end() + 80)));
      if (t == null || Clauses.anchorsAnotherTime(doc, t)) {
        t = Clauses.nearestTime(doc, s.span(), trigger.start());
      }
      // An anniversary names the relations but not the day they began, unless the sentence
      // goes on to say when they were established.
      String sentence = doc.lower().substring(s.span().start(), s.span().end());
      int anniversaryAt = sentence.indexOf("anniversary");
      boolean anniversary = anniversaryAt >= 0
          && !(sentence.indexOf("were established", anniversaryAt) > 0 || sentence.indexOf("was established", anniversaryAt) > 0);
      When when = t == null || anniversary ? When.NONE : Clauses.when(t);
      facts.add(new Fact(new FactArgs.RelationsEstablished(parties), when, Clauses.evidence(s),
          anniversary ? "relations/anniversary" : "relations/established"));
    }
    return facts;
  }
}
