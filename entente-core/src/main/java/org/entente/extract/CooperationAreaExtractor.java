package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.Sentence;

/**
 * cooperation_area: the areas a sentence names as priorities ("the priority directions are:
 * mining, energy, transport") or as discussed ("the leaders discussed cooperation in agriculture
 * and water management"), one fact per area, for the document's pair.
 */
final class CooperationAreaExtractor implements Extractor {
  private static final java.util.regex.Pattern FRAMING = java.util.regex.Pattern.compile("^\\w+(,? (and |or )?[\\w-]+){0,3} (cooperation|relations|ties|partnership|interaction|collaboration)\\b");


  /** How far after "discussed" an area must begin to be what was discussed (" the mining industry"). */
  private static final int DIRECT_OBJECT = 25;

  /** Areas that often only frame a relationship ("political and economic cooperation"). */
  private static final java.util.Set<String> GENERIC = java.util.Set.of("politics", "economy", "trade");

  private final Phrases priority;
  private final Phrases discussed;
  private final Phrases irrealis;
  private final Phrases agenda;
  private final Vocabulary vocabulary;

  CooperationAreaExtractor(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.priority = vocabulary.get("area_priority");
    this.discussed = vocabulary.get("area_discussed");
    this.irrealis = vocabulary.get("irrealis");
    this.agenda = vocabulary.get("area_agenda");
  }

  /**
   * True when every mention of a generic area modifies "cooperation", "relations", "ties" or
   * "partnership" ("bilateral political and economic cooperation"), which names no area.
   */
  private static boolean onlyAsFraming(String lower, int from, int to, String area) {
    String span = lower.substring(from, to);
    String word = switch (area) {
      case "politics" -> "politic";
      case "economy" -> "econom";
      default -> "trade";
    };
    int at = span.indexOf(word);
    while (at >= 0) {
      String rest = span.substring(at, Math.min(span.length(), at + 45));
      if (!FRAMING.matcher(rest).find()) {
        return false;
      }
      at = span.indexOf(word, at + 1);
    }
    return true;
  }

  @Override
  public String name() {
    return "cooperation_area";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String lower = doc.lower();
    for (Sentence s : doc.sentences()) {
      if (s.clauseNumber() > 0) {
        continue; // numbered clauses are commitments
      }
      int from = s.span().start();
      int to = s.span().end();
      Phrases.Hit p = priority.first(doc.words(), from, to);
      Phrases.Hit d = p == null ? discussed.first(doc.words(), from, to) : null;
      // "Issues of cooperation in tourism and transport were on the agenda": the areas come first
      Phrases.Hit a = p == null && d == null ? agenda.first(doc.words(), from, to) : null;
      Phrases.Hit hit = p != null ? p : d != null ? d : a;
      if (hit == null) {
        continue;
      }
      String sentence = lower.substring(from, to);
      boolean framed = sentence.contains("cooperation") || sentence.contains("direction") || sentence.contains("area")
          || sentence.contains("sphere") || sentence.contains("field") || sentence.contains("interaction");
      // "the sides discussed trade and health care": the areas are what was discussed
      boolean areasDiscussed = d != null
          && !vocabulary.areasIn(doc.text(), doc.words(), d.end(), Math.min(to, d.end() + DIRECT_OBJECT)).isEmpty();
      if (!framed && !areasDiscussed) {
        continue;
      }
      if (d != null && Clauses.irrealis(doc, irrealis, from, hit.start())) {
        continue;
      }
      List<String> parties = doc.parties(s.span());
      if (parties.size() < 2) {
        continue;
      }
      String basis = p != null ? "priority" : "discussed";
      // "the priority directions are: mining, energy, ..." lists after its colon
      int colon = doc.text().indexOf(':', hit.end());
      int listStart = a != null ? from : colon > 0 && colon < to ? colon + 1 : hit.end();
      for (String area : vocabulary.areasIn(doc.text(), doc.words(), listStart, to)) {
        if (GENERIC.contains(area) && onlyAsFraming(lower, listStart, to, area)) {
          continue;
        }
        facts.add(new Fact(new FactArgs.CooperationArea(parties, area, basis), When.NONE, List.of(s.span()),
            "cooperation_area/" + basis));
      }
    }
    return facts;
  }
}
