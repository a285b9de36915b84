package org.entente.text;

/**
 * A stretch of a document's text, as Java {@code char} offsets (UTF-16 units), end exclusive.
 * The fact contract counts code points instead: convert at the boundary with {@link
 * CodePoints}.
 *
 * @param start the first char
 * @param end one past the last char
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Requires {@code 0 <= start <= end}. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Length in chars. */
  public int length() {
    return end - start;
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** True when {@code other} lies within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The covered text. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** By start, then the longer first. */
  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
