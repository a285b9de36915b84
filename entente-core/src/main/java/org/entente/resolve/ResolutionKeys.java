package org.entente.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The resolution key of a claim: claims of different keys can never be grouped into one entity,
 * so a block can be resolved one key at a time. A key may hold claims that never group (it only
 * has to keep together the claims that may); it is null for the families whose grouping needs
 * the whole block (agreements and bodies compare titles and names, not keys).
 *
 * <p>Each family's key follows the predicate that groups its claims in {@link Resolver}:
 *
 * <ul>
 *   <li>visits and talks: the visitor and host (or the participants), compared exactly;
 *   <li>trade volumes: the year measured ({@code undated} for figures without one, which stay
 *       apart anyway);
 *   <li>other families with key arguments: each key argument case-folded, as {@code
 *       equalsIgnoreCase} compares them, every number (and every string that may be the text of a
 *       number) as {@code #}, because numbers group within 1 % of each other;
 *   <li>other families: one key for the whole block.
 * </ul>
 */
final class ResolutionKeys {

  /** The families resolved across the whole block. */
  static final Set<String> WHOLE_BLOCK = Set.of("agreement", "institution");

  /**
   * What {@code String.valueOf} of any {@link Number} looks like once case-folded: a claim's
   * string equal to it, ignoring case, is compared as that number's text would be.
   */
  private static final Pattern NUMBER_TEXT =
      Pattern.compile("[-+]?(nan|infinity|[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?)");

  private ResolutionKeys() {}

  /** The key of a claim of this family, or null when the family resolves the whole block. */
  static String of(String family, Claim c) {
    if (WHOLE_BLOCK.contains(family)) {
      return null;
    }
    return switch (family) {
      case "visit" -> visitKey(c);
      case "talks" -> talksKey(c);
      case "trade_volume" -> c.start() == null ? "undated" : c.start().substring(0, 4);
      default -> argumentsKey(c, Resolver.keysOf(family));
    };
  }

  /** The part of a claim as stored: a short digest of its key, or {@code all} for the block. */
  static String part(String family, Claim c) {
    String key = of(family, c);
    if (key == null) {
      return "all";
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      // 64 bits: two keys sharing a digest only resolve in one part, which stays correct.
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static String visitKey(Claim c) {
    return c.text("visitor") + "|" + c.text("host_country");
  }

  static String talksKey(Claim c) {
    return String.join(",", c.list("participants"));
  }

  /** Equal for any two claims whose key arguments {@code Resolver.sameKey} finds the same. */
  static String argumentsKey(Claim c, List<String> keys) {
    if (keys.isEmpty()) {
      return ""; // compared by all their arguments as a map: no key short of the whole block
    }
    StringBuilder b = new StringBuilder();
    Map<String, Object> args = c.args();
    for (String k : keys) {
      Object v = args.get(k);
      String folded = fold(String.valueOf(v));
      b.append(v instanceof Number || NUMBER_TEXT.matcher(folded).matches() ? "#" : folded).append('\u001f');
    }
    return b.toString();
  }

  /**
   * Case-folds as {@code equalsIgnoreCase} compares: two strings it finds equal fold to one
   * string (it compares code points by upper case, then by the lower case of the upper case).
   */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return b.toString();
  }
}
