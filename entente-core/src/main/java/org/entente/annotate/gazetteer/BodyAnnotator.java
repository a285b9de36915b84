package org.entente.annotate.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotator;
import org.entente.annotate.BodyMention;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layer;
import org.entente.annotate.LayerSink;
import org.entente.annotate.LowerCase;
import org.entente.annotate.Layers;
import org.entente.annotate.Token;
import org.entente.annotate.token.Tokenizer;
import org.entente.text.Span;

/**
 * Ministries and other government bodies by pattern: a capitalized head noun from {@code
 * bodies.yaml} with the capitalized words before it ("Foreign Ministry"), its {@code of}/{@code
 * for} complement ("Ministry of Industry and New Technologies"), and a country given by an
 * adjective or possessive before it ("the Kazakh Foreign Ministry", "Tajikistan's Ministry of
 * Energy") or by {@code of COUNTRY [and COUNTRY]} after it ("the Health Ministries of Kazakhstan
 * and Tajikistan").
 */
public final class BodyAnnotator implements Annotator {

  private final TokenTrie<String> heads = new TokenTrie<>();

  /** Builds the head matcher from the dictionaries. */
  public BodyAnnotator(Dictionaries dictionaries, Tokenizer tokenizer) {
    for (Map.Entry<String, List<String>> e : dictionaries.bodies.entrySet()) {
      for (String head : e.getValue()) {
        heads.add(tokenizer.tokenize(head).stream().map(t -> t.span().of(head)).toList(), e.getKey());
      }
    }
  }

  @Override
  public String name() {
    return "bodies";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.LOWER_CASE, Layers.ACTORS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.BODIES);
  }

  @Override
  public void annotate(AnnotatedDocument doc, LayerSink out) {
    String text = doc.text();
    List<Token> tokens = doc.get(Layers.TOKENS);
    ActorIndex countries = new ActorIndex(doc.get(Layers.ACTORS));
    MatchTokens view = MatchTokens.plain(text, LowerCase.of(doc));
    List<String> strings = view.strings();
    List<BodyMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      TokenTrie.Match<String> m = heads.longest(view, i);
      if (m == null) {
        i++;
        continue;
      }
      Body body = new Body(text, tokens, strings, countries);
      i = body.parse(m.start(), m.end());
      if (body.hasName()) {
        found.add(new BodyMention(body.span(), body.name(), m.values().get(0), List.copyOf(body.countryCodes)));
      }
    }
    out.put(Layers.BODIES, found);
  }

  /** One body being parsed around its head. */
  private static final class Body {
    private final String text;
    private final List<Token> tokens;
    private final List<String> strings;
    private final ActorIndex countries;
    final TreeSet<String> countryCodes = new TreeSet<>();
    int spanStart;
    int spanEnd;
    int nameStart;
    int nameEnd;
    boolean modified;

    Body(String text, List<Token> tokens, List<String> strings, ActorIndex countries) {
      this.text = text;
      this.tokens = tokens;
      this.strings = strings;
      this.countries = countries;
    }

    /** Parses around the head at {@code [start, end)}; returns the token after the body. */
    int parse(int start, int end) {
      nameStart = tokens.get(start).span().start();
      nameEnd = tokens.get(end - 1).span().end();
      spanStart = nameStart;
      // Left: capitalized modifiers ("Foreign"), then a country adjective or possessive.
      int k = start - 1;
      while (k >= 0 && isCapitalizedWord(k) && countries.endingAt(tokens.get(k).span().end()) == null
          && !strings.get(k).equals("The")) {
        nameStart = tokens.get(k).span().start();
        spanStart = nameStart;
        modified = true;
        k--;
      }
      if (k >= 0) {
        boolean possessive = strings.get(k).equalsIgnoreCase("'s") || strings.get(k).equals("\u2019s");
        int countryEnd = possessive ? tokens.get(k).span().start() : tokens.get(k).span().end();
        CountryMention c = countries.endingAt(countryEnd);
        if (c != null && (possessive || c.form() == CountryMention.Form.ADJECTIVE)) {
          countryCodes.add(c.code());
          spanStart = c.span().start();
        }
      }
      spanEnd = nameEnd;
      // Right: "of/for" + capitalized words joined by and/of/for/the, then "of [the] COUNTRY".
      int j = end;
      while (j < tokens.size() && (strings.get(j).equals("of") || strings.get(j).equals("for"))) {
        int after = strings.get(j).equals("of") && j + 1 < tokens.size() && strings.get(j + 1).equalsIgnoreCase("the") ? j + 2 : j + 1;
        if (after >= tokens.size()) {
          break;
        }
        CountryMention c = countries.startingAt(tokens.get(after).span().start());
        if (c != null && c.form() == CountryMention.Form.NAME) {
          countryCodes.add(c.code());
          spanEnd = c.span().end();
          j = tokenAfter(c.span().end(), after);
          // "of Kazakhstan and Tajikistan"
          while (j + 1 < tokens.size() && (strings.get(j).equals("and") || strings.get(j).equals(","))) {
            CountryMention more = countries.startingAt(tokens.get(j + 1).span().start());
            if (more == null || more.form() != CountryMention.Form.NAME) {
              break;
            }
            countryCodes.add(more.code());
            spanEnd = more.span().end();
            j = tokenAfter(more.span().end(), j + 1);
          }
          return j;
        }
        if (!isCapitalizedWord(j + 1)) {
          break;
        }
        int last = j + 1;
        int q = j + 1;
        while (q < tokens.size()) {
          if (isCapitalizedWord(q) && countries.startingAt(tokens.get(q).span().start()) == null) {
            last = q;
            q++;
          } else if ((strings.get(q).equals("and") || strings.get(q).equals("&") || strings.get(q).equals(","))
              && isCapitalizedWord(q + 1) && countries.startingAt(tokens.get(q + 1).span().start()) == null) {
            q++;
          } else {
            break;
          }
        }
        nameEnd = tokens.get(last).span().end();
        spanEnd = nameEnd;
        modified = true;
        j = last + 1;
      }
      return Math.max(j, end);
    }

    private int tokenAfter(int offset, int from) {
      int j = from;
      while (j < tokens.size() && tokens.get(j).span().start() < offset) {
        j++;
      }
      return j;
    }

    private boolean isCapitalizedWord(int k) {
      if (k < 0 || k >= tokens.size() || tokens.get(k).kind() != Token.Kind.WORD) {
        return false;
      }
      return Character.isUpperCase(strings.get(k).charAt(0));
    }

    boolean hasName() {
      return modified || !countryCodes.isEmpty();
    }

    Span span() {
      return new Span(spanStart, spanEnd);
    }

    String name() {
      return text.substring(nameStart, nameEnd);
    }
  }
}
