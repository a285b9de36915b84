package org.entente.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the literals one of which every match contains, and how far before
 * such a literal a match can start: most sentences contain none of the literals, and {@link
 * String#indexOf} rejects them far faster than the regex engine, which tries its alternatives at
 * every position; in the others the engine starts looking only that far before the first
 * literal. The literals and the lead must be a true necessary condition; the regex decides the
 * rest, so the matches are those of the regex alone.
 *
 * @param pattern the expression
 * @param lead the most chars a match can have before the literal it contains
 * @param literals at least one of them occurs in every match
 */
record GuardedPattern(Pattern pattern, int lead, List<String> literals) {

  static GuardedPattern of(String regex, int lead, String... literals) {
    return new GuardedPattern(Pattern.compile(regex), lead, List.of(literals));
  }

  /** True when the expression occurs in {@code s}. */
  boolean find(String s) {
    return first(s) != null;
  }

  /** A matcher that has found the first occurrence in {@code s}, or null when there is none. */
  Matcher first(String s) {
    int at = -1;
    for (String literal : literals) {
      int i = s.indexOf(literal);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    if (at < 0) {
      return null;
    }
    Matcher m = pattern.matcher(s);
    return m.find(Math.max(0, at - lead)) ? m : null;
  }
}
