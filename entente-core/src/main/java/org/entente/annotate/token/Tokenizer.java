package org.entente.annotate.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotator;
import org.entente.annotate.Layer;
import org.entente.annotate.LayerSink;
import org.entente.annotate.Layers;
import org.entente.annotate.Token;
import org.entente.text.Span;

/**
 * Splits text into tokens in one pass over its chars.
 *
 * <ul>
 *   <li>Words keep inner hyphens ({@code Kassym-Jomart}, {@code two-day}) and inner apostrophes
 *       ({@code d'Ivoire}); the possessive {@code 's} is a token of its own.
 *   <li>A capital initial keeps its dot ({@code N.}), and so do dotted acronyms ({@code U.S.});
 *       other dots are punctuation, and the sentence splitter decides about abbreviations.
 *   <li>Numbers keep inner separators followed by a digit ({@code 1,000.5}, {@code 01.03.2020});
 *       a hyphen between numbers is punctuation ({@code 2021-2023} is three tokens).
 * </ul>
 */
public final class Tokenizer implements Annotator {

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public void annotate(AnnotatedDocument doc, LayerSink out) {
    out.put(Layers.TOKENS, tokenize(doc.text()));
  }

  /** The tokens of any text; used for dictionary entries too, so that both split alike. */
  public List<Token> tokenize(CharSequence text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isWordChar(text, i) && !Character.isDigit(c)) {
        i = wordEnd(text, i);
        tokens.add(new Token(new Span(start, i), Token.Kind.WORD));
      } else if (Character.isDigit(c)) {
        i = numberEnd(text, i);
        tokens.add(new Token(new Span(start, i), Token.Kind.NUMBER));
      } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))
          && i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i += 2;
        tokens.add(new Token(new Span(start, i), Token.Kind.WORD));
      } else {
        int cp = Character.codePointAt(text, i);
        i += Character.charCount(cp);
        tokens.add(new Token(new Span(start, i), isSymbol(cp) ? Token.Kind.SYMBOL : Token.Kind.PUNCT));
      }
    }
    return tokens;
  }

  private static int wordEnd(CharSequence text, int start) {
    int n = text.length();
    // Dotted acronyms and initials: U.S., U.N., N.
    if (Character.isUpperCase(text.charAt(start)) && start + 1 < n && text.charAt(start + 1) == '.') {
      int j = start;
      while (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
          && (j == start || Character.isUpperCase(text.charAt(j)))) {
        j += 2;
      }
      if (j + 1 >= n || !Character.isLetter(text.charAt(j))) {
        return j;
      }
    }
    int j = start;
    while (true) {
      while (j < n && isWordChar(text, j)) {
        j += text.charAt(j) < 128 ? 1 : Character.charCount(Character.codePointAt(text, j));
      }
      if (j + 1 < n && isHyphen(text.charAt(j)) && Character.isLetterOrDigit(text.charAt(j + 1))) {
        j++;
        continue;
      }
      if (j + 1 < n && isApostrophe(text.charAt(j)) && Character.isLetter(text.charAt(j + 1))) {
        boolean possessive =
            (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                && (j + 2 >= n || !Character.isLetter(text.charAt(j + 2)));
        if (!possessive) {
          j++;
          continue;
        }
      }
      return j;
    }
  }

  private static int numberEnd(CharSequence text, int start) {
    int n = text.length();
    int j = start;
    while (true) {
      while (j < n && Character.isDigit(text.charAt(j))) {
        j++;
      }
      if (j + 1 < n && (text.charAt(j) == '.' || text.charAt(j) == ',')
          && Character.isDigit(text.charAt(j + 1))) {
        j++;
        continue;
      }
      return j;
    }
  }

  private static boolean isWordChar(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c < 128) {
      // no ASCII char is a mark
      int letter = c | 0x20;
      return (letter >= 'a' && letter <= 'z') || (c >= '0' && c <= '9');
    }
    int cp = Character.codePointAt(text, i);
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return type == Character.CURRENCY_SYMBOL
        || type == Character.MATH_SYMBOL
        || type == Character.OTHER_SYMBOL
        || cp == '%'
        || cp == '\u2116'
        || cp == '#'
        || cp == '&';
  }
}
