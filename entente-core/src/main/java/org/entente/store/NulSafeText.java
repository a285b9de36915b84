package org.entente.store;

/**
 * Text as PostgreSQL can store it. PostgreSQL's text types refuse U+0000, which a decoded
 * document may hold; so on PostgreSQL a NUL is written as U+FFFF '0' and a U+FFFF (a noncharacter,
 * next to never met) as U+FFFF 'F', and read back exactly. H2 stores text as it is.
 */
enum NulSafeText {
  /** The text as it is (H2). */
  AS_IS,
  /** NUL escaped (PostgreSQL). */
  ESCAPED;

  private static final char ESCAPE = '\uFFFF';

  String encode(String s) {
    if (this == AS_IS || s == null || (s.indexOf('\0') < 0 && s.indexOf(ESCAPE) < 0)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        out.append(ESCAPE).append('0');
      } else if (c == ESCAPE) {
        out.append(ESCAPE).append('F');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  String decode(String s) {
    if (this == AS_IS || s == null || s.indexOf(ESCAPE) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ESCAPE && i + 1 < s.length()) {
        out.append(s.charAt(++i) == '0' ? '\0' : ESCAPE);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
