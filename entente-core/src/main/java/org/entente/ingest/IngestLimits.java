package org.entente.ingest;

/**
 * Bounds on what one input may cost.
 *
 * @param maxBytes the largest file (or JSON Lines record) accepted, in bytes
 */
public record IngestLimits(long maxBytes) {

  /** The default: 50 MB. */
  public static final IngestLimits DEFAULT = new IngestLimits(50L * 1024 * 1024);

  /** Refuses a non-positive limit. */
  public IngestLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  /**
   * Parses a size such as {@code 50MB}, {@code 512k}, {@code 2GB} or a plain number of bytes.
   *
   * @throws IllegalArgumentException when the text is not such a size
   */
  public static IngestLimits parse(String size) {
    String s = size.strip().toUpperCase(java.util.Locale.ROOT);
    long unit = 1;
    String digits = s;
    for (String[] suffix :
        new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"G", "1073741824"},
          {"M", "1048576"}, {"K", "1024"}, {"B", "1"}}) {
      if (s.endsWith(suffix[0])) {
        unit = Long.parseLong(suffix[1]);
        digits = s.substring(0, s.length() - suffix[0].length()).strip();
        break;
      }
    }
    try {
      return new IngestLimits(Math.multiplyExact(Long.parseLong(digits), unit));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "expected a size such as 50MB, 512KB or 1000000, found '" + size + "'", e);
    }
  }

  /** The limit, readably. */
  public String describe() {
    return Sizes.human(maxBytes);
  }
}
