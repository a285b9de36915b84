package org.entente.annotate.sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotator;
import org.entente.annotate.Layer;
import org.entente.annotate.LayerSink;
import org.entente.annotate.Layers;
import org.entente.annotate.ResourceLines;
import org.entente.annotate.Sentence;
import org.entente.annotate.Token;
import org.entente.text.Span;

/**
 * Splits tokens into sentences. A sentence ends:
 *
 * <ul>
 *   <li>at a blank line (paragraphs, headings followed by a blank line);
 *   <li>at a line break after final punctuation, before a list item, or after a short line
 *       without final punctuation followed by a capital (a heading);
 *   <li>after {@code . ! ? …} (and any closing quotes or brackets) followed by a capital, a
 *       digit, an opening quote or the end, unless the dot closes an abbreviation from {@code
 *       abbreviations.txt} or an initial.
 * </ul>
 *
 * List markers at the start of a line ({@code 1.}, {@code 2)}, {@code (3)}, {@code a)}, {@code
 * -}, {@code •}) are kept as the sentence's marker, outside its span.
 */
public final class SentenceSplitter implements Annotator {

  /** A line this short without final punctuation, followed by a capital, is a heading. */
  private static final int HEADING_MAX = 80;

  private final Set<String> abbreviations;
  /** The length of the longest abbreviation: a longer word needs no lookup. */
  private final int longestAbbreviation;

  /** Loads {@code abbreviations.txt}. */
  public SentenceSplitter() {
    Set<String> set = new HashSet<>();
    for (ResourceLines.Line line : ResourceLines.read(SentenceSplitter.class, "abbreviations.txt")) {
      if (line.text().contains(" ")) {
        throw new IllegalStateException(
            "abbreviations.txt:" + line.line() + ": one abbreviation a line, found '" + line.text() + "'");
      }
      set.add(line.text().toLowerCase(Locale.ROOT));
    }
    this.abbreviations = Set.copyOf(set);
    this.longestAbbreviation = set.stream().mapToInt(String::length).max().orElse(0);
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public void annotate(AnnotatedDocument doc, LayerSink out) {
    out.put(Layers.SENTENCES, split(doc.text(), doc.get(Layers.TOKENS)));
  }

  List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int n = tokens.size();
    int first = 0;
    while (first < n) {
      // A list marker opens the sentence when it starts a line.
      String marker = null;
      int markerEnd = markerEnd(text, tokens, first);
      if (markerEnd > first) {
        marker = text.substring(tokens.get(first).span().start(), tokens.get(markerEnd - 1).span().end());
        first = markerEnd;
        if (first >= n) {
          break;
        }
      }
      int last = first;
      while (last + 1 < n && !boundaryAfter(text, tokens, first, last)) {
        last++;
      }
      sentences.add(
          new Sentence(new Span(tokens.get(first).span().start(), tokens.get(last).span().end()), marker));
      first = last + 1;
    }
    return sentences;
  }

  /** True when a sentence ends after token {@code i} (the sentence began at {@code first}). */
  private boolean boundaryAfter(String text, List<Token> tokens, int first, int i) {
    Token here = tokens.get(i);
    Token next = tokens.get(i + 1);
    int newlines = newlines(text, here.span().end(), next.span().start());
    if (newlines >= 2) {
      return true;
    }
    char nextChar = text.charAt(next.span().start());
    if (newlines == 1) {
      if (endsSentence(text, tokens, first, i) || text.charAt(here.span().end() - 1) == ':'
          || text.charAt(here.span().end() - 1) == ';') {
        return true;
      }
      if (markerEnd(text, tokens, i + 1) > i + 1) {
        return true;
      }
      int lineStart = text.lastIndexOf('\n', here.span().end() - 1) + 1;
      char lastChar = text.charAt(here.span().end() - 1);
      return here.span().end() - lineStart <= HEADING_MAX
          && Character.isUpperCase(nextChar)
          && Character.isLetterOrDigit(lastChar)
          && !isClauseLinkWord(text, here);
    }
    if (!endsSentence(text, tokens, first, i)) {
      return false;
    }
    if (next.span().start() == here.span().end()) {
      return false; // "3.5", ".com": no space, no boundary
    }
    return Character.isUpperCase(nextChar)
        || Character.isDigit(nextChar)
        || isOpeningQuote(nextChar)
        || nextChar == '('
        || nextChar == '[';
  }

  /** True when token {@code i} is final punctuation (or a closing quote after it). */
  private boolean endsSentence(String text, List<Token> tokens, int first, int i) {
    int j = i;
    while (j > first && isClosing(text.charAt(tokens.get(j).span().start()))
        && tokens.get(j).span().length() == 1) {
      j--;
    }
    Token t = tokens.get(j);
    if (t.kind() != Token.Kind.PUNCT) {
      return false;
    }
    char c = text.charAt(t.span().start());
    if (c == '!' || c == '?' || c == '\u2026') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    if (j == first) {
      return true;
    }
    Token before = tokens.get(j - 1);
    if (before.span().end() != t.span().start() || before.kind() != Token.Kind.WORD) {
      return true;
    }
    if (before.span().length() > longestAbbreviation) {
      return true;
    }
    String word = before.span().of(text);
    return !abbreviations.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Past the list marker that starts at token {@code i} at the start of a line, else {@code i}. */
  static int markerEnd(String text, List<Token> tokens, int i) {
    if (i >= tokens.size() || !atLineStart(text, tokens.get(i).span().start())) {
      return i;
    }
    Token t = tokens.get(i);
    String s = t.span().of(text);
    if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.NUMBER && s.length() == 1
        && "-\u2013\u2014\u2022*\u00b7\u25aa\u25cf\u2023\u2043>".indexOf(s.charAt(0)) >= 0) {
      return followedBySpace(text, t) ? i + 1 : i;
    }
    // (3) or (a)
    if (s.equals("(") && i + 2 < tokens.size()) {
      String inner = tokens.get(i + 1).span().of(text);
      if (isItemLabel(tokens.get(i + 1), inner) && tokens.get(i + 2).span().of(text).equals(")")) {
        return followedBySpace(text, tokens.get(i + 2)) ? i + 3 : i;
      }
      return i;
    }
    // 3. or 3) or a)
    if (isItemLabel(t, s) && i + 1 < tokens.size()) {
      Token p = tokens.get(i + 1);
      String ps = p.span().of(text);
      if (p.span().start() == t.span().end() && (ps.equals(")") || (ps.equals(".") && t.kind() == Token.Kind.NUMBER))
          && followedBySpace(text, p)) {
        return i + 2;
      }
    }
    return i;
  }

  private static boolean isItemLabel(Token t, String s) {
    return (t.kind() == Token.Kind.NUMBER && s.length() <= 3 && s.chars().allMatch(Character::isDigit))
        || (t.kind() == Token.Kind.WORD && s.length() == 1 && Character.isLowerCase(s.charAt(0)));
  }

  private static boolean followedBySpace(String text, Token t) {
    int end = t.span().end();
    return end < text.length() && Character.isWhitespace(text.charAt(end));
  }

  private static boolean atLineStart(String text, int offset) {
    for (int k = offset - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static int newlines(String text, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        count++;
      }
    }
    return count;
  }

  /** A line ending in "and", "of", "the" continues on the next line. */
  private static boolean isClauseLinkWord(String text, Token t) {
    String w = t.span().of(text).toLowerCase(Locale.ROOT);
    return switch (w) {
      case "and", "or", "of", "the", "a", "an", "to", "in", "on", "for", "with", "by", "at", "from", "between" -> true;
      default -> false;
    };
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == ')' || c == ']';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '\u00ab';
  }
}
