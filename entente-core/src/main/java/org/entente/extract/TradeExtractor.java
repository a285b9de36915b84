package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.annotate.Amount;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layers;
import org.entente.annotate.OrganizationMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.text.Span;

/**
 * Trade: volumes ("trade reached $1.13 billion last year", "the exchange of goods surpassing one
 * billion dollars"), targets ("the goal of increasing mutual trade to $2 billion"), partner ranks
 * ("Kazakhstan is Tajikistan's second largest trading partner") and flows ("Tajikistan's main
 * exports are electric power, cotton ..."). Money must be in US dollars.
 */
final class TradeExtractor implements Extractor {

  private static final List<String> ORDINALS =
      List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

  private final Phrases subject;
  private final Phrases backReference;
  private final Phrases target;
  private final Phrases growth;
  private final Phrases partner;
  private final Phrases export;
  private final Phrases imports;
  private final Phrases irrealis;
  private final Vocabulary vocabulary;

  TradeExtractor(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.subject = vocabulary.get("trade_subject");
    this.backReference = vocabulary.get("trade_back_reference");
    this.target = vocabulary.get("trade_target");
    this.growth = vocabulary.get("trade_growth");
    this.partner = vocabulary.get("trade_partner");
    this.export = vocabulary.get("trade_export");
    this.imports = vocabulary.get("trade_import");
    this.irrealis = vocabulary.get("irrealis");
  }

  @Override
  public String name() {
    return "trade";
  }

  @Override
  public List<Fact> extract(DocContext doc) {
    List<Fact> facts = new ArrayList<>();
    String[] direction = new String[2];
    boolean aboutTrade = false;
    for (Sentence s : doc.sentences()) {
      aboutTrade = volumesAndTargets(doc, s, facts, aboutTrade);
      rank(doc, s, facts);
      flows(doc, s, facts, direction);
    }
    return facts;
  }

  /**
   * The trade volumes and targets of a sentence; answers whether the sentence is about trade.
   * "Trade reached $2.1 billion. The presidents aim to raise it to $3 billion": a sentence right
   * after one about trade that says "it" or "this figure" names a target of that trade.
   */
  private boolean volumesAndTargets(DocContext doc, Sentence s, List<Fact> facts, boolean previousAboutTrade) {
    String lower = doc.lower();
    int from = s.span().start();
    int to = s.span().end();
    Phrases.Hit about = subject.first(doc.words(), from, to);
    boolean onlyTargets = about == null && previousAboutTrade && backReference.any(doc.words(), from, to);
    if (about == null && !onlyTargets) {
      return false;
    }
    List<String> parties = doc.parties(s.span());
    if (parties.size() < 2) {
      return about != null;
    }
    Double growthPct = null;
    for (Amount a : doc.within(Layers.AMOUNTS, s.span())) {
      if (a.kind() == Amount.Kind.PERCENT && growth.any(doc.words(), Math.max(from, a.span().start() - 40), a.span().start())) {
        String before = lower.substring(Math.max(from, a.span().start() - 40), a.span().start());
        boolean down = before.contains("decreas") || before.contains("fell") || before.contains("declin") || before.contains("down");
        growthPct = down ? -a.value() : a.value();
      }
    }
    for (Amount a : doc.within(Layers.AMOUNTS, s.span())) {
      if (a.kind() != Amount.Kind.MONEY || !"USD".equals(a.currency()) || a.value() < 1e6) {
        continue;
      }
      // A target names a goal or a raise "to" the amount; a volume is what trade was.
      String before = lower.substring(Math.max(from, a.span().start() - 70), a.span().start());
      boolean isTarget = target.any(before, 0, before.length()) || before.endsWith("to ") && before.contains("increas");
      Span evidence = s.span();
      if (isTarget) {
        TimeExpression by = timeAfter(doc, s, a.span().end(), "by");
        When when = by == null ? When.NONE : Clauses.when(by);
        facts.add(new Fact(new FactArgs.TradeTarget(parties, a.value()), when, List.of(evidence), "trade/target"));
      } else if (!onlyTargets) {
        if (Clauses.irrealis(doc, irrealis, from, a.span().start()) && !lower.substring(from, to).contains("last year")) {
          continue;
        }
        TimeExpression t = Clauses.nearestTime(doc, s.span(), a.span().start());
        When when = t == null ? When.NONE : Clauses.when(t);
        String qualifier = a.qualifier().name().toLowerCase(Locale.ROOT);
        facts.add(new Fact(new FactArgs.TradeVolume(parties, a.value(), qualifier, growthPct), when, List.of(evidence),
            "trade/volume"));
      }
    }
    return about != null;
  }

  private static TimeExpression timeAfter(DocContext doc, Sentence s, int offset, String preposition) {
    for (TimeExpression t : doc.within(Layers.TIMES, new Span(offset, s.span().end()))) {
      String between = doc.lower().substring(offset, t.span().start());
      if (Clauses.dates(t) && between.strip().endsWith(preposition)) {
        return t;
      }
    }
    return null;
  }

  /**
   * "Kazakhstan is Tajikistan's second largest trading partner", "For Uzbekistan, Kazakhstan is
   * the largest trading partner in Central Asia", "... largest trading partner of Kazakhstan", each
   * clause on its own; the scope is the organization or region after "in"/"among".
   */
  private void rank(DocContext doc, Sentence s, List<Fact> facts) {
    String lower = doc.lower();
    for (Phrases.Hit p : partner.all(doc.words(), s.span().start(), s.span().end())) {
      Span clause = clauseAround(lower, s.span(), p.start());
      CountryMention subjectCountry = null;
      CountryMention ofCountry = null;
      for (CountryMention c : doc.countryMentions(new Span(clause.start(), p.start()))) {
        String after = lower.substring(c.span().end(), Math.min(clause.end(), c.span().end() + 3));
        if (after.startsWith("'s") || after.startsWith("\u2019s") || after.startsWith("\u2018s")) {
          ofCountry = c;
        } else if (c.form() == CountryMention.Form.NAME) {
          String before = lower.substring(Math.max(clause.start(), c.span().start() - 4), c.span().start());
          if (before.endsWith("for ")) {
            ofCountry = c;
          } else {
            subjectCountry = c;
          }
        }
      }
      if (ofCountry == null) {
        ofCountry = partnerOf(doc, p.end(), clause.end());
      }
      if (subjectCountry == null || ofCountry == null || subjectCountry.code().equals(ofCountry.code())) {
        continue;
      }
      int from = Math.max(ofCountry.span().end() <= p.start() ? ofCountry.span().end() : subjectCountry.span().end(), clause.start());
      String phrase = lower.substring(Math.min(from, p.start()), p.start());
      int rank = 0;
      for (int i = 0; i < ORDINALS.size(); i++) {
        if (phrase.contains(ORDINALS.get(i))) {
          rank = i + 1;
        }
      }
      boolean after = lower.substring(p.end(), Math.min(clause.end(), p.end() + 12)).contains("after");
      if (rank == 0 && (phrase.contains("largest") || phrase.contains("biggest") || phrase.contains("most important")
          || phrase.contains("main") || phrase.contains("leading") || phrase.contains("top"))) {
        rank = after ? 2 : 1;
      }
      if (rank == 0 || phrase.contains("one of")) {
        continue;
      }
      String scope = scope(doc, p.end(), clause.end());
      TimeExpression t = Clauses.firstTime(doc, new Span(p.end(), clause.end()));
      When when = t instanceof TimeExpression.Point point ? new When(null, point.date()) : When.NONE;
      facts.add(new Fact(new FactArgs.TradePartnerRank(subjectCountry.code(), ofCountry.code(), rank, scope),
          when, List.of(s.span()), "trade/partner-rank"));
    }
  }

  /** The clause of the sentence around {@code offset}: cut at ", and", ", while", ";". */
  private static Span clauseAround(String lower, Span sentence, int offset) {
    int start = sentence.start();
    int end = sentence.end();
    for (String cut : List.of(", and ", ", while ", ", whereas ", "; ", ", but ")) {
      int before = lower.lastIndexOf(cut, offset);
      if (before >= sentence.start() && before + cut.length() > start) {
        start = before + cut.length();
      }
      // searched only as far as a cut starting before the sentence's end could reach
      int bound = Math.min(lower.length(), end + cut.length());
      int after = offset <= bound ? lower.indexOf(cut, offset, bound) : -1;
      if (after >= 0 && after < end) {
        end = after;
      }
    }
    return new Span(start, end);
  }

  /** "partner of Kazakhstan", also with words between: "partner of neighbouring Kyrgyzstan". */
  private static CountryMention partnerOf(DocContext doc, int offset, int limit) {
    CountryMention right = doc.countryAfter(offset, limit, "of ");
    if (right != null || !doc.lower().startsWith(" of ", offset)) {
      return right;
    }
    for (CountryMention c : doc.countryMentions(new Span(offset + 4, Math.min(limit, offset + 44)))) {
      if (c.form() == CountryMention.Form.NAME) {
        return c;
      }
    }
    return null;
  }

  /** "among CIS countries" gives CIS, "in Central Asia" gives Central Asia, else null. */
  private static String scope(DocContext doc, int from, int to) {
    String lower = doc.lower();
    for (var a : doc.within(Layers.ACTORS, new Span(from, to))) {
      if (a instanceof OrganizationMention o) {
        return o.code();
      }
    }
    java.util.regex.Matcher m = REGION.matcher(doc.text().substring(from, to));
    return m.find() ? m.group(1) : null;
  }

  private static final java.util.regex.Pattern REGION =
      java.util.regex.Pattern.compile("^\\s*(?:in|among|within) (?:the )?((?:Central|South|East|West|North|Southeast)(?:ern)? (?:Asia|Europe|Caucasus)|Eurasia|the region)");

  /**
   * Trade flows clause by clause ("Kazakhstan exports oil to Tajikistan, while Tajikistan sends
   * textiles to Kazakhstan"); a clause that names no country continues the direction of the one
   * before ("The main imports from Kazakhstan are grain. Oil products are imported too.").
   */
  private void flows(DocContext doc, Sentence s, List<Fact> facts, String[] direction) {
    String lower = doc.lower();
    int start = s.span().start();
    int end = s.span().end();
    if (!export.any(doc.words(), start, end) && !imports.any(doc.words(), start, end)) {
      return;
    }
    int cut = start;
    for (int i = start; i <= end; i++) {
      boolean boundary = i == end || lower.charAt(i) == ';'
          || lower.startsWith(", while ", i) || lower.startsWith(", whereas ", i) || lower.startsWith(" while ", i);
      if (boundary) {
        if (i > cut) {
          flowClause(doc, s, cut, i, facts, direction);
        }
        cut = i + 1;
      }
    }
  }

  private void flowClause(DocContext doc, Sentence s, int from, int to, List<Fact> facts, String[] direction) {
    String lower = doc.lower();
    Phrases.Hit exp = export.first(doc.words(), from, to);
    Phrases.Hit imp = imports.first(doc.words(), from, to);
    if (exp == null && imp == null) {
      return;
    }
    List<String> commodities = vocabulary.commoditiesIn(doc.text(), doc.words(), from, to);
    if (commodities.isEmpty()) {
      return;
    }
    List<String> pair = doc.pair();
    if (pair.size() < 2) {
      return;
    }
    // The country the clause is about: "Tajikistan's exports", "imports from Kazakhstan".
    List<CountryMention> countries = doc.countryMentions(new Span(from, to));
    String exporter = null;
    String importer = null;
    for (CountryMention c : countries) {
      String before = lower.substring(Math.max(from, c.span().start() - 6), c.span().start());
      if (before.endsWith("from ")) {
        exporter = c.code();
      } else if (before.endsWith("to ") && exp != null) {
        importer = c.code();
      } else if (exporter == null && importer == null && c.form() != CountryMention.Form.DEMONYM) {
        if (exp != null && (imp == null || exp.start() < imp.start())) {
          exporter = c.code();
        } else {
          importer = c.code();
        }
      }
    }
    if (exporter == null && importer == null) {
      if (direction[0] == null) {
        return;
      }
      exporter = direction[0];
      importer = direction[1];
    }
    if (exporter == null) {
      exporter = other(pair, importer);
    }
    if (importer == null) {
      importer = other(pair, exporter);
    }
    if (exporter == null || importer == null || exporter.equals(importer)) {
      return;
    }
    direction[0] = exporter;
    direction[1] = importer;
    for (String commodity : commodities) {
      facts.add(new Fact(new FactArgs.TradeFlow(exporter, importer, commodity), When.NONE, List.of(s.span()),
          "trade/flow"));
    }
  }

  private static String other(List<String> pair, String one) {
    if (!pair.contains(one)) {
      return null;
    }
    return pair.get(0).equals(one) ? pair.get(1) : pair.get(0);
  }
}
