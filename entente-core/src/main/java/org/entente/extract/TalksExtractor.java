package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.CityMention;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;

/**
 * talks: two or more persons held talks, met, negotiated or spoke by phone. The participants are
 * the distinct persons of the sentence; the format comes from its wording (narrow, expanded, both,
 * phone, video); the city from "in CITY" or, for "here", the dateline.
 */
final class TalksExtractor implements Extractor {

  /** Words that name both leaders at once. */
  private static final GuardedPattern COLLECTIVE =
      GuardedPattern.of("\\b(the (two )?(presidents|leaders|heads of state)|both (presidents|leaders)|the leaders of (the two|both) countries)\\b",
          8, "presidents", "leaders", "heads of state");

  private final Phrases trigger;
  private final Phrases irrealis;
  private final Phrases narrow;
  private final Phrases expanded;
  private final Phrases phone;
  private final Phrases video;

  TalksExtractor(Vocabulary vocabulary) {
    this.trigger = vocabulary.get("talks_trigger");
    this.irrealis = vocabulary.get("irrealis");
    this.narrow = vocabulary.get("talks_narrow");
    this.expanded = vocabulary.get("talks_expanded");
    this.phone = vocabulary.get("talks_phone");
    this.video = vocabulary.get("talks_video");
  }

  @Override
  public String name() {
    return "talks";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String lower = doc.lower();
    for (Sentence s : doc.sentences()) {
      int from = s.span().start();
      int to = s.span().end();
      Phrases.Hit hit = trigger.first(doc.words(), from, to);
      if (hit == null || Clauses.irrealis(doc, irrealis, from, hit.end())) {
        continue;
      }
      List<String> participants = new ArrayList<>();
      for (PersonMention p : doc.persons(s.span())) {
        if (!participants.contains(p.id())) {
          participants.add(p.id());
        }
      }
      if (participants.size() < 2 && COLLECTIVE.find(lower.substring(from, to))) {
        for (String head : doc.headsOfState()) {
          if (!participants.contains(head)) {
            participants.add(head);
          }
        }
      }
      if (participants.size() < 2) {
        continue;
      }
      boolean n = narrow.any(doc.words(), from, to);
      boolean e = expanded.any(doc.words(), from, to);
      String format = video.any(doc.words(), from, to) ? "video"
          : phone.any(doc.words(), from, to) ? "phone"
          : n && e ? "both" : n ? "narrow" : e ? "expanded" : "unspecified";
      String city = null;
      List<CityMention> cities = doc.cities(s.span());
      if (!cities.isEmpty()) {
        city = cities.get(0).name();
      } else if (doc.datelineCity() != null && !format.equals("phone") && !format.equals("video")) {
        // "held talks here", or talks a dated report tells without a place: at its dateline (a
        // call has no one place; the dateline is only where the report was written)
        city = doc.datelineCity().name();
      }
      TimeExpression t = Clauses.nearestTime(doc, s.span(), hit.start());
      When when = t == null ? When.NONE : Clauses.when(t);
      if (Clauses.future(doc, when)) {
        continue;
      }
      facts.add(new Fact(new FactArgs.Talks(participants, city, format), when, Clauses.evidence(s), "talks/" + format));
    }
    return facts;
  }
}
