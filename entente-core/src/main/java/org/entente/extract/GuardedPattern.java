package org.entente.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the literals one of which every match contains: most sentences
 * contain none, and {@link String#contains} rejects them far faster than the regex engine, which
 * tries its alternatives at every position. The literals must be a true necessary condition;
 * the regex decides the rest.
 *
 * @param pattern the expression
 * @param literals at least one of them occurs in every match
 */
record GuardedPattern(Pattern pattern, List<String> literals) {

  static GuardedPattern of(String regex, String... literals) {
    return new GuardedPattern(Pattern.compile(regex), List.of(literals));
  }

  /** True when the expression occurs in {@code s}. */
  boolean find(String s) {
    return mayOccur(s) && pattern.matcher(s).find();
  }

  /** A matcher that has found the first occurrence in {@code s}, or null when there is none. */
  Matcher first(String s) {
    if (!mayOccur(s)) {
      return null;
    }
    Matcher m = pattern.matcher(s);
    return m.find() ? m : null;
  }

  private boolean mayOccur(String s) {
    for (String literal : literals) {
      if (s.contains(literal)) {
        return true;
      }
    }
    return false;
  }
}
