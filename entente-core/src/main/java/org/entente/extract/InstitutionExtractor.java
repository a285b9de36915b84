package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.annotate.ActorMention;
import org.entente.annotate.CityMention;
import org.entente.annotate.Layers;
import org.entente.annotate.OrganizationMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.annotate.Token;
import org.entente.text.Span;

/**
 * institution and institution_session: a joint body of the two countries (a council, commission,
 * fund, working group) named with a capitalized head ("Intergovernmental Commission on Trade and
 * Economic Cooperation", "Kazakh-Tajik Direct Investments Fund", "Council of ministers of foreign
 * affairs"), bilateral by its wording (intergovernmental, interstate, joint, both countries'
 * adjectives, "of A and B"). A sentence that says it met ("the meetings of the Commission were
 * conducted in 1998, 2001 and 2004", "held its session in Astana") gives one session per date;
 * "the Commission" alone refers to the last institution named.
 */
final class InstitutionExtractor implements Extractor {
  // guarded: each match starts with one of the literals, so a sentence without them costs one indexOf each
  private static final GuardedPattern FOUNDING =
      GuardedPattern.of("\\b(establish|creat|set up|found)", 0, "establish", "creat", "set up", "found");
  private static final GuardedPattern SESSION_OF =
      GuardedPattern.of("\\b(session|sessions|meeting|meetings|sitting)s? (of|of the)\\s*$", 0, "session", "meeting", "sitting");
  private static final GuardedPattern SESSION_OF_THE =
      GuardedPattern.of("\\b(session|meeting|sitting) of\\s*(the)?\\s*$", 0, "session", "meeting", "sitting");
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern MET_AFTER_NAME = java.util.regex.Pattern.compile("^[^.]*?\\b(met|held (its|a|the)|convened|gathered|session)\\b");


  private static final Set<String> COMPLEMENT = Set.of("on", "of", "for");
  private static final Set<String> STOP =
      Set.of("was", "were", "is", "are", "has", "have", "had", "will", "which", "that", "held", "met", "signed",
          "during", "in", "at", "with", "by", "to", "as", "its", "their", "the", "a", "an");

  /** "At its meeting in Baku ...": the institution named before. */
  private static final GuardedPattern ITS_MEETING =
      GuardedPattern.of("\\bits (first |second |third |last |latest |next |regular |annual )?(meeting|session|sitting)\\b", 0, "its ");

  /** A sentence that gives the body to both sides: "chaired by the two presidents". */
  private static final GuardedPattern BOTH_SIDES =
      GuardedPattern.of("\\b(the two (presidents|leaders|countries|states|governments|sides)|both (countries|sides|states|governments)|co-?chair\\w*)\\b",
          0, "the two ", "both ", "co-chair", "cochair");

  private final Map<String, String> heads = new LinkedHashMap<>();
  private final WordPrefixes headPrefixes;
  private final Phrases bilateral;
  private final Phrases session;
  private final Phrases irrealis;

  InstitutionExtractor(Vocabulary vocabulary) {
    vocabulary.headsOf("institution-heads.yaml").forEach((kind, words) -> words.forEach(w -> heads.put(w, kind)));
    this.headPrefixes = new WordPrefixes(heads.keySet());
    this.bilateral = vocabulary.get("institution_bilateral");
    this.session = vocabulary.get("institution_session");
    this.irrealis = vocabulary.get("irrealis");
  }

  @Override
  public String name() {
    return "institution";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String last = null;
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = doc.within(Layers.TOKENS, s.span());
      List<String> named = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        String kind = headAt(doc, tokens, i);
        if (kind == null) {
          continue;
        }
        Span name = name(doc, tokens, i);
        if (name == null || insideOrganization(doc, name)) {
          continue;
        }
        // a name wrapped over two lines (PDF text) is still one name
        String nameText = WHITE_SPACE.matcher(doc.text().substring(name.start(), name.end())).replaceAll(" ");
        // "Council of ministers of foreign affairs of the Republic of Tajikistan and Kazakhstan"
        Span withTail = new Span(name.start(), Math.min(s.span().end(), name.end() + 60));
        if (!bilateral.any(doc.words(), name.start(), name.end()) && doc.countries(withTail).size() < 2
            && !adjectivePair(doc, name) && !BOTH_SIDES.find(doc.lower().substring(s.span().start(), s.span().end()))) {
          continue;
        }
        List<String> parties = doc.parties(s.span());
        if (parties.size() < 2) {
          continue;
        }
        named.add(nameText);
        last = nameText;
        TimeExpression founded = Clauses.firstTime(doc, s.span());
        When when = founded != null && FOUNDING.find(doc.lower().substring(s.span().start(), s.span().end()))
            ? Clauses.when(founded) : When.NONE;
        facts.add(new Fact(new FactArgs.Institution(nameText, kind, parties), when, List.of(s.span()), "institution/named"));
      }
      // sessions
      String sentence = doc.lower().substring(s.span().start(), s.span().end());
      String institution = !named.isEmpty() ? named.get(0) : refersBack(sentence, last) ? last : null;
      if (institution == null || !metHere(doc, s, institution)
          || Clauses.irrealis(doc, irrealis, s.span().start(), s.span().end())) {
        continue;
      }
      String city = null;
      for (CityMention c : doc.cities(s.span())) {
        if (city == null) {
          city = c.name();
        }
      }
      boolean dated = false;
      for (TimeExpression t : doc.within(Layers.TIMES, s.span())) {
        dated |= Clauses.dates(t) && !Clauses.anchorsAnotherTime(doc, t);
      }
      if (!dated) {
        // "The first meeting of the Council was held in Astana": at the report's main event
        facts.add(new Fact(new FactArgs.InstitutionSession(institution, city), When.NONE, List.of(s.span()), "institution/session"));
      }
      for (TimeExpression t : doc.within(Layers.TIMES, s.span())) {
        if (Clauses.anchorsAnotherTime(doc, t)) {
          continue;
        }
        List<When> dates = new ArrayList<>();
        if (t instanceof TimeExpression.DateList l) {
          l.dates().forEach(d -> dates.add(When.at(d)));
        } else if (Clauses.dates(t)) {
          dates.add(Clauses.when(t));
        }
        for (When w : dates) {
          if (!Clauses.future(doc, w)) {
            facts.add(new Fact(new FactArgs.InstitutionSession(institution, city), w, List.of(s.span()), "institution/session"));
          }
        }
      }
    }
    return facts;
  }

  /**
   * The sentence says the institution met: "the meetings of the Commission", "a session of the
   * Council", "the Commission met / held its session", not just a meeting near its name.
   */
  private boolean metHere(DocContext doc, Sentence s, String institution) {
    String lower = doc.lower().substring(s.span().start(), s.span().end());
    if (ITS_MEETING.find(lower)) {
      return true;
    }
    String name = institution.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name);
    if (at < 0) {
      String head = name.substring(name.lastIndexOf(' ') + 1);
      at = lower.indexOf("the " + head);
      name = "the " + head;
    }
    if (at < 0) {
      return false;
    }
    String before = lower.substring(Math.max(0, at - 30), at);
    String after = lower.substring(at + name.length(), Math.min(lower.length(), at + name.length() + 40));
    return SESSION_OF.find(before)
        || SESSION_OF_THE.find(before)
        || MET_AFTER_NAME.matcher(after).find();
  }

  private static boolean refersBack(String sentence, String last) {
    if (last == null) {
      return false;
    }
    if (ITS_MEETING.find(sentence)) {
      return true;
    }
    String head = last.toLowerCase(Locale.ROOT);
    for (String w : List.of("commission", "council", "fund", "working group", "committee")) {
      if (head.contains(w) && sentence.contains("the " + w)) {
        return true;
      }
    }
    return false;
  }

  private boolean adjectivePair(DocContext doc, Span name) {
    // "Kazakh-Tajik Direct Investments Fund"
    return doc.countryMentions(name).size() >= 2;
  }

  private static boolean insideOrganization(DocContext doc, Span name) {
    for (ActorMention a : doc.within(Layers.ACTORS, new Span(Math.max(0, name.start() - 1), name.end()))) {
      if (a instanceof OrganizationMention o && o.span().overlaps(name)) {
        return true;
      }
    }
    return false;
  }

  private String headAt(DocContext doc, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!Character.isUpperCase(doc.text().charAt(t.span().start()))
        || !headPrefixes.mayBegin(doc.words(), t.span().start(), t.span().end())) {
      // every head, of one word or two, begins with the chars of its first token
      return null;
    }
    if (i + 1 < tokens.size()) {
      String two = doc.lower().substring(t.span().start(), tokens.get(i + 1).span().end());
      if (heads.containsKey(two)) {
        return heads.get(two);
      }
    }
    return heads.get(doc.lower().substring(t.span().start(), t.span().end()));
  }

  /** True for a part of "2+2" or "3+3": figures joined by a plus sign, without spaces. */
  private static boolean formatInFigures(String text, Span part) {
    int from = part.start();
    while (from > 0 && (Character.isDigit(text.charAt(from - 1)) || text.charAt(from - 1) == '+')) {
      from--;
    }
    int to = part.end();
    while (to < text.length() && (Character.isDigit(text.charAt(to)) || text.charAt(to) == '+')) {
      to++;
    }
    String run = text.substring(from, to);
    return run.matches("\\d\\+\\d");
  }

  /** Capitalized modifiers before the head, and an "on/of/for ..." complement after it. */
  private Span name(DocContext doc, List<Token> tokens, int head) {
    String text = doc.text();
    String lower = doc.lower();
    int first = head;
    while (first - 1 >= 0) {
      Token t = tokens.get(first - 1);
      String w = text.substring(t.span().start(), t.span().end());
      boolean capitalized = t.kind() == Token.Kind.WORD && Character.isUpperCase(w.charAt(0));
      // "Kazakhstan–China Cooperation Committee": a dash between two capitalized words
      boolean dash = (w.equals("\u2013") || w.equals("-") || w.equals("\u2014")) && first - 2 >= 0
          && Character.isUpperCase(text.charAt(tokens.get(first - 2).span().start()));
      // "Foreign and Defence Ministerial Dialogue": "and" between two capitalized words
      boolean joined = (w.equals("and") || w.equals("&")) && first - 2 >= 0
          && Character.isUpperCase(text.charAt(tokens.get(first - 2).span().start()))
          && Character.isUpperCase(text.charAt(tokens.get(first).span().start()));
      // "India-Japan 2+2 Dialogue": a format written in figures
      boolean figures = (t.kind() == Token.Kind.NUMBER || w.equals("+")) && formatInFigures(text, t.span());
      if (!capitalized && !dash && !joined && !figures || w.equals("The") || heads.containsKey(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      first--;
    }
    int last = head;
    if (head + 1 < tokens.size() && headAt(doc, tokens, head) != null
        && heads.containsKey(lower.substring(tokens.get(head).span().start(), tokens.get(head + 1).span().end()))) {
      last = head + 1;
    }
    if (last + 1 < tokens.size() && COMPLEMENT.contains(lower.substring(tokens.get(last + 1).span().start(), tokens.get(last + 1).span().end()))) {
      int j = last + 2;
      int end = last;
      while (j < tokens.size() && j - last < 14) {
        Token t = tokens.get(j);
        String w = lower.substring(t.span().start(), t.span().end());
        if (t.kind() != Token.Kind.WORD || STOP.contains(w) && !(w.equals("the") && j == last + 2)) {
          break;
        }
        if (!w.equals("the")) {
          end = j;
        }
        j++;
      }
      // "of the Republic of Tajikistan and Kazakhstan" names the parties, not the body
      if (end > last && isCountry(doc, tokens.get(end).span())) {
        end = trimCountryTail(doc, tokens, last, end);
      }
      if (end > last + 1 || end == last + 1 && !lower.substring(tokens.get(last + 1).span().start(), tokens.get(last + 1).span().end()).equals("the")) {
        last = end;
      }
    }
    if (first == head && last == head) {
      return null;
    }
    return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
  }

  private static boolean isCountry(DocContext doc, Span token) {
    Span around = new Span(Math.max(0, token.start() - 40), Math.min(doc.text().length(), token.end() + 40));
    return doc.countryMentions(around).stream().anyMatch(c -> c.span().overlaps(token));
  }

  private static int trimCountryTail(DocContext doc, List<Token> tokens, int floor, int end) {
    int k = end;
    while (k > floor) {
      String w = doc.lower().substring(tokens.get(k).span().start(), tokens.get(k).span().end());
      boolean country = isCountry(doc, tokens.get(k).span())
          || w.equals("and") || w.equals("the") || w.equals("of") || w.equals("republic");
      if (!country) {
        break;
      }
      k--;
    }
    return k;
  }
}
