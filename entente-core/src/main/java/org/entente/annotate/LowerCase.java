package org.entente.annotate;

import java.util.List;
import java.util.Objects;
import org.entente.text.Span;

/**
 * The document's text in lower case, char for char, with each token's lower-case chars hashed:
 * made once per document (the {@link Layers#LOWER_CASE} layer) so that every later stage and the
 * extractors match words case-insensitively without lower-casing the text again or making a
 * string per token. Token {@code i} here is token {@code i} of the {@link Layers#TOKENS} layer.
 * Immutable.
 */
public final class LowerCase implements Annotation {

  private final Span span;
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;

  private LowerCase(String text, int[] starts, int[] ends, long[] hashes) {
    this.span = new Span(0, text.length());
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
  }

  /**
   * The view of a text and its tokens.
   *
   * @param text the document's text
   * @param tokens its tokens, in text order
   */
  public static LowerCase of(String text, List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    String lower = fold(text);
    int n = tokens.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      Span s = tokens.get(i).span();
      starts[i] = s.start();
      ends[i] = s.end();
      hashes[i] = hash(lower, s.start(), s.end());
    }
    return new LowerCase(lower, starts, ends, hashes);
  }

  /** The view the document's {@link Layers#LOWER_CASE} layer holds. */
  public static LowerCase of(AnnotatedDocument doc) {
    return doc.get(Layers.LOWER_CASE).get(0);
  }

  /**
   * Lower-cases char by char ({@link Character#toLowerCase(char)}), so that offsets stay those of
   * the text, which {@link String#toLowerCase} does not promise.
   */
  public static String fold(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && Character.toLowerCase(text.charAt(i)) == text.charAt(i)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (; i < n; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      } else if (c >= 128) {
        chars[i] = Character.toLowerCase(c);
      }
    }
    return new String(chars);
  }

  /**
   * The hash every word lookup shares, of the chars {@code [from, to)}: a polynomial hash, equal
   * for equal char sequences.
   */
  public static long hash(CharSequence s, int from, int to) {
    long h = 1125899906842597L;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /** The whole text. */
  @Override
  public Span span() {
    return span;
  }

  /** The text in lower case; same length and offsets as the text. */
  public String text() {
    return text;
  }

  /** How many tokens. */
  public int size() {
    return starts.length;
  }

  /** Where token {@code i} starts. */
  public int start(int i) {
    return starts[i];
  }

  /** Where token {@code i} ends. */
  public int end(int i) {
    return ends[i];
  }

  /** The {@link #hash} of token {@code i}'s lower-case chars. */
  public long hash(int i) {
    return hashes[i];
  }

  /** Token {@code i} in lower case, as a new string. */
  public String token(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** True when token {@code i} in lower case is {@code word}. */
  public boolean tokenIs(int i, String word) {
    return ends[i] - starts[i] == word.length() && text.startsWith(word, starts[i]);
  }

  @Override
  public String toString() {
    return "LowerCase" + span + " of " + starts.length + " tokens";
  }
}
