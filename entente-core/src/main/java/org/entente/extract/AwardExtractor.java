package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;

/**
 * award: a person conferred an order or state award on another ("Tokayev bestowed the Altyn Kyran
 * upon Rahmon", "was awarded the Order of Friendship"). The award is its name in quotes, in
 * parentheses after "award", or "Order of ..." as written; the recipient is the person after
 * upon/on/to, else the subject of a passive; the giver the first other person.
 */
final class AwardExtractor implements Extractor {
  private static final java.util.regex.Pattern PASSIVE_CONFERRED = java.util.regex.Pattern.compile("\\b(was|were|has been|had been) (awarded|bestowed|conferred|presented|decorated)\\b");


  private static final Pattern NAME =
      Pattern.compile("(?:\\(([^)]{3,60})\\)|[\u201c\u00ab\"]([^\u201d\u00bb\"]{3,60})[\u201d\u00bb\"]|\\b(Order (?:of )?(?:the )?[A-Z][\\w'-]*(?: [A-Z][\\w'-]*)*|[A-Z][\\w'-]+ Order|[A-Z][\\w'-]+ Medal|Medal of [A-Z][\\w'-]*(?: [A-Z][\\w'-]*)*)|\\bwith the ([A-Z][\\w'-]+(?: (?:of |the |of the )?[A-Z][\\w'-]+)*))");

  private static final Pattern COUNTERPART = Pattern.compile("\\b(?:his|her) (\\w+) counterpart\\b");

  /** The person of the document who acts for the country of this adjective. */
  private static String counterpart(DocContext doc, int from, int to) {
    List<org.entente.annotate.CountryMention> c = doc.countryMentions(new org.entente.text.Span(from, to));
    if (c.isEmpty()) {
      return null;
    }
    String code = c.get(0).code();
    for (PersonMention p : doc.persons(new org.entente.text.Span(0, doc.text().length()))) {
      if (code.equals(Persons.country(doc, p))) {
        return p.id();
      }
    }
    return null;
  }

  private final Phrases trigger;
  private final Phrases conferred;
  private final Phrases irrealis;

  AwardExtractor(Vocabulary vocabulary) {
    this.trigger = vocabulary.get("award_trigger");
    this.conferred = vocabulary.get("award_verb");
    this.irrealis = vocabulary.get("irrealis");
  }

  @Override
  public String name() {
    return "award";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String lower = doc.lower();
    for (Sentence s : doc.sentences()) {
      int from = s.span().start();
      int to = s.span().end();
      if (!conferred.any(doc.words(), from, to)) {
        continue;
      }
      String sentence = lower.substring(from, to);
      Phrases.Hit hit = trigger.first(doc.words(), from, to);
      if (hit == null || Clauses.irrealis(doc, irrealis, from, hit.start())) {
        continue;
      }
      Matcher m = NAME.matcher(doc.text().substring(from, to));
      String award = null;
      while (m.find() && award == null) {
        for (int g = 1; g <= 4; g++) {
          if (m.group(g) != null && Character.isUpperCase(m.group(g).strip().charAt(0))) {
            award = m.group(g).strip();
            break;
          }
        }
      }
      if (award == null) {
        continue;
      }
      List<PersonMention> persons = doc.persons(s.span());
      PersonMention recipient = null;
      String recipientId = null;
      for (PersonMention p : persons) {
        String before = lower.substring(Math.max(from, p.span().start() - 11), p.span().start());
        if (before.endsWith("upon ") || before.endsWith(" on ") || before.endsWith("to ") || before.endsWith("presented ")
            || before.endsWith("awarded ") || before.endsWith("honoured ") || before.endsWith("honored ")) {
          recipient = p;
        }
      }
      if (recipient == null) {
        // "conferred on his Tajik counterpart the Order ...": the other country's leader
        java.util.regex.Matcher c = COUNTERPART.matcher(lower.substring(from, to));
        if (c.find()) {
          recipientId = counterpart(doc, from + c.start(1), from + c.end(1));
        }
      }
      if (recipient == null && recipientId == null && persons.isEmpty()) {
        continue;
      }
      boolean passive = PASSIVE_CONFERRED.matcher(sentence).find();
      if (recipient == null && recipientId == null) {
        recipient = passive ? persons.get(0) : persons.size() > 1 ? persons.get(1) : null;
      }
      if (recipient != null) {
        recipientId = recipient.id();
      }
      if (recipientId == null) {
        continue;
      }
      String giver = null;
      for (PersonMention p : persons) {
        if (!p.id().equals(recipientId)) {
          giver = p.id();
          break;
        }
      }
      TimeExpression t = Clauses.nearestTime(doc, s.span(), hit.start());
      // "On that occasion ...", "During that visit ...": dated by the sentence before
      List<Sentence> all = doc.sentences();
      int index = all.indexOf(s);
      for (int back = 1; t == null && back <= 2 && index - back >= 0; back++) {
        t = Clauses.firstTime(doc, all.get(index - back).span());
      }
      When when = t == null ? When.NONE : Clauses.when(t);
      facts.add(new Fact(new FactArgs.Award(recipientId, award, giver), when, List.of(s.span()), "award/conferred"));
    }
    return facts;
  }
}
