package org.entente.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.annotate.gazetteer.Entries;
import org.entente.text.CodePoints;

/**
 * Turns the facts of one document into claims: each fact's quotes are the exact places that name
 * it (an agreement's title, a body's name) where they can be found in its evidence, else the
 * evidence itself; definite references of the same document ("the new treaty", "this
 * Declaration") add quotes to the agreement they refer to; and each claim is put in the block of
 * its pair of countries. Immutable and thread-safe.
 */
public final class Claims {

  /**
   * A fact in the contract's stored form.
   *
   * @param type the fact type
   * @param argsJson its arguments, a JSON object
   * @param start its date, or null
   * @param end the end of its span, or null
   * @param evidenceJson its evidence, a JSON array of code-point spans
   */
  public record Source(String type, String argsJson, String start, String end, String evidenceJson) {
    /** Requires the type, arguments and evidence. */
    public Source {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(argsJson, "argsJson");
      Objects.requireNonNull(evidenceJson, "evidenceJson");
    }
  }

  private static final int LONGEST_QUOTE = 400;
  private static final TypeReference<LinkedHashMap<String, Object>> ARGS = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Integer>>> SPANS = new TypeReference<>() {};

  private final ObjectMapper json = new ObjectMapper();
  private final TitleWords titleWords;
  private final Map<String, Set<String>> personCountries;
  private final References references;

  /** Claims made with this vocabulary and the dictionaries' countries and persons. */
  public Claims(ResolveTerms terms, Dictionaries dictionaries) {
    Set<String> countryWords = new TreeSet<>();
    for (Entries.Country c : dictionaries.countries()) {
      addWords(countryWords, c.name());
      c.names().forEach(n -> addWords(countryWords, n));
      c.adjectives().forEach(n -> addWords(countryWords, n));
      c.demonyms().forEach(n -> addWords(countryWords, n));
    }
    this.titleWords = new TitleWords(terms, countryWords);
    Map<String, Set<String>> countries = new HashMap<>();
    for (Entries.Person p : dictionaries.persons()) {
      for (Entries.Role r : p.roles()) {
        if (r.country() != null) {
          countries.computeIfAbsent(p.id(), k -> new TreeSet<>()).add(r.country());
        }
      }
    }
    this.personCountries = Map.copyOf(countries);
    this.references = new References(terms);
  }

  /** The identity words of a title or name, as resolution compares them. */
  public List<String> words(String title) {
    return titleWords.of(title);
  }

  /**
   * The claims of one document.
   *
   * @param doc the document id
   * @param text the document's text
   * @param published its publication date, or null
   * @param facts its facts, in the stored order
   * @throws IllegalArgumentException when a fact's arguments or evidence are not valid JSON
   */
  public List<Claim> of(String doc, String text, String published, List<Source> facts) {
    CodePoints cp = new CodePoints(text);
    int length = cp.of(text.length());
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      Source f = facts.get(i);
      Map<String, Object> args = parse(doc, f.argsJson(), ARGS);
      List<int[]> spans = new ArrayList<>();
      for (Map<String, Integer> s : parse(doc, f.evidenceJson(), SPANS)) {
        int start = Math.max(0, s.getOrDefault("start", 0));
        int end = Math.min(length, s.getOrDefault("end", 0));
        if (end > start) {
          spans.add(new int[] {start, end});
        }
      }
      if (spans.isEmpty()) {
        continue;
      }
      drafts.add(new Draft(i, f, args, spans, locate(text, cp, nameOf(f.type(), args), spans)));
    }
    addUnnamedEvidence(text, cp, drafts);
    narrowSharedEvents(text, cp, drafts);
    references.attach(text, cp, drafts);
    drafts.forEach(d -> d.quotes.sort(Comparator.comparingInt(Quote::start)));
    String docPair = docPair(drafts);
    List<Claim> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      String pair = pairOf(d.source.type(), d.args);
      String name = nameOf(d.source.type(), d.args);
      out.add(
          new Claim(
              doc, d.seq, d.source.type(), d.args, d.source.start(), d.source.end(), published,
              d.quotes, name == null ? List.of() : titleWords.of(name),
              (pair == null ? docPair : pair) + "/" + family(d.source.type())));
    }
    return out;
  }

  /** The block family of a fact type: sessions resolve with their bodies. */
  static String family(String type) {
    return type.equals("institution_session") ? "institution" : type;
  }

  /** A fact under construction: its quotes grow as references are attached. */
  static final class Draft {
    final int seq;
    final Source source;
    final Map<String, Object> args;
    final List<int[]> evidence;
    final List<Quote> quotes;

    Draft(int seq, Source source, Map<String, Object> args, List<int[]> evidence, List<Quote> quotes) {
      this.seq = seq;
      this.source = source;
      this.args = args;
      this.evidence = evidence;
      this.quotes = new ArrayList<>(quotes);
    }

    boolean named() {
      return nameOf(source.type(), args) != null;
    }

    int firstStart() {
      return quotes.stream().mapToInt(Quote::start).min().orElse(Integer.MAX_VALUE);
    }
  }

  static Quote quote(String text, CodePoints cp, int start, int end) {
    String s = text.substring(cp.toChar(start), cp.toChar(end)).strip();
    if (s.length() > LONGEST_QUOTE) {
      s = s.substring(0, LONGEST_QUOTE) + "…";
    }
    return new Quote(start, end, s.isEmpty() ? "…" : s);
  }

  private static String nameOf(String type, Map<String, Object> args) {
    Object name =
        switch (type) {
          case "agreement" -> args.get("title");
          case "institution" -> args.get("name");
          case "institution_session" -> args.get("institution");
          default -> null;
        };
    return name == null ? null : name.toString();
  }

  /**
   * A named fact's evidence that does not spell its name ("the presidents signed a joint
   * statement") still mentions it, unless it spells the name of another named fact there.
   */
  private static void addUnnamedEvidence(String text, CodePoints cp, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (!d.named() || nameNotFound(d)) {
        continue;
      }
      for (int[] span : d.evidence) {
        boolean quoted = d.quotes.stream().anyMatch(q -> q.start() < span[1] && span[0] < q.end());
        boolean othersNamed = drafts.stream().anyMatch(o -> o != d && o.named()
            && o.quotes.stream().anyMatch(q -> q.end() - q.start() < span[1] - span[0]
                && span[0] <= q.start() && q.end() <= span[1]));
        if (!quoted && !othersNamed) {
          d.quotes.add(quote(text, cp, span[0], span[1]));
        }
      }
      d.quotes.sort(Comparator.comparingInt(Quote::start));
    }
  }

  /** Whether the name was found nowhere, so that its quotes are its evidence already. */
  private static boolean nameNotFound(Draft d) {
    return d.quotes.stream().allMatch(q -> d.evidence.stream().anyMatch(e -> e[0] == q.start() && e[1] == q.end()));
  }

  /**
   * Visits or talks told in one sentence ("in September 2013 and again in September 2022") are
   * each quoted by the clause that holds their year, so that each mention points at its own. One
   * whose year the sentence does not spell ("The visit, which ends on Thursday, is his third, after
   * those of 2000 and 2019") keeps the sentence up to the first of those clauses.
   */
  private static void narrowSharedEvents(String text, CodePoints cp, List<Draft> drafts) {
    Map<Draft, List<Quote>> narrowedOf = new java.util.IdentityHashMap<>();
    List<int[]> clauseStarts = new ArrayList<>(); // {char offset of a clause, quote start, quote end}
    for (Draft d : drafts) {
      String type = d.source.type();
      if (!(type.equals("visit") || type.equals("talks"))) {
        continue;
      }
      String year = d.source.start() == null ? null : d.source.start().substring(0, 4);
      List<Quote> narrowed = new ArrayList<>();
      for (Quote q : d.quotes) {
        int from = cp.toChar(q.start());
        int to = cp.toChar(q.end());
        int at = year != null && sharedEvidence(d, q, drafts) ? text.substring(from, to).indexOf(year) : -1;
        if (at < 0) {
          narrowed.add(q);
          continue;
        }
        int clauseStart = from + at;
        while (clauseStart > from && ",;".indexOf(text.charAt(clauseStart - 1)) < 0
            && !text.startsWith(" and ", clauseStart - 5 < from ? from : clauseStart - 5)) {
          clauseStart--;
        }
        int clauseEnd = from + at + year.length();
        while (clauseEnd < to && ",;.".indexOf(text.charAt(clauseEnd)) < 0 && !text.startsWith(" and ", clauseEnd)) {
          clauseEnd++;
        }
        while (clauseStart < clauseEnd && Character.isWhitespace(text.charAt(clauseStart))) {
          clauseStart++;
        }
        clauseStarts.add(new int[] {clauseStart, q.start(), q.end()});
        narrowed.add(quote(text, cp, cp.of(clauseStart), cp.of(clauseEnd)));
      }
      narrowedOf.put(d, narrowed);
    }
    narrowedOf.forEach((d, narrowed) -> {
      for (int k = 0; k < narrowed.size(); k++) {
        Quote q = narrowed.get(k);
        int from = cp.toChar(q.start());
        int cut = Integer.MAX_VALUE;
        for (int[] c : clauseStarts) {
          if (c[1] == q.start() && c[2] == q.end() && c[0] > from && c[0] < cp.toChar(q.end())) {
            cut = Math.min(cut, c[0]);
          }
        }
        if (cut != Integer.MAX_VALUE) {
          int end = cut;
          while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
          }
          narrowed.set(k, quote(text, cp, q.start(), cp.of(end)));
        }
      }
      d.quotes.clear();
      d.quotes.addAll(narrowed);
    });
  }

  private static boolean sharedEvidence(Draft d, Quote q, List<Draft> drafts) {
    return drafts.stream().anyMatch(o -> o != d && o.source.type().equals(d.source.type())
        && o.evidence.stream().anyMatch(x -> x[0] == q.start() && x[1] == q.end()));
  }

  /** The places in the evidence that spell the name; the evidence itself where none does. */
  private static List<Quote> locate(String text, CodePoints cp, String name, List<int[]> spans) {
    List<Quote> found = new ArrayList<>();
    if (name != null && name.length() >= 3) {
      String needle = name.toLowerCase(Locale.ROOT);
      for (int[] s : spans) {
        String window = text.substring(cp.toChar(s[0]), cp.toChar(s[1])).toLowerCase(Locale.ROOT);
        int at = window.indexOf(needle);
        if (at >= 0) {
          int start = cp.of(cp.toChar(s[0]) + at);
          found.add(quote(text, cp, start, cp.of(cp.toChar(start) + needle.length())));
        }
      }
    }
    if (found.isEmpty()) {
      for (int[] s : spans) {
        found.add(quote(text, cp, s[0], s[1]));
      }
    }
    found.sort(Comparator.comparingInt(Quote::start));
    return found;
  }

  /** The pair of countries a fact is about, or null when it names fewer than two. */
  private String pairOf(String type, Map<String, Object> args) {
    Set<String> countries = new TreeSet<>();
    switch (type) {
      case "visit" -> add(countries, args, "visitor_country", "host_country");
      case "mission" -> add(countries, args, "sender", "host");
      case "trade_flow" -> add(countries, args, "exporter", "importer");
      case "trade_partner_rank" -> add(countries, args, "partner", "of");
      case "talks" -> personsCountries(countries, args.get("participants"));
      case "award" -> {
        personsCountries(countries, args.get("recipient"));
        personsCountries(countries, args.get("conferred_by"));
      }
      default -> add(countries, args, "parties");
    }
    countries.removeIf(c -> c.length() != 2);
    return countries.size() == 2 ? String.join("-", countries) : null;
  }

  private void personsCountries(Set<String> into, Object persons) {
    List<?> list = persons instanceof List<?> l ? l : persons == null ? List.of() : List.of(persons);
    for (Object p : list) {
      Set<String> cs = personCountries.getOrDefault(p.toString(), Set.of());
      if (cs.size() == 1) {
        into.addAll(cs);
      }
    }
  }

  private static void add(Set<String> into, Map<String, Object> args, String... keys) {
    for (String k : keys) {
      Object v = args.get(k);
      if (v instanceof List<?> l) {
        l.forEach(x -> into.add(x.toString()));
      } else if (v != null) {
        into.add(v.toString());
      }
    }
  }

  /** The pair most of a document's facts are about: the home of facts that name no pair. */
  private String docPair(List<Draft> drafts) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Draft d : drafts) {
      String p = pairOf(d.source.type(), d.args);
      if (p != null) {
        counts.merge(p, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("--");
  }

  private <T> T parse(String doc, String value, TypeReference<T> type) {
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "a stored fact of '" + doc + "' is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void addWords(Set<String> into, String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        into.add(w);
      }
    }
  }
}
