package org.entente.annotate.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.ActorMention;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotator;
import org.entente.annotate.CityMention;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layer;
import org.entente.annotate.LayerSink;
import org.entente.annotate.LowerCase;
import org.entente.annotate.Layers;
import org.entente.annotate.OrganizationMention;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Token;
import org.entente.annotate.token.Tokenizer;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/**
 * Countries, cities, organizations and persons by name, longest match first.
 *
 * <p>A person named in full (given and family name, or an alias) is that person. A family name
 * alone or with an initial ("Rahmon", "E. Rahmon") may mean several persons; it resolves to the
 * one named in full earlier in the document, else to the one holding an office at the
 * publication date, else to the only candidate; otherwise it stays ambiguous (no id).
 */
public final class ActorAnnotator implements Annotator {

  /** Words after a country's name that make it the name of a currency ("US dollars"). */
  private static final Set<String> CURRENCY_AFTER = Set.of("dollar", "dollars", "cent", "cents");
  /** The first letters of {@link #CURRENCY_AFTER}'s words. */
  private static final String CURRENCY_FIRST_CHARS =
      CURRENCY_AFTER.stream().map(w -> w.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());
  /** Words after a person's name that make it the name of a place or an institution. */
  private static final Set<String> NAMED_AFTER =
      Set.of("University", "Airport", "Street", "Avenue", "Prospect", "Foundation", "Library", "Palace", "Museum",
          "Center", "Centre", "Park", "Square", "School", "Institute", "Fund", "Stadium", "Hall", "Prize", "Award",
          "Order", "Medal", "Bridge", "Port", "Station", "Hospital", "Academy", "District", "Region");

  private sealed interface Target {}

  private record CountryTarget(String code, CountryMention.Form form) implements Target {}

  private record CityTarget(Entries.City city) implements Target {}

  private record OrgTarget(String code) implements Target {}

  private record PersonTarget(Entries.Person person, boolean full) implements Target {}

  private final TokenTrie<Target> trie = new TokenTrie<>();
  /** Cities by country, to resolve "the Tajik capital" at a date. */
  private final java.util.Map<String, List<Entries.City>> citiesByCountry = new java.util.HashMap<>();
  /** Titles after which capitalized words name a person ("Prime Minister Fumio Kishida"). */
  private final TokenTrie<String> titles = new TokenTrie<>();
  private final Set<String> hyphenated = new HashSet<>();
  private final Tokenizer tokenizer;

  /** Builds the matcher from the dictionaries. */
  public ActorAnnotator(Dictionaries dictionaries, Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
    for (Entries.Country c : dictionaries.countries) {
      add(c.name(), new CountryTarget(c.code(), CountryMention.Form.NAME));
      c.names().forEach(n -> add(n, new CountryTarget(c.code(), CountryMention.Form.NAME)));
      c.adjectives().forEach(n -> add(n, new CountryTarget(c.code(), CountryMention.Form.ADJECTIVE)));
      c.demonyms().forEach(n -> add(n, new CountryTarget(c.code(), CountryMention.Form.DEMONYM)));
      citiesByCountry.put(c.code(), c.cities());
      for (Entries.City city : c.cities()) {
        add(city.name(), new CityTarget(city));
        city.aliases().forEach(a -> add(a, new CityTarget(city)));
      }
    }
    for (Entries.Organization o : dictionaries.organizations) {
      add(o.name(), new OrgTarget(o.code()));
      o.names().forEach(n -> add(n, new OrgTarget(o.code())));
      o.acronyms().forEach(n -> add(n, new OrgTarget(o.code())));
    }
    for (List<String> list : dictionaries.titles.values()) {
      for (String title : list) {
        if (Character.isUpperCase(title.charAt(0))) {
          titles.add(tokenizer.tokenize(title).stream().map(t -> t.span().of(title)).toList(), title);
        }
      }
    }
    for (String generic : List.of("Minister", "Ambassador", "Chairman", "Speaker", "Secretary", "Governor", "Mayor", "Senator", "Deputy Prime Minister", "Vice President")) {
      titles.add(tokenizer.tokenize(generic).stream().map(t -> t.span().of(generic)).toList(), generic);
    }
    for (Entries.Person p : dictionaries.persons) {
      add(p.name(), new PersonTarget(p, true));
      p.aliases().forEach(a -> add(a, new PersonTarget(p, true)));
      for (String family : p.family()) {
        add(family, new PersonTarget(p, false));
        for (String given : p.given()) {
          add(given + " " + family, new PersonTarget(p, true));
          add(given.charAt(0) + ". " + family, new PersonTarget(p, false));
        }
      }
    }
  }

  private void add(String phrase, Target target) {
    List<String> tokens = tokenizer.tokenize(phrase).stream().map(t -> t.span().of(phrase)).toList();
    for (String t : tokens) {
      if (t.indexOf('-') > 0) {
        hyphenated.add(t.toLowerCase(Locale.ROOT));
      }
    }
    trie.add(tokens, target);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.LOWER_CASE);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.ACTORS);
  }

  @Override
  public void annotate(AnnotatedDocument doc, LayerSink out) {
    out.put(Layers.ACTORS,
        find(doc.text(), LowerCase.of(doc), doc.get(Layers.TOKENS), doc.published()));
  }

  List<ActorMention> find(String text, LowerCase lower, List<Token> tokens, PartialDate published) {
    MatchTokens view = MatchTokens.of(text, lower, tokens, hyphenated::contains);
    List<ActorMention> found = new ArrayList<>();
    List<String> namedInFull = new ArrayList<>();
    int i = 0;
    while (i < view.size()) {
      TokenTrie.Match<Target> m = trie.longest(view, i);
      if (m == null) {
        i++;
        continue;
      }
      Span span = view.span(m.start(), m.end());
      // the first-char tests spare a string for the next token of most matches
      if (m.end() < view.size() && Character.isUpperCase(view.text.charAt(view.start(m.end())))
          && NAMED_AFTER.contains(view.string(m.end()))
          && m.values().stream().allMatch(v -> v instanceof PersonTarget)) {
        // "Nazarbayev University", "Heydar Aliyev Airport": a place named after a person
        i = m.end() + 1;
        continue;
      }
      if (m.end() < view.size() && CURRENCY_FIRST_CHARS.indexOf(view.lower.charAt(view.start(m.end()))) >= 0
          && CURRENCY_AFTER.contains(view.lower(m.end()))
          && m.values().stream().allMatch(v -> v instanceof CountryTarget)) {
        // "3 billion US dollars", "Hong Kong dollars": a currency, not the country
        i = m.end() + 1;
        continue;
      }
      ActorMention mention = mention(span, m.values(), published, namedInFull);
      if (mention != null) {
        found.add(mention);
      }
      i = m.end();
    }
    found.addAll(unknownNames(view, found));
    found.addAll(capitals(view, found, published));
    found.sort((a, b) -> a.span().compareTo(b.span()));
    return found;
  }

  /**
   * Persons the dictionary does not know, named right after a title: two or three capitalized
   * words ("Prime Minister Fumio Kishida", "Defence Minister Rajnath Singh"). Their id is the slug
   * of the name as written; they hold no office the dictionary could date.
   */
  private List<ActorMention> unknownNames(MatchTokens view, List<ActorMention> known) {
    List<ActorMention> out = new ArrayList<>();
    for (int i = 0; i < view.size(); i++) {
      TokenTrie.Match<String> t = titles.longest(view, i);
      if (t == null) {
        continue;
      }
      int k = t.end();
      int words = 0;
      while (k + words < view.size() && words < 3 && isNameWord(view, k + words)) {
        words++;
      }
      if (words < 2) {
        continue;
      }
      Span name = view.span(k, k + words);
      boolean taken = known.stream().anyMatch(a -> a.span().overlaps(name));
      if (!taken) {
        String slug = slug(name.of(view.text));
        if (!slug.isEmpty()) {
          out.add(new PersonMention(name, slug, List.of(slug), null));
        }
      }
      i = k + words - 1;
    }
    // "Prime Minister Fumio Kishida ... Kishida said": the family name alone, later on
    java.util.Map<String, String> families = new java.util.HashMap<>();
    for (ActorMention a : out) {
      String name = a.span().of(view.text);
      families.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1), ((PersonMention) a).id());
    }
    List<ActorMention> later = new ArrayList<>();
    for (int i = 0; i < view.size() && !families.isEmpty(); i++) {
      String id = families.get(view.string(i));
      Span at = view.span(i);
      if (id != null && known.stream().noneMatch(a -> a.span().overlaps(at)) && out.stream().noneMatch(a -> a.span().overlaps(at))) {
        later.add(new PersonMention(at, id, List.of(id), null));
      }
    }
    out.addAll(later);
    return out;
  }

  private static boolean isNameWord(MatchTokens view, int i) {
    String text = view.text;
    int start = view.start(i);
    int end = view.end(i);
    if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    boolean lower = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      lower |= k > start && Character.isLowerCase(c);
      if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019')) {
        return false;
      }
    }
    return lower;
  }

  /** "the Tajik capital", "Kazakhstan's capital": the capital of that country at the date. */
  private List<ActorMention> capitals(MatchTokens view, List<ActorMention> found, PartialDate published) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention a : found) {
      if (!(a instanceof CountryMention c) || c.form() == CountryMention.Form.DEMONYM) {
        continue;
      }
      int end = c.span().end();
      String lower = view.lower;
      int skip = lower.startsWith(" capital", end) ? 8
          : lower.startsWith("'s capital", end) || lower.startsWith("\u2019s capital", end) ? 10 : -1;
      if (skip < 0 || end + skip < view.lower.length() && Character.isLetter(view.lower.charAt(end + skip))) {
        continue;
      }
      for (Entries.City city : citiesByCountry.getOrDefault(c.code(), List.of())) {
        if (city.capitalAt(published) && (city.capital() || city.capitalFrom() != null || published != null)) {
          out.add(new CityMention(new Span(c.span().start(), end + skip), city.name(), c.code(), true));
          break;
        }
      }
    }
    return out;
  }

  /** "Mevlüt Çavuşoğlu" gives "mevlut-cavusoglu". */
  static String slug(String name) {
    String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    ascii = ascii.replace("ı", "i").replace("ğ", "g").replace("ş", "s").replace("ç", "c").replace("ø", "o").replace("ł", "l");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static ActorMention mention(
      Span span, List<Target> values, PartialDate published, List<String> namedInFull) {
    // A name that is both a country and its capital (Singapore) is taken as the country.
    for (Target t : values) {
      if (t instanceof CountryTarget c) {
        return new CountryMention(span, c.code(), c.form());
      }
    }
    for (Target t : values) {
      if (t instanceof OrgTarget o) {
        return new OrganizationMention(span, o.code());
      }
      if (t instanceof CityTarget c) {
        return new CityMention(span, c.city().name(), c.city().country(), c.city().capitalAt(published));
      }
    }
    List<Entries.Person> candidates = new ArrayList<>();
    boolean full = false;
    for (Target t : values) {
      if (t instanceof PersonTarget p && !candidates.contains(p.person())) {
        candidates.add(p.person());
        full |= p.full();
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Entries.Person chosen = choose(candidates, published, namedInFull);
    if (chosen != null && full) {
      namedInFull.add(chosen.id());
    }
    List<String> ids = new ArrayList<>(candidates.size());
    for (Entries.Person p : candidates) {
      ids.add(p.id());
    }
    ids.sort(null);
    ids = java.util.Collections.unmodifiableList(ids);
    return new PersonMention(
        span,
        chosen == null ? null : chosen.id(),
        chosen == null ? ids : List.of(chosen.id()),
        chosen == null ? null : Offices.roleAt(chosen, published));
  }

  private static Entries.Person choose(
      List<Entries.Person> candidates, PartialDate published, List<String> namedInFull) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    for (int k = namedInFull.size() - 1; k >= 0; k--) {
      for (Entries.Person p : candidates) {
        if (p.id().equals(namedInFull.get(k))) {
          return p;
        }
      }
    }
    List<Entries.Person> inOffice =
        candidates.stream().filter(p -> Offices.roleAt(p, published) != null).toList();
    return inOffice.size() == 1 ? inOffice.get(0) : null;
  }
}
