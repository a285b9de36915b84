package org.entente.annotate.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotator;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layer;
import org.entente.annotate.LayerSink;
import org.entente.annotate.LowerCase;
import org.entente.annotate.Layers;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.annotate.Token;
import org.entente.annotate.token.Tokenizer;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/**
 * Persons designated by office: "the Kazakh President", "Tajikistan's Foreign Minister",
 * "Kazakhstan President",
 * "President of the Republic of Kazakhstan", "Prime Minister of Tajikistan". The office comes
 * from {@code titles.yaml}; the person is a name right after the office, else whoever held it at
 * the date of the sentence (its first absolute date) or else the publication date (the holder for
 * most of that period when the date is a month or a year), so "the Kazakh President" is
 * Nazarbayev in 2007 and Tokayev in 2021. Without a publication date the office is kept and the
 * person left open.
 */
public final class RoleAnnotator implements Annotator {

  private final TokenTrie<String> titles = new TokenTrie<>();
  private final Offices offices;

  /** Builds the title matcher from the dictionaries. */
  public RoleAnnotator(Dictionaries dictionaries, Tokenizer tokenizer) {
    this.offices = new Offices(dictionaries.persons);
    for (Map.Entry<String, List<String>> e : dictionaries.titles.entrySet()) {
      for (String title : e.getValue()) {
        // Titles match in any case: "the Kazakh president" is as common as "President".
        List<String> tokens =
            tokenizer.tokenize(title).stream().map(t -> t.span().of(title).toLowerCase(Locale.ROOT)).toList();
        titles.add(tokens, e.getKey());
      }
    }
  }

  @Override
  public String name() {
    return "roles";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.LOWER_CASE, Layers.SENTENCES, Layers.ACTORS, Layers.TIMES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.ROLES);
  }

  @Override
  public void annotate(AnnotatedDocument doc, LayerSink out) {
    String text = doc.text();
    List<Token> tokens = doc.get(Layers.TOKENS);
    ActorIndex countries = new ActorIndex(doc.get(Layers.ACTORS));
    // name mentions by the offsets just before them: "President of Kazakhstan N. Nazarbayev"
    Map<Integer, PersonMention> apposition = new java.util.HashMap<>();
    for (var a : doc.get(Layers.ACTORS)) {
      if (a instanceof PersonMention p && p.id() != null) {
        for (int gap = 1; gap <= 2; gap++) {
          apposition.put(p.span().start() - gap, p);
        }
      }
    }
    MatchTokens view = MatchTokens.plain(text, LowerCase.of(doc));
    List<String> strings = view.strings();
    List<PersonMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      TokenTrie.Match<String> m = titles.longest(view, i);
      if (m == null) {
        i++;
        continue;
      }
      String role = m.values().get(0);
      Span title = new Span(tokens.get(m.start()).span().start(), tokens.get(m.end() - 1).span().end());
      PartialDate when = eventDate(doc, title.start());
      PersonMention mention = before(text, tokens, countries, m, role, title, when, apposition);
      if (mention == null) {
        mention = after(strings, tokens, countries, m, role, title, text, when, apposition);
      }
      if (mention != null) {
        found.add(mention);
      }
      i = m.end();
    }
    out.put(Layers.ROLES, found);
  }

  /**
   * The date the office is meant at: the first full date of its sentence ("the visit of the
   * President of Kazakhstan on 12-13 September 2007" means the President of 2007), else the
   * publication date.
   */
  private static PartialDate eventDate(AnnotatedDocument doc, int offset) {
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    int k = lastStartingAtOrBefore(sentences, offset);
    if (k < 0 || sentences.get(k).span().end() <= offset) {
      return doc.published();
    }
    Span sentence = sentences.get(k).span();
    List<TimeExpression> times = doc.get(Layers.TIMES);
    for (int i = Math.max(0, lastStartingAtOrBefore(times, sentence.start())); i < times.size(); i++) {
      TimeExpression t = times.get(i);
      if (t.span().start() >= sentence.end()) {
        break;
      }
      if (t.span().start() >= sentence.start()) {
        if (t instanceof TimeExpression.Point p && !p.relative()) {
          return p.date();
        }
        if (t instanceof TimeExpression.Period p && !p.relative()) {
          return p.start();
        }
      }
    }
    return doc.published();
  }

  private static int lastStartingAtOrBefore(List<? extends org.entente.annotate.Annotation> list, int offset) {
    int lo = 0;
    int hi = list.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).span().start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** "Kazakh President", "Tajikistan's Foreign Minister". */
  private PersonMention before(
      String text, List<Token> tokens, ActorIndex countries, TokenTrie.Match<String> m, String role,
      Span title, PartialDate published, Map<Integer, PersonMention> apposition) {
    int p = m.start() - 1;
    if (p < 0) {
      return null;
    }
    String prev = tokens.get(p).span().of(text);
    boolean possessive = prev.equalsIgnoreCase("'s") || prev.equalsIgnoreCase("\u2019s");
    int countryEnd = possessive ? tokens.get(p).span().start() : tokens.get(p).span().end();
    CountryMention c = countries.endingAt(countryEnd);
    // "Kazakh President", "Kazakhstan's President", and in headline style "Kazakhstan President"
    if (c == null || (!possessive && c.form() == CountryMention.Form.DEMONYM)) {
      return null;
    }
    return resolve(new Span(c.span().start(), title.end()), role, c.code(), title.of(text), published, apposition);
  }

  /** "President of Kazakhstan", "Minister of Foreign Affairs of the Republic of Tajikistan". */
  private PersonMention after(
      List<String> strings, List<Token> tokens, ActorIndex countries, TokenTrie.Match<String> m, String role,
      Span title, String text, PartialDate published, Map<Integer, PersonMention> apposition) {
    int k = m.end();
    if (k >= tokens.size() || !strings.get(k).equals("of")) {
      return null;
    }
    k++;
    if (k < tokens.size() && strings.get(k).equalsIgnoreCase("the")) {
      k++;
    }
    if (k >= tokens.size()) {
      return null;
    }
    CountryMention c = countries.startingAt(tokens.get(k).span().start());
    if (c == null || c.form() != CountryMention.Form.NAME) {
      return null;
    }
    return resolve(new Span(title.start(), c.span().end()), role, c.code(), title.of(text), published, apposition);
  }

  private PersonMention resolve(
      Span span, String role, String country, String title, PartialDate published,
      Map<Integer, PersonMention> apposition) {
    PersonMention.Role office = new PersonMention.Role(role, country, title);
    // "President of Kazakhstan N. Nazarbayev": a name right after the office is who is meant,
    // whatever the publication date says about the office holder.
    PersonMention named = apposition.get(span.end());
    if (named != null) {
      return new PersonMention(span, named.id(), List.of(named.id()), office);
    }
    if (published == null) {
      return new PersonMention(span, null, List.of(), office);
    }
    List<Entries.Person> holders = offices.holders(role, country, published);
    if (holders.isEmpty()) {
      return new PersonMention(span, null, List.of(), office);
    }
    return new PersonMention(
        span, holders.get(0).id(), holders.stream().map(Entries.Person::id).sorted().toList(), office);
  }
}
