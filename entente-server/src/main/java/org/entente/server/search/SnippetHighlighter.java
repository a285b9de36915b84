package org.entente.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Marks what a query matched in the text of a hit and picks its best sentences. It analyzes the
 * text the page shows (a fact's quote, a document's first {@value #MAX_LENGTH} characters) again
 * rather than reading the index, which for a page of hits costs far less than Lucene's
 * highlighters, whose per-hit term lookups dominated the cost of a search. Matches follow the
 * query: single words, prefixes and wildcards anywhere, the words of a phrase only where the
 * phrase is found (in order, or within its slop), nothing under {@code NOT}.
 *
 * <p>Made per query; not thread-safe (it holds a sentence iterator).
 */
final class SnippetHighlighter {

  /** The characters of a text looked at, as Lucene's unified highlighter does by default. */
  static final int MAX_LENGTH = 10_000;

  private static final int PASSAGES = 2;

  /** A stretch of the text: a match, or a passage made of whole sentences. */
  record Span(int start, int end) {}

  /** A passage and the matches in it. */
  record Passage(int start, int end, List<Span> matches) {}

  private record Token(BytesRef term, int position, int start, int end) {}

  private final Analyzer analyzer;
  private final String field;
  private final QueryTerms query;
  private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);

  /** A highlighter of what {@code query} matches in {@code field}, analyzed by {@code analyzer}. */
  SnippetHighlighter(Analyzer analyzer, String field, Query query) {
    this.analyzer = analyzer;
    this.field = field;
    this.query = QueryTerms.of(query, field);
  }

  /**
   * The best two passages of a text with the matched words marked, in text order; the first two
   * sentences when nothing matches; empty for an empty text.
   */
  List<Segment> snippet(String content) {
    String text = content.length() > MAX_LENGTH ? content.substring(0, MAX_LENGTH) : content;
    if (text.isEmpty()) {
      return List.of();
    }
    sentences.setText(text);
    List<Span> matches = query.isEmpty() ? List.of() : matches(text);
    List<Passage> passages = matches.isEmpty() ? leading() : best(text, matches);
    return SnippetFormatter.format(text, passages);
  }

  /** The matches in a text, in order, overlapping ones merged. */
  List<Span> matches(String text) {
    List<Token> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<Span> found = new ArrayList<>();
    for (Token t : tokens) {
      if (query.matchesAlone(t.term())) {
        found.add(new Span(t.start(), t.end()));
      }
    }
    int[] positions = tokens.stream().mapToInt(Token::position).toArray();
    for (QueryTerms.Phrase phrase : query.phrases()) {
      for (Token first : tokens) {
        if (first.term().bytesEquals(phrase.terms()[0])) {
          Span span = phraseAt(phrase, first, tokens, positions);
          if (span != null) {
            found.add(span);
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> merged = new ArrayList<>();
    for (Span s : found) {
      Span last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && s.start() < last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  /** The words of a text that may take part in a match, with their positions and offsets. */
  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        BytesRef bytes = term.getBytesRef();
        if (query.mayMatch(bytes)) {
          tokens.add(new Token(BytesRef.deepCopyOf(bytes), position, offset.startOffset(), offset.endOffset()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze a text held in memory", e); // a String reader does not fail
    }
    return tokens;
  }

  /** The span of a phrase whose first word is {@code first}, or null when the phrase is not there. */
  private static Span phraseAt(QueryTerms.Phrase phrase, Token first, List<Token> tokens, int[] positions) {
    int start = first.start();
    int end = first.end();
    int[] relative = phrase.positions();
    for (int k = 1; k < phrase.terms().length; k++) {
      int expected = first.position() + relative[k] - relative[0];
      Token found = null;
      int i = lowerBound(positions, expected - phrase.slop());
      for (; i < tokens.size() && positions[i] <= expected + phrase.slop(); i++) {
        if (tokens.get(i) != first && tokens.get(i).term().bytesEquals(phrase.terms()[k])) {
          found = tokens.get(i);
          break;
        }
      }
      if (found == null) {
        return null;
      }
      start = Math.min(start, found.start());
      end = Math.max(end, found.end());
    }
    return new Span(start, end);
  }

  private static int lowerBound(int[] sorted, int key) {
    int i = Arrays.binarySearch(sorted, key);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted[i - 1] == key) {
      i--;
    }
    return i;
  }

  /** The first sentences, unmarked: what a hit shows when the text itself did not match. */
  private List<Passage> leading() {
    List<Passage> out = new ArrayList<>();
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE && out.size() < PASSAGES; end = sentences.next()) {
      out.add(new Passage(start, end, List.of()));
      start = end;
    }
    return out;
  }

  /** The best-scoring sentences holding matches, in text order. */
  private List<Passage> best(String text, List<Span> matches) {
    List<Passage> passages = new ArrayList<>();
    int start = -1;
    int end = -1;
    List<Span> in = new ArrayList<>();
    for (Span m : matches) {
      if (m.start() >= end) {
        if (!in.isEmpty()) {
          passages.add(new Passage(start, end, List.copyOf(in)));
          in.clear();
        }
        start = sentences.preceding(m.start() + 1);
      }
      if (m.end() > end) { // a sentence iterator's moves are slow: one per passage, not per match
        end = sentences.following(m.end() - 1);
      }
      in.add(m);
    }
    passages.add(new Passage(start, end, List.copyOf(in)));
    if (passages.size() > PASSAGES) {
      Map<Passage, Float> scores = new HashMap<>();
      for (Passage p : passages) {
        scores.put(p, score(text, p));
      }
      passages = new ArrayList<>(passages.stream()
          .sorted(Comparator.comparing((Passage p) -> scores.get(p)).reversed().thenComparingInt(Passage::start))
          .limit(PASSAGES)
          .toList());
      passages.sort(Comparator.comparingInt(Passage::start));
    }
    return passages;
  }

  /**
   * BM25 over the passage, as Lucene's passage scorer does: each distinct matched word counts
   * with diminishing returns for repeats, and shorter passages are preferred.
   */
  private static float score(String text, Passage p) {
    Map<String, Integer> freqs = new HashMap<>();
    for (Span m : p.matches()) {
      freqs.merge(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    float k1 = 1.2f;
    float b = 0.75f;
    float pivot = 87f;
    float norm = k1 * ((1 - b) + b * ((p.end() - p.start()) / pivot));
    float score = 0;
    for (int tf : freqs.values()) {
      score += tf * (k1 + 1) / (tf + norm);
    }
    return score;
  }
}
