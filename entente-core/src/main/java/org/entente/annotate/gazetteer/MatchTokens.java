package org.entente.annotate.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.entente.annotate.Token;
import org.entente.text.Span;

/**
 * The tokens a dictionary is matched against: the document's tokens, except that a hyphenated
 * word the dictionaries do not know as a whole ("Kazakh-Tajik") is split at its hyphens, so that
 * each part can match. Token strings are made only when a lookup needs them: most tokens are
 * rejected by a hash of their lower-case chars (see {@link TokenTrie#longest}).
 */
final class MatchTokens {

  final String text;
  final String lower;
  final List<Span> spans;

  private final long[] hashes;

  private MatchTokens(String text, String lower, List<Span> spans) {
    this.text = text;
    this.lower = lower;
    this.spans = spans;
    this.hashes = new long[spans.size()];
    for (int i = 0; i < hashes.length; i++) {
      Span s = spans.get(i);
      long h = 1125899906842597L;
      for (int k = s.start(); k < s.end(); k++) {
        h = 31 * h + lower.charAt(k);
      }
      hashes[i] = h;
    }
  }

  /** Lower-cases char by char, so that offsets stay those of the text. */
  static String lowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  static MatchTokens of(String text, List<Token> tokens, Predicate<String> knownWhole) {
    String lower = lowerCase(text);
    List<Span> spans = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Span span = t.span();
      if (t.kind() == Token.Kind.WORD && hasInnerHyphen(text, span)
          && !knownWhole.test(lower.substring(span.start(), span.end()))) {
        int start = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
          if (i == span.end() || text.charAt(i) == '-') {
            if (i > start) {
              spans.add(new Span(start, i));
            }
            if (i < span.end()) {
              spans.add(new Span(i, i + 1));
            }
            start = i + 1;
          }
        }
      } else {
        spans.add(span);
      }
    }
    return new MatchTokens(text, lower, spans);
  }

  /** The document's tokens as they are, without splitting. */
  static MatchTokens plain(String text, List<Token> tokens) {
    List<Span> spans = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      spans.add(t.span());
    }
    return new MatchTokens(text, lowerCase(text), spans);
  }

  private static boolean hasInnerHyphen(String text, Span span) {
    for (int i = span.start() + 1; i < span.end(); i++) {
      if (text.charAt(i) == '-') {
        return true;
      }
    }
    return false;
  }

  int size() {
    return spans.size();
  }

  String string(int i) {
    Span s = spans.get(i);
    return text.substring(s.start(), s.end());
  }

  /** The token strings, made on demand. */
  List<String> strings() {
    return new java.util.AbstractList<>() {
      @Override
      public String get(int i) {
        return string(i);
      }

      @Override
      public int size() {
        return spans.size();
      }
    };
  }

  String lower(int i) {
    Span s = spans.get(i);
    return lower.substring(s.start(), s.end());
  }

  /** A hash of token {@code i}'s lower-case chars, equal to {@link TokenTrie#hash(String)}. */
  long hash(int i) {
    return hashes[i];
  }

  Span span(int from, int to) {
    return new Span(spans.get(from).start(), spans.get(to - 1).end());
  }
}
