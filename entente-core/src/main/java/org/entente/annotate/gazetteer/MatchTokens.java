package org.entente.annotate.gazetteer;

import java.util.List;
import java.util.function.Predicate;
import org.entente.annotate.LowerCase;
import org.entente.annotate.Token;
import org.entente.text.Span;

/**
 * The tokens a dictionary is matched against: the document's tokens, except that a hyphenated
 * word the dictionaries do not know as a whole ("Kazakh-Tajik") is split at its hyphens, so that
 * each part can match. Built on the document's {@link LowerCase} view: token strings are made
 * only when a lookup needs them, and most tokens are rejected by the hash of their lower-case
 * chars (see {@link TokenTrie#longest}).
 */
final class MatchTokens {

  final String text;
  final String lower;

  /** The document's tokens, when none is split: then the arrays below are null. */
  private final LowerCase view;
  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;
  private final int size;

  private MatchTokens(String text, LowerCase view) {
    this.text = text;
    this.lower = view.text();
    this.view = view;
    this.starts = null;
    this.ends = null;
    this.hashes = null;
    this.size = view.size();
  }

  private MatchTokens(String text, String lower, int[] starts, int[] ends, long[] hashes, int size) {
    this.text = text;
    this.lower = lower;
    this.view = null;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    this.size = size;
  }

  static MatchTokens of(String text, LowerCase view, List<Token> tokens, Predicate<String> knownWhole) {
    // the words to split are found from the text's hyphens: most texts have few or none
    java.util.BitSet split = new java.util.BitSet();
    for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
      int t = tokenAround(view, h);
      if (t >= 0 && !split.get(t) && view.start(t) < h && h < view.end(t)
          && tokens.get(t).kind() == Token.Kind.WORD && !knownWhole.test(view.token(t))) {
        split.set(t);
      }
    }
    if (split.isEmpty()) {
      return new MatchTokens(text, view);
    }
    String lower = view.text();
    int n = view.size();
    int capacity = n + 8;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    long[] hashes = new long[capacity];
    int k = 0;
    for (int t = 0; t < n; t++) {
      int start = view.start(t);
      int end = view.end(t);
      if (split.get(t)) {
        int from = start;
        for (int i = start; i <= end; i++) {
          if (i == end || text.charAt(i) == '-') {
            int parts = (i > from ? 1 : 0) + (i < end ? 1 : 0);
            if (k + parts > starts.length) {
              int grown = starts.length * 2 + parts;
              starts = java.util.Arrays.copyOf(starts, grown);
              ends = java.util.Arrays.copyOf(ends, grown);
              hashes = java.util.Arrays.copyOf(hashes, grown);
            }
            if (i > from) {
              starts[k] = from;
              ends[k] = i;
              hashes[k] = LowerCase.hash(lower, from, i);
              k++;
            }
            if (i < end) {
              starts[k] = i;
              ends[k] = i + 1;
              hashes[k] = LowerCase.hash(lower, i, i + 1);
              k++;
            }
            from = i + 1;
          }
        }
      } else {
        if (k == starts.length) {
          int grown = starts.length * 2 + 1;
          starts = java.util.Arrays.copyOf(starts, grown);
          ends = java.util.Arrays.copyOf(ends, grown);
          hashes = java.util.Arrays.copyOf(hashes, grown);
        }
        starts[k] = start;
        ends[k] = end;
        hashes[k] = view.hash(t);
        k++;
      }
    }
    return new MatchTokens(text, lower, starts, ends, hashes, k);
  }

  /** The document's tokens as they are, without splitting. */
  static MatchTokens plain(String text, LowerCase view) {
    return new MatchTokens(text, view);
  }

  /** The token whose chars include {@code offset}, or -1. */
  private static int tokenAround(LowerCase view, int offset) {
    int lo = 0;
    int hi = view.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (view.end(mid) <= offset) {
        lo = mid + 1;
      } else if (view.start(mid) > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return view != null ? view.start(i) : starts[i];
  }

  int end(int i) {
    return view != null ? view.end(i) : ends[i];
  }

  String string(int i) {
    return text.substring(start(i), end(i));
  }

  /** True when token {@code i} is {@code s} as written. */
  boolean is(int i, String s) {
    return end(i) - start(i) == s.length() && text.startsWith(s, start(i));
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
        return size;
      }
    };
  }

  String lower(int i) {
    return lower.substring(start(i), end(i));
  }

  /** A hash of token {@code i}'s lower-case chars, equal to {@link TokenTrie#hash(String)}. */
  long hash(int i) {
    return view != null ? view.hash(i) : hashes[i];
  }

  Span span(int i) {
    return new Span(start(i), end(i));
  }

  Span span(int from, int to) {
    return new Span(start(from), end(to - 1));
  }
}
