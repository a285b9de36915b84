package org.entente.annotate.amount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word forms ("U.S. dollars", "more than", "per cent") matched at a position of a text,
 * forwards or backwards, longest form first. A space in a form matches any run of whitespace in
 * the text (one line break at most); a form that begins or ends with a letter or digit must not
 * touch another one in the text, so "m" does not match the start of "more".
 *
 * <p>Only consulted next to a number, which is rare in running text: a map keyed by one
 * character is fast enough there.
 *
 * @param <V> what a form maps to
 */
final class PhraseTable<V> {

  /**
   * A form found in a text.
   *
   * @param start its first char
   * @param end one past its last char
   * @param value what it maps to
   */
  record Match<V>(int start, int end, V value) {}

  private record Form<V>(String text, V value, boolean exactCase) {}

  private final Index<V> byFirst = new Index<>();
  private final Index<V> byLast = new Index<>();

  /** Forms by a lower-case char: an array for ASCII (every lookup of a number's neighbours), a map beyond. */
  private static final class Index<V> {
    @SuppressWarnings("unchecked")
    private final List<Form<V>>[] ascii = new List[128];
    private final Map<Character, List<Form<V>>> other = new HashMap<>();

    List<Form<V>> get(char c) {
      return c < 128 ? ascii[c] : other.get(c);
    }

    List<Form<V>> getOrAdd(char c) {
      if (c < 128) {
        if (ascii[c] == null) {
          ascii[c] = new ArrayList<>();
        }
        return ascii[c];
      }
      return other.computeIfAbsent(c, k -> new ArrayList<>());
    }
  }

  /** Adds a form; {@code exactCase} for forms that mean something only as written (USD, May). */
  PhraseTable<V> add(String form, V value, boolean exactCase) {
    if (form.isEmpty() || form.startsWith(" ") || form.endsWith(" ")) {
      throw new IllegalArgumentException("bad form '" + form + "'");
    }
    Form<V> f = new Form<>(form, value, exactCase);
    insert(byFirst, Character.toLowerCase(form.charAt(0)), f);
    insert(byLast, Character.toLowerCase(form.charAt(form.length() - 1)), f);
    return this;
  }

  private static <V> void insert(Index<V> index, char key, Form<V> f) {
    List<Form<V>> list = index.getOrAdd(key);
    list.add(f);
    // Longest first, so that "no more than" is tried before "more than"; then by text, so that
    // the order never depends on the order of the file.
    list.sort(
        Comparator.comparingInt((Form<V> g) -> -g.text().length()).thenComparing(Form::text));
  }

  /** The longest form that starts at {@code pos}, or {@code null}. */
  Match<V> matchAt(String text, int pos) {
    if (pos >= text.length()) {
      return null;
    }
    List<Form<V>> forms = byFirst.get(Character.toLowerCase(text.charAt(pos)));
    if (forms == null) {
      return null;
    }
    for (Form<V> f : forms) {
      int end = forwardEnd(f, text, pos);
      if (end >= 0) {
        return new Match<>(pos, end, f.value());
      }
    }
    return null;
  }

  /** The longest form that ends at {@code end} (exclusive), or {@code null}. */
  Match<V> matchEndingAt(String text, int end) {
    if (end <= 0 || end > text.length()) {
      return null;
    }
    List<Form<V>> forms = byLast.get(Character.toLowerCase(text.charAt(end - 1)));
    if (forms == null) {
      return null;
    }
    for (Form<V> f : forms) {
      int start = backwardStart(f, text, end);
      if (start >= 0) {
        return new Match<>(start, end, f.value());
      }
    }
    return null;
  }

  private static int forwardEnd(Form<?> f, String text, int pos) {
    String form = f.text();
    int i = pos;
    for (int k = 0; k < form.length(); k++) {
      char fc = form.charAt(k);
      if (fc == ' ') {
        int j = Chars.skipSpace(text, i);
        if (j == i) {
          return -1;
        }
        i = j;
      } else if (i < text.length() && same(fc, text.charAt(i), f.exactCase())) {
        i++;
      } else {
        return -1;
      }
    }
    boolean wordLike = Chars.isWordChar(form.charAt(form.length() - 1));
    return wordLike && i < text.length() && Chars.isWordChar(text.charAt(i)) ? -1 : i;
  }

  private static int backwardStart(Form<?> f, String text, int end) {
    String form = f.text();
    int i = end;
    for (int k = form.length() - 1; k >= 0; k--) {
      char fc = form.charAt(k);
      if (fc == ' ') {
        int j = Chars.skipSpaceBack(text, i);
        if (j == i) {
          return -1;
        }
        i = j;
      } else if (i > 0 && same(fc, text.charAt(i - 1), f.exactCase())) {
        i--;
      } else {
        return -1;
      }
    }
    // Also for signs: "ZW$" is not "$", and the dollar of an unknown "ZW$" is not the US one.
    return i > 0 && Chars.isWordChar(text.charAt(i - 1)) ? -1 : i;
  }

  private static boolean same(char formChar, char textChar, boolean exactCase) {
    if (formChar == textChar) {
      return true;
    }
    if (exactCase) {
      return false;
    }
    if (formChar == '\'' && textChar == '\u2019') {
      return true;
    }
    return Character.toLowerCase(formChar) == Character.toLowerCase(textChar);
  }
}
