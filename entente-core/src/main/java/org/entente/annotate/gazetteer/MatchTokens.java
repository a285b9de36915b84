package org.entente.annotate.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.entente.annotate.Token;
import org.entente.text.Span;

/**
 * The tokens a dictionary is matched against: the document's tokens, except that a hyphenated
 * word the dictionaries do not know as a whole ("Kazakh-Tajik") is split at its hyphens, so that
 * each part can match.
 */
final class MatchTokens {

  final List<String> strings;
  final List<String> lower;
  final List<Span> spans;

  private MatchTokens(List<String> strings, List<Span> spans) {
    this.strings = strings;
    this.spans = spans;
    List<String> lowered = new ArrayList<>(strings.size());
    for (String s : strings) {
      lowered.add(s.toLowerCase(Locale.ROOT));
    }
    this.lower = lowered;
  }

  /** The document's tokens as they are, without splitting. */
  static MatchTokens plain(String text, List<Token> tokens) {
    return of(text, tokens, s -> true);
  }

  static MatchTokens of(String text, List<Token> tokens, Predicate<String> knownWhole) {
    List<String> strings = new ArrayList<>(tokens.size());
    List<Span> spans = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String s = t.span().of(text);
      if (t.kind() == Token.Kind.WORD && s.indexOf('-') > 0 && !knownWhole.test(s.toLowerCase(Locale.ROOT))) {
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
          if (i == s.length() || s.charAt(i) == '-') {
            if (i > start) {
              strings.add(s.substring(start, i));
              spans.add(new Span(t.span().start() + start, t.span().start() + i));
            }
            if (i < s.length()) {
              strings.add("-");
              spans.add(new Span(t.span().start() + i, t.span().start() + i + 1));
            }
            start = i + 1;
          }
        }
      } else {
        strings.add(s);
        spans.add(t.span());
      }
    }
    return new MatchTokens(strings, spans);
  }

  int size() {
    return strings.size();
  }

  Span span(int from, int to) {
    return new Span(spans.get(from).start(), spans.get(to - 1).end());
  }
}
