package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.annotate.CityMention;
import org.entente.annotate.Layers;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.annotate.Token;
import org.entente.text.Span;

/**
 * agreement: a named agreement, treaty, memorandum, program, roadmap, declaration, joint
 * statement or protocol. The title is the head noun with the modifiers before it ("strategic
 * partnership agreement", "Trade Facilitation Roadmap") and its complement after it ("on
 * cooperation in combating tuberculosis", "between the Ministry of ... and the Ministry of ..."),
 * up to a verb, a clause boundary or a date ("of January 13, 1993", which dates it). A bare head
 * ("the agreement") names nothing. Status comes from the sentence: draft (a draft, to prepare, will
 * sign), signed, ratified, in force, implementing; items of a list introduced by "the following
 * documents were signed:" are signed, dated by the introduction or the publication date.
 */
final class AgreementExtractor implements Extractor {
  private static final GuardedPattern PLURAL_DOCUMENTS = GuardedPattern.of("\\b(agreements|documents|memoranda|treaties)\\b",
      0, "agreements", "documents", "memoranda", "treaties");


  private static final Set<String> LEFT_STOP =
      Set.of("the", "a", "an", "this", "that", "these", "those", "of", "on", "in", "and", "or", "with", "by", "to",
          "was", "were", "is", "are", "has", "have", "had", "signed", "new", "its", "their", "his", "her", "our",
          "for", "at", "from", "as", "into", "within", "under", "between", "also", "both", "two", "which",
          "basic", "historic", "first", "important", "following", "main", "draft", "such", "any", "other",
          "signing", "sign", "conclude", "concluded", "ratify", "ratified", "adopt", "adopted",
          // a headline's present tense: "Senate ratifies alliance treaty"
          "signs", "ratifies", "adopts", "concludes", "approves", "inks", "seals", "initials", "endorses");
  private static final Set<String> COMPLEMENT_START =
      Set.of("on", "of", "between", "for", "in", "about", "regarding", "concerning", "among", "amending");
  /**
   * Words that make no title on their own: "mutual agreement between the sides", "the future
   * treaty", "the programme of the visit", "the 2024 treaty".
   */
  private static final Set<String> EMPTY_WORDS =
      Set.of("mutual", "between", "the", "sides", "parties", "two", "both", "countries", "states", "of", "on", "and",
          "this", "that", "an", "a", "full", "complete", "general", "reached", "common", "future", "broad", "new",
          "landmark", "recent", "bilateral", "latest", "previous", "earlier", "same", "whole", "entire", "visit",
          "meeting", "talks", "session", "ceremony", "event", "negotiations", "summit", "day", "year", "week",
          "whose", "its", "their", "her", "his");
  private static final Set<String> RIGHT_STOP =
      Set.of("was", "were", "is", "are", "has", "have", "had", "will", "would", "which", "that", "who", "signed",
          "during", "as", "by", "at", "while", "after", "before", "when", "where", "it", "they", "we", "being",
          "been", "be", "could", "should", "shall", "can", "may", "also", "aimed", "designed");

  private final Map<String, String> heads = new LinkedHashMap<>();
  /** First words of the heads, singular and plural: a token that is none of them starts no head. */
  private final java.util.Set<String> headWords = new java.util.HashSet<>();
  private final WordPrefixes headWordPrefixes;
  private final Phrases signed;
  private final Phrases listIntro;
  private final AgreementFacts details;

  AgreementExtractor(Vocabulary vocabulary) {
    this.signed = vocabulary.get("agreement_signed");
    this.listIntro = vocabulary.get("agreement_list_intro");
    this.details = new AgreementFacts(vocabulary);
    vocabulary.headsOf("agreement-heads.yaml").forEach((type, words) -> words.forEach(w -> heads.put(w.toLowerCase(java.util.Locale.ROOT), type)));
    for (String head : heads.keySet()) {
      String word = head.split(" ")[0];
      headWords.add(word);
      headWords.add(word + "s");
      if (word.endsWith("y")) {
        headWords.add(word.substring(0, word.length() - 1) + "ies");
      }
    }
    this.headWordPrefixes = new WordPrefixes(headWords);
  }

  @Override
  public String name() {
    return "agreement";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    return extract(doc, new EventDates(List.of()));
  }

  /** The agreements of a document, a signing that points back at a visit or talks dated by it. */
  List<Fact> extract(DocContext doc, EventDates events) {
    List<Fact> facts = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    When listDate = null;
    When previousSigning = null;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      boolean listItem = s.marker() != null && listDate != null;
      if (s.marker() == null) {
        listDate = null;
      }
      List<Token> tokens = doc.within(Layers.TOKENS, s.span());
      int amendedHead = -1;
      int previousTitleEnd = -1;
      for (int i = 0; i < tokens.size(); i++) {
        Head head = headAt(doc, tokens, i);
        if (head == null) {
          continue;
        }
        if (insideOrganization(doc, tokens.get(i).span())) {
          i = head.end - 1;
          continue;
        }
        Title title = title(doc, tokens, i, head);
        int headToken = i;
        i = head.end - 1;
        if (title == null || !saysSomething(doc, title.span())) {
          continue;
        }
        Fact fact = details.fact(doc, s, title.span(), title.date(), title.period(), head.docType,
            listItem ? listDate : null, enumerates(doc, s) ? previousSigning : null, events);
        When then = fact.when().isEmpty() && fact.args() instanceof FactArgs.Agreement a && "signed".equals(a.status())
            ? details.pointedBack(doc, s, events) : null;
        if (then != null) {
          fact = fact.withWhen(then);
        }
        Fact previous = facts.isEmpty() ? null : facts.get(facts.size() - 1);
        if (previous != null && previousTitleEnd >= 0 && previousTitleEnd <= title.span().start()
            && details.joinsTwo(doc.lower().substring(previousTitleEnd, title.span().start()))) {
          fact = AgreementFacts.alongWith(fact, previous);
        }
        if (headToken == amendedHead) {
          // its evidence starts at its own name, not at the protocol that amends it
          fact = new Fact(fact.args(), fact.when(), List.of(new Span(title.span().start(), s.span().end())), fact.rule());
        }
        if (k < 2 && fact.when().isEmpty() && doc.published() != null && doc.published().isFull()
            && title.span().start() - s.span().start() <= 2) {
          // the document's own heading ("Joint Statement of the Presidents ..."): dated by its
          // publication; not a headline that only names it ("Senate ratifies alliance treaty")
          fact = fact.withWhen(When.at(doc.published()));
        }
        facts.add(fact);
        // the agreement a protocol amends is a fact of its own: go on from its head
        amendedHead = title.amendedHead;
        previousTitleEnd = title.span().end();
        i = amendedHead >= 0 ? amendedHead - 1 : Math.max(i, title.lastToken);
      }
      String sentence = doc.lower().substring(s.span().start(), s.span().end());
      previousSigning = signingOf(doc, s);
      if (sentence.endsWith(":") && (listIntro.any(doc.words(), s.span().start(), s.span().end())
          || signed.any(doc.words(), s.span().start(), s.span().end())
          || PLURAL_DOCUMENTS_INTRO.find(sentence))) {
        TimeExpression t = Clauses.firstTime(doc, s.span());
        When then = t == null ? details.pointedBack(doc, s, events) : null;
        When talks = events.talksDayBefore(s.span().start());
        listDate = t != null ? Clauses.when(t) : then != null ? then : talks != null ? talks : When.at(doc.published());
      }
    }
    return headlinesIntoBody(doc, facts);
  }

  /**
   * A headline ("Turkey and Azerbaijan sign Shusha Declaration") or a short reference ("the
   * demarcation treaty", "the joint statement") names an agreement the document names in full:
   * one fact, with the full title and both spans as evidence.
   */
  private List<Fact> headlinesIntoBody(DocContext doc, List<Fact> facts) {
    List<Sentence> sentences = doc.sentences();
    if (sentences.size() < 3) {
      return facts;
    }
    int headingEnd = sentences.get(1).span().end();
    List<Fact> out = new ArrayList<>(facts);
    for (Fact heading : facts) {
      String title = ((FactArgs.Agreement) heading.args()).title();
      java.util.Set<String> words = contentWords(title);
      boolean inHeading = heading.evidence().get(0).start() < headingEnd;
      boolean reference = Character.isLowerCase(title.charAt(0)) && words.size() <= 2;
      if (!inHeading && !reference) {
        continue;
      }
      for (int k = 0; k < out.size(); k++) {
        Fact body = out.get(k);
        if (body == heading || inHeading && body.evidence().get(0).start() < headingEnd) {
          continue;
        }
        java.util.Set<String> full = contentWords(((FactArgs.Agreement) body.args()).title());
        if (!words.isEmpty() && full.size() > words.size() && full.containsAll(words)) {
          List<org.entente.text.Span> evidence = new ArrayList<>(body.evidence());
          evidence.addAll(heading.evidence());
          evidence.sort(null);
          When when = body.when().isEmpty() ? heading.when() : body.when();
          out.set(k, new Fact(body.args(), when, evidence, body.rule()));
          out.remove(heading);
          break;
        }
      }
    }
    return out;
  }

  private static java.util.Set<String> contentWords(String title) {
    java.util.Set<String> words = new java.util.HashSet<>();
    String lower = title.toLowerCase(java.util.Locale.ROOT);
    for (int start = wordStart(lower, 0, lower.length()); start < lower.length();
        start = wordStart(lower, wordEnd(lower, start, lower.length()), lower.length())) {
      String w = lower.substring(start, wordEnd(lower, start, lower.length()));
      if (w.length() > 2 && !EMPTY_WORDS.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * The words of a title are the runs of letters and numbers ({@code \p{L}} and {@code \p{N}}, by
   * code point): the first at or after {@code from}, or {@code to}.
   */
  private static int wordStart(String s, int from, int to) {
    int i = from;
    while (i < to && !isWordCodePoint(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return Math.min(i, to);
  }

  /** The end of the word starting at {@code start}, at most {@code to}. */
  private static int wordEnd(String s, int start, int to) {
    int i = start;
    while (i < to && isWordCodePoint(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return Math.min(i, to);
  }

  private static boolean isWordCodePoint(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private record Head(int start, int end, String docType, boolean plural) {}

  private static final GuardedPattern PLURAL_DOCUMENTS_INTRO =
      GuardedPattern.of("\\b(documents|agreements)\\b", 0, "documents", "agreements");

  /** "These included a memorandum ...": the sentence lists what the previous one said was signed. */
  private static boolean enumerates(DocContext doc, Sentence s) {
    String start = doc.lower().substring(s.span().start(), Math.min(s.span().end(), s.span().start() + 30));
    return start.startsWith("these include") || start.startsWith("they include") || start.startsWith("among them")
        || start.startsWith("among these") || start.startsWith("these are") || start.startsWith("including");
  }

  /** The date of a sentence saying several documents were signed, or null. */
  private When signingOf(DocContext doc, Sentence s) {
    String sentence = doc.lower().substring(s.span().start(), s.span().end());
    if (!signed.any(doc.words(), s.span().start(), s.span().end())
        || !PLURAL_DOCUMENTS.find(sentence)) {
      return null;
    }
    TimeExpression t = Clauses.firstTime(doc, s.span());
    return t != null ? Clauses.when(t) : doc.published() != null ? When.at(doc.published()) : When.NONE;
  }

  private static boolean insideOrganization(DocContext doc, Span head) {
    Span around = new Span(Math.max(0, head.start() - 60), Math.min(doc.text().length(), head.end() + 60));
    for (var a : doc.within(Layers.ACTORS, around)) {
      if (a instanceof org.entente.annotate.OrganizationMention o && o.span().contains(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title needs a word beyond its head that is not "mutual", "the sides", a year or a country
   * ("the Kazakh-Tajik treaty" refers to a treaty, it does not name one).
   */
  private boolean saysSomething(DocContext doc, Span title) {
    String lower = doc.lower();
    for (int start = wordStart(lower, title.start(), title.end()); start < title.end();
        start = wordStart(lower, wordEnd(lower, start, title.end()), title.end())) {
      int end = wordEnd(lower, start, title.end());
      String w = lower.substring(start, end);
      if (EMPTY_WORDS.contains(w) || heads.containsKey(w) || w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      Span word = new Span(start, end);
      boolean country = doc.countryMentions(new Span(Math.max(0, start - 30), Math.min(lower.length(), word.end() + 30)))
          .stream().anyMatch(c -> c.span().overlaps(word));
      if (!country) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title found at a head; {@code amendedHead} is the token of another agreement's head inside
   * it whose date the title tells ("Protocol amending the Agreement on ... of 7 July 2000"), or -1.
   */
  private record Title(Span span, int lastToken, When date, Map<String, String> period, int amendedHead) {
    Title(Span span, int lastToken, When date, Map<String, String> period) {
      this(span, lastToken, date, period, -1);
    }
  }

  private Head headAt(DocContext doc, List<Token> tokens, int i) {
    String text = doc.lower();
    Span first = tokens.get(i).span();
    if (!headWordPrefixes.mayBegin(doc.words(), first.start(), first.end())
        || !headWords.contains(text.substring(first.start(), first.end()))) {
      return null;
    }
    for (int len = 3; len >= 1; len--) {
      if (i + len > tokens.size()) {
        continue;
      }
      String phrase = text.substring(tokens.get(i).span().start(), tokens.get(i + len - 1).span().end());
      String type = heads.get(phrase);
      boolean plural = false;
      if (type == null && phrase.endsWith("s")) {
        type = heads.get(phrase.substring(0, phrase.length() - 1));
        plural = type != null;
      }
      if (type == null && phrase.endsWith("ies")) {
        plural = heads.get(phrase.substring(0, phrase.length() - 3) + "y") != null;
      }
      if (type != null) {
        return new Head(i, i + len, type, plural);
      }
    }
    return null;
  }

  private Title title(DocContext doc, List<Token> tokens, int headIndex, Head head) {
    if (head.plural) {
      return null;
    }
    String text = doc.text();
    String lower = doc.lower();
    // a quoted title: “Treaty on ...”
    int hs = tokens.get(headIndex).span().start();
    int open = Math.max(text.lastIndexOf('\u201c', hs), text.lastIndexOf('"', hs));
    if (open >= 0 && open >= hs - 40 && text.substring(open + 1, hs).chars().noneMatch(c -> c == '.' || c == '\u201d')) {
      int close = text.indexOf(open == text.lastIndexOf('\u201c', hs) ? '\u201d' : '"', hs);
      if (close > hs && close - hs < 400) {
        int last = headIndex;
        while (last + 1 < tokens.size() && tokens.get(last + 1).span().end() <= close) {
          last++;
        }
        return new Title(new Span(open + 1, close), last, dateAfter(doc, tokens, last), null);
      }
    }
    int first = headIndex;
    int modifiers = 0;
    while (first - 1 >= 0 && modifiers < 4) {
      Token t = tokens.get(first - 1);
      String w = lower.substring(t.span().start(), t.span().end());
      boolean word = t.kind() == Token.Kind.WORD && !LEFT_STOP.contains(w) && !w.equals("'s");
      boolean year = t.kind() == Token.Kind.NUMBER && w.length() == 4;
      if (!word && !year || lineBreakBetween(text, t.span().end(), tokens.get(first).span().start())) {
        break;
      }
      first--;
      modifiers++;
    }
    int last = head.end - 1;
    boolean complement = false;
    // "memorandum of understanding (MoU) on ...": step over a parenthesis after the head
    if (last + 2 < tokens.size() && lower.startsWith("(", tokens.get(last + 1).span().start())) {
      int close = last + 2;
      while (close < tokens.size() && close - last < 6 && !lower.startsWith(")", tokens.get(close).span().start())) {
        close++;
      }
      if (close < tokens.size() && close - last < 6 && close + 1 < tokens.size()
          && COMPLEMENT_START.contains(lower.substring(tokens.get(close + 1).span().start(), tokens.get(close + 1).span().end()))) {
        last = close;
      }
    }
    if (last + 1 < tokens.size()) {
      String next = lower.substring(tokens.get(last + 1).span().start(), tokens.get(last + 1).span().end());
      if (COMPLEMENT_START.contains(next) && !dateFollows(doc, tokens, last + 1)) {
        int j = last + 1;
        int end = last;
        while (j < tokens.size() && j - last < 45) {
          Token t = tokens.get(j);
          String w = lower.substring(t.span().start(), t.span().end());
          if (RIGHT_STOP.contains(w) || w.equals(";") || w.equals(":") || w.equals("\u201d") || w.equals("\u201c")
              || lineBreakBetween(text, tokens.get(j - 1).span().end(), t.span().start()) || timeStartsAt(doc, t)
              || isLowerCaseVerb(text, t, w) || placeOrDateFollows(doc, tokens, j, w)) {
            break;
          }
          if (w.equals(".") && j == tokens.size() - 1) {
            break;
          }
          if (w.equals(",") && !continuesAfterComma(doc, tokens, j)) {
            break;
          }
          if (w.equals("of") && dateFollows(doc, tokens, j)) {
            break;
          }
          if (w.equals("and") && j + 1 < tokens.size() && headAt(doc, tokens, j + 1) != null) {
            break;
          }
          if (w.equals("and") && j + 2 < tokens.size() && lower.startsWith("the", tokens.get(j + 1).span().start())
              && headAt(doc, tokens, j + 2) != null) {
            break;
          }
          if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER || w.equals("-") || w.equals("\u2013")
              || w.equals("(") || w.equals(")") || w.equals(",") || w.equals("'s")) {
            if (!w.equals(",")) {
              end = j;
            }
            j++;
            continue;
          }
          break;
        }
        if (end > last) {
          last = end;
          complement = true;
        }
      }
    }
    // trailing period numbers directly after the head: "Roadmap 2019-2022"
    if (!complement && last + 1 < tokens.size() && tokens.get(last + 1).kind() == Token.Kind.NUMBER) {
      int j = last + 1;
      while (j < tokens.size() && (tokens.get(j).kind() == Token.Kind.NUMBER
          || "-\u2013".contains(lower.substring(tokens.get(j).span().start(), tokens.get(j).span().end())))) {
        last = j++;
      }
      complement = true;
    }
    while (last > head.end - 1 && isParenOrPunct(lower, tokens.get(last))) {
      last--;
    }
    boolean capitalized = Character.isUpperCase(text.charAt(tokens.get(headIndex).span().start()));
    if (!complement && modifiers == 0 && !(head.docType.equals("joint_statement"))) {
      return null;
    }
    if (!complement && modifiers > 0 && !capitalized && modifiers < 2) {
      // "an agreement", "trade agreement": keep only two-word names like "strategic partnership agreement"
      String mod = lower.substring(tokens.get(first).span().start(), tokens.get(headIndex).span().start()).strip();
      if (mod.length() < 4) {
        return null;
      }
    }
    Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    When date = dateAfter(doc, tokens, last);
    int amended = amendedHead(doc, tokens, headIndex, last);
    if (date != null && amended >= 0) {
      // "Protocol amending the Agreement on ... of 7 July 2000": the date names the amended one
      int end = last + 2;
      while (end + 1 < tokens.size() && tokens.get(end + 1).span().end() <= dateEnd(doc, tokens, last)) {
        end++;
      }
      span = new Span(span.start(), tokens.get(end).span().end());
      return new Title(span, end, null, period(doc, span), amended);
    }
    // the agreement a protocol amends is a fact of its own only where its date is told
    return new Title(span, last, date, period(doc, span));
  }

  /** Past forms that end a title ("the Declaration ... adopted in Astana"); "allied" does not. */
  private static final Set<String> PAST_VERBS =
      Set.of("adopted", "reached", "followed", "concluded", "approved", "initialed", "initialled", "ratified",
          "entered", "launched", "agreed", "prepared", "drafted", "discussed", "announced", "noted", "welcomed",
          "stressed", "expressed", "completed", "finalized", "finalised", "passed", "endorsed", "inked", "sealed",
          "marked", "opened", "replaced", "became", "remained", "provided", "envisaged", "stipulated");

  private static boolean isLowerCaseVerb(String text, Token t, String w) {
    return t.kind() == Token.Kind.WORD && PAST_VERBS.contains(w) && Character.isLowerCase(text.charAt(t.span().start()));
  }

  /** "in Dushanbe", "on 22 August 2024", "in 2023": where and when, not part of the name. */
  private static boolean placeOrDateFollows(DocContext doc, List<Token> tokens, int j, String w) {
    if (!(w.equals("in") || w.equals("on") || w.equals("at")) || j + 1 >= tokens.size()) {
      return false;
    }
    int next = tokens.get(j + 1).span().start();
    Span ahead = new Span(next, Math.min(doc.text().length(), next + 60));
    for (CityMention c : doc.cities(ahead)) {
      if (c.span().start() == next) {
        return true;
      }
    }
    for (TimeExpression e : doc.within(Layers.TIMES, ahead)) {
      if (e.span().start() == next) {
        return true;
      }
    }
    return false;
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    return text.substring(from, to).indexOf('\n') >= 0;
  }

  /**
   * A vague or relative time starting at this token ("in the near future", "last year") ends the
   * title; a period stays in it ("Program for 2021-2023").
   */
  private static boolean timeStartsAt(DocContext doc, Token t) {
    for (TimeExpression e : doc.within(Layers.TIMES, new Span(t.span().start(), Math.min(doc.text().length(), t.span().start() + 60)))) {
      if (e.span().start() == t.span().start()) {
        return e instanceof TimeExpression.Vague
            || e instanceof TimeExpression.Point p && p.relative()
            || e instanceof TimeExpression.Period p && p.relative();
      }
    }
    return false;
  }

  private static boolean isParenOrPunct(String lower, Token t) {
    String w = lower.substring(t.span().start(), t.span().end());
    return w.equals("(") || w.equals(",") || w.equals("-");
  }

  /**
   * A comma inside a name ("Ministry of Digital Development, Innovation and Aerospace Industry")
   * is followed by a capitalized word that is not a new head; any other comma ends the title.
   */
  private boolean continuesAfterComma(DocContext doc, List<Token> tokens, int comma) {
    if (comma + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(comma + 1);
    return next.kind() == Token.Kind.WORD
        && Character.isUpperCase(doc.text().charAt(next.span().start()))
        && headAt(doc, tokens, comma + 1) == null
        && !doc.lower().startsWith("and", next.span().start());
  }

  /** "of January 13, 1993" right at token {@code of}. */
  private static boolean dateFollows(DocContext doc, List<Token> tokens, int of) {
    if (of + 1 >= tokens.size()) {
      return false;
    }
    int start = tokens.get(of + 1).span().start();
    for (TimeExpression t : doc.within(Layers.TIMES, new Span(start, Math.min(doc.text().length(), start + 40)))) {
      return t.span().start() == start && Clauses.dates(t);
    }
    return false;
  }

  /** The token of another agreement's head inside the title after its own head, or -1. */
  private int amendedHead(DocContext doc, List<Token> tokens, int headIndex, int last) {
    for (int k = headIndex + 1; k <= last; k++) {
      if (headAt(doc, tokens, k) != null) {
        return k;
      }
    }
    return -1;
  }

  private static int dateEnd(DocContext doc, List<Token> tokens, int last) {
    int start = tokens.get(last + 2).span().start();
    for (TimeExpression t : doc.within(Layers.TIMES, new Span(start, Math.min(doc.text().length(), start + 40)))) {
      return t.span().end();
    }
    return start;
  }

  private static When dateAfter(DocContext doc, List<Token> tokens, int last) {
    if (last + 1 < tokens.size() && doc.lower().startsWith("of", tokens.get(last + 1).span().start())
        && dateFollows(doc, tokens, last + 1)) {
      int start = tokens.get(last + 2).span().start();
      for (TimeExpression t : doc.within(Layers.TIMES, new Span(start, Math.min(doc.text().length(), start + 40)))) {
        return Clauses.when(t);
      }
    }
    return null;
  }

  private static Map<String, String> period(DocContext doc, Span title) {
    for (TimeExpression t : doc.within(Layers.TIMES, title)) {
      if (t instanceof TimeExpression.Period p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("start", p.start().toString());
        m.put("end", p.end().toString());
        return m;
      }
    }
    return null;
  }
}
