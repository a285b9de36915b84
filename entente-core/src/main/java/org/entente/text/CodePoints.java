package org.entente.text;

/**
 * Converts char offsets of one text into the code-point offsets of the fact contract. Texts
 * without surrogate pairs (most) convert for free.
 */
public final class CodePoints {

  private final String text;
  private final boolean identity;

  /** A converter for this text. */
  public CodePoints(String text) {
    this.text = text;
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    this.identity = !surrogates;
  }

  /** The code-point offset of char offset {@code charOffset}. */
  public int of(int charOffset) {
    return identity ? charOffset : text.codePointCount(0, charOffset);
  }

  /** The char offset of code-point offset {@code codePointOffset}. */
  public int toChar(int codePointOffset) {
    return identity ? codePointOffset : text.offsetByCodePoints(0, codePointOffset);
  }
}
