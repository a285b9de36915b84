package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.annotate.ActorMention;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotation;
import org.entente.annotate.CityMention;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layer;
import org.entente.annotate.Layers;
import org.entente.annotate.LowerCase;
import org.entente.annotate.OrganizationMention;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Sentence;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/**
 * An annotated document with the lookups every extractor needs: annotations within a span, the
 * document's main pair of countries, the dateline city. Built once per document.
 */
public final class DocContext {

  private final AnnotatedDocument doc;
  private final List<String> pair;
  private final CityMention datelineCity;
  private final String lower;
  private final WordIndex words;

  /** Prepares the lookups. */
  public DocContext(AnnotatedDocument doc) {
    this(doc, null);
  }

  /** Prepares the lookups, with the words marked for these trigger lists. */
  DocContext(AnnotatedDocument doc, TriggerMasks triggers) {
    this.doc = doc;
    this.pair = mainPair(doc.get(Layers.ACTORS));
    this.datelineCity = datelineCity(doc);
    // the pipeline's shared lower-case view; char by char, so offsets stay those of the text
    this.lower = doc.has(Layers.LOWER_CASE) ? LowerCase.of(doc).text() : LowerCase.fold(doc.text());
    this.words = triggers == null ? WordIndex.of(lower) : WordIndex.of(lower, triggers);
  }

  /** The words of the lower-cased text, for phrase lookups. */
  WordIndex words() {
    return words;
  }

  /** The text in lower case, char for char (same offsets). */
  public String lower() {
    return lower;
  }

  /**
   * The persons named or designated by office within {@code span}, in text order: a name and an
   * office next to each other that mean the same person count once (at the name).
   */
  public List<PersonMention> persons(Span span) {
    return personsCache.computeIfAbsent(span, this::findPersons);
  }

  private final Map<Span, List<PersonMention>> personsCache = new HashMap<>();

  private List<PersonMention> findPersons(Span span) {
    List<PersonMention> names = new ArrayList<>();
    for (ActorMention a : within(Layers.ACTORS, span)) {
      if (a instanceof PersonMention p && p.id() != null) {
        names.add(p);
      }
    }
    List<PersonMention> all = new ArrayList<>(names);
    for (PersonMention r : within(Layers.ROLES, span)) {
      if (r.id() == null) {
        continue;
      }
      boolean named =
          names.stream()
              .anyMatch(n -> n.span().start() - r.span().end() >= 0 && n.span().start() - r.span().end() <= 3
                  || n.id().equals(r.id()) && Math.abs(n.span().start() - r.span().end()) <= 40
                  || n.id().equals(r.id()) && Math.abs(r.span().start() - n.span().end()) <= 40);
      if (!named) {
        all.add(r);
      }
    }
    all.sort(Comparator.comparing(PersonMention::span));
    return List.copyOf(all);
  }

  /**
   * The heads of state of the document's pair, as the document names them with their office:
   * who "the two presidents", "the leaders" and "the heads of state" are.
   */
  public List<String> headsOfState() {
    List<String> heads = new ArrayList<>();
    for (PersonMention p : doc.get(Layers.ROLES)) {
      addHead(heads, p);
    }
    for (ActorMention a : doc.get(Layers.ACTORS)) {
      if (a instanceof PersonMention p) {
        addHead(heads, p);
      }
    }
    return heads.size() == 2 ? heads.stream().sorted().toList() : List.of();
  }

  private void addHead(List<String> heads, PersonMention p) {
    if (p.id() != null && p.role() != null && p.role().role().equals("head_of_state")
        && pair.contains(p.role().country()) && !heads.contains(p.id())) {
      heads.add(p.id());
    }
  }

  /** Country codes named within {@code span} (by name, adjective or demonym), in order, once each. */
  public List<String> countries(Span span) {
    List<String> codes = new ArrayList<>(4);
    for (ActorMention a : within(Layers.ACTORS, span)) {
      if (a instanceof CountryMention c && !codes.contains(c.code())) {
        codes.add(c.code());
      }
    }
    return java.util.Collections.unmodifiableList(codes);
  }

  /** The country mentions within {@code span}. */
  public List<CountryMention> countryMentions(Span span) {
    return actors(span, CountryMention.class);
  }

  /** The organization mentions within {@code span}. */
  List<OrganizationMention> organizations(Span span) {
    return actors(span, OrganizationMention.class);
  }

  /** The actor mentions of one kind within {@code span}, in text order. */
  private <T extends ActorMention> List<T> actors(Span span, Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (ActorMention a : within(Layers.ACTORS, span)) {
      if (kind.isInstance(a)) {
        out.add(kind.cast(a));
      }
    }
    return out;
  }

  /**
   * The country named right after {@code offset}, behind a preposition ("of ", "in ") and an
   * optional "the": "of the Republic of Tajikistan", "in China". Null when there is none.
   */
  CountryMention countryAfter(int offset, int limit, String preposition) {
    int i = offset;
    while (i < limit && lower.charAt(i) == ' ') {
      i++;
    }
    if (!lower.startsWith(preposition, i)) {
      return null;
    }
    i += preposition.length();
    if (lower.startsWith("the ", i)) {
      i += 4;
    }
    for (CountryMention c : countryMentions(new Span(i, Math.min(limit, i + 60)))) {
      if (c.span().start() == i) {
        return c;
      }
    }
    return null;
  }

  /** The city mentions within {@code span}. */
  public List<CityMention> cities(Span span) {
    return actors(span, CityMention.class);
  }

  /** The parties of a fact stated in {@code span}: two countries named there, else the main pair. */
  public List<String> parties(Span span) {
    List<String> named = countries(span);
    if (named.size() >= 2) {
      List<String> two = new ArrayList<>(named.subList(0, 2));
      if (named.size() > 2 && pair.size() == 2 && named.containsAll(pair)) {
        two = new ArrayList<>(pair);
      }
      two.sort(null);
      return java.util.Collections.unmodifiableList(two);
    }
    if (named.size() == 1 && pair.size() == 2 && !pair.contains(named.get(0))) {
      return List.of();
    }
    return pair;
  }

  /** The annotated document. */
  public AnnotatedDocument doc() {
    return doc;
  }

  /** The text. */
  public String text() {
    return doc.text();
  }

  /** The publication date, or null. */
  public PartialDate published() {
    return doc.published();
  }

  /** The sentences. */
  public List<Sentence> sentences() {
    return doc.get(Layers.SENTENCES);
  }

  /** The annotations of a layer that lie within {@code span}, in text order. */
  @SuppressWarnings("unchecked")
  public <T extends Annotation> List<T> within(Layer<T> layer, Span span) {
    LayerIndex index = layerIndex.get(layer);
    if (index == null) {
      index = new LayerIndex(doc.get(layer));
      layerIndex.put(layer, index);
    }
    return (List<T>) index.within(span);
  }

  /** By layer: the constants of {@link Layers}, so by identity. */
  private final Map<Layer<?>, LayerIndex> layerIndex = new java.util.IdentityHashMap<>();

  /**
   * The spans of one layer's annotations as arrays, so that a search reads no annotation. Answers
   * are not kept: a binary search and a view of the run found cost less than a hash lookup by span.
   */
  private static final class LayerIndex {
    private final List<? extends Annotation> all;
    private final int[] starts;
    private final int[] ends;

    LayerIndex(List<? extends Annotation> all) {
      this.all = all;
      this.starts = new int[all.size()];
      this.ends = new int[all.size()];
      for (int i = 0; i < starts.length; i++) {
        Span s = all.get(i).span();
        starts[i] = s.start();
        ends[i] = s.end();
      }
    }

    List<? extends Annotation> within(Span span) {
      return find(span.start(), span.end());
    }

    private List<? extends Annotation> find(int start, int end) {
      int lo = WordIndex.lowerBound(starts, starts.length, start);
      int until = lo;
      boolean contiguous = true;
      for (; until < starts.length && starts[until] < end; until++) {
        contiguous &= ends[until] <= end;
      }
      if (until == lo) {
        return List.of();
      }
      if (contiguous) {
        // the layers are immutable lists: a view of a run of them needs no copy
        return all.subList(lo, until);
      }
      List<Annotation> out = new ArrayList<>();
      for (int i = lo; i < until; i++) {
        if (ends[i] <= end) {
          out.add(all.get(i));
        }
      }
      return List.copyOf(out);
    }
  }

  /** The sentence containing {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }

  /**
   * The two countries the document is mainly about (most mentioned, first mentioned on ties),
   * sorted; fewer when the document names fewer.
   */
  public List<String> pair() {
    return pair;
  }

  /** The city of the dateline ("DUSHANBE, May 20"), which "here" refers to; or null. */
  public CityMention datelineCity() {
    return datelineCity;
  }

  private static List<String> mainPair(List<ActorMention> actors) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (ActorMention a : actors) {
      String code =
          a instanceof CountryMention c ? c.code() : a instanceof CityMention c ? c.country() : null;
      if (code != null) {
        counts.merge(code, 1, Integer::sum);
        first.putIfAbsent(code, a.span().start());
      }
    }
    // the two best by count, then by first mention; on a tie the earlier in the map (stable)
    String best = null;
    String second = null;
    for (String code : counts.keySet()) {
      if (best == null || better(code, best, counts, first)) {
        second = best;
        best = code;
      } else if (second == null || better(code, second, counts, first)) {
        second = code;
      }
    }
    if (best == null) {
      return List.of();
    }
    if (second == null) {
      return List.of(best);
    }
    return best.compareTo(second) <= 0 ? List.of(best, second) : List.of(second, best);
  }

  private static boolean better(
      String a, String b, Map<String, Integer> counts, Map<String, Integer> first) {
    int byCount = Integer.compare(counts.get(b), counts.get(a));
    return byCount != 0 ? byCount < 0 : first.get(a) < first.get(b);
  }

  private static CityMention datelineCity(AnnotatedDocument doc) {
    String text = doc.text();
    for (ActorMention a : doc.get(Layers.ACTORS)) {
      if (a.span().start() > 200) {
        break;
      }
      if (a instanceof CityMention c) {
        int lineStart = text.lastIndexOf('\n', c.span().start()) + 1;
        String before = text.substring(lineStart, c.span().start()).strip();
        int after = c.span().end();
        boolean caps = c.span().of(text).equals(c.span().of(text).toUpperCase(java.util.Locale.ROOT));
        if (before.isEmpty() && after < text.length()
            && (text.charAt(after) == ',' || (caps && " -\u2013\u2014(".indexOf(text.charAt(after)) >= 0))) {
          return c;
        }
      }
    }
    return null;
  }
}
