package org.entente.annotate.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.annotate.LowerCase;

/**
 * Phrases as token sequences in a trie keyed by lower-cased token, for longest-match lookup in
 * time linear in the tokens tried, however large the dictionary. Case is checked per phrase when
 * a node is reached (see {@link #caseMatches}).
 *
 * @param <V> what a phrase stands for
 */
final class TokenTrie<V> {

  private static final class Node<V> {
    final Map<String, Node<V>> children = new HashMap<>(4);
    final List<Phrase<V>> phrases = new ArrayList<>(1);
    /**
     * The children in an open-addressing table by the hash of their lower-case token (a power of
     * two in size, at most half full); set by {@link #freeze}.
     */
    long[] keys;
    String[] words;
    Node<V>[] nodes;
    int mask;
    /**
     * For a node with more than a few children (a root), one bit per hash of a child's token in a
     * table small enough to stay in cache: most tokens of a text start no phrase, and are rejected
     * here without a look into the table of children. Null for a small node.
     */
    long[] filter;
    int filterMask;

    /** The child for the lower-case chars {@code [start, end)} of {@code lower}, or null. */
    Node<V> child(long hash, String lower, int start, int end) {
      if (filter != null) {
        int bit = filterBit(hash, filterMask);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
          return null;
        }
      }
      String[] w = words;
      for (int i = slot(hash, mask); w[i] != null; i = (i + 1) & mask) {
        if (keys[i] == hash && w[i].length() == end - start && lower.startsWith(w[i], start)) {
          return nodes[i];
        }
      }
      return null;
    }

    /** A node with more children than this has a {@link #filter}. */
    private static final int FILTERED_CHILDREN = 8;

    private static int filterBit(long hash, int mask) {
      return (int) ((hash * 0xC2B2AE3D27D4EB4FL) >>> 32) & mask;
    }

    private static int slot(long hash, int mask) {
      return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    @SuppressWarnings("unchecked")
    void freeze() {
      int capacity = Integer.highestOneBit(Math.max(2, children.size() * 2 + 1)) << 1;
      keys = new long[capacity];
      words = new String[capacity];
      nodes = new Node[capacity];
      mask = capacity - 1;
      if (children.size() > FILTERED_CHILDREN) {
        int bits = Integer.highestOneBit(children.size() * 16 - 1) << 1;
        filter = new long[bits / 64];
        filterMask = bits - 1;
      }
      for (Map.Entry<String, Node<V>> e : children.entrySet()) {
        long h = hash(e.getKey());
        if (filter != null) {
          int bit = filterBit(h, filterMask);
          filter[bit >>> 6] |= 1L << bit;
        }
        int i = slot(h, mask);
        while (words[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = h;
        words[i] = e.getKey();
        nodes[i] = e.getValue();
        e.getValue().freeze();
      }
    }
  }

  private record Phrase<V>(List<String> tokens, V value) {}

  /**
   * A match: the tokens {@code [start, end)} and every value whose phrase matched there.
   *
   * @param start first token
   * @param end one past the last token
   * @param values the matching values, in insertion order
   */
  record Match<V>(int start, int end, List<V> values) {}

  private final Node<V> root = new Node<>();
  /** True once every node has its sorted child arrays: phrases are all added before that. */
  private volatile boolean frozen;
  private int size;

  /** The hash {@link MatchTokens#hash} computes, for a lower-case token. */
  static long hash(String lowerToken) {
    return LowerCase.hash(lowerToken, 0, lowerToken.length());
  }

  /** Adds a phrase, as the tokens it is written with. */
  void add(List<String> tokens, V value) {
    if (tokens.isEmpty()) {
      return;
    }
    if (frozen) {
      throw new IllegalStateException("phrases are added before the first lookup");
    }
    Node<V> node = root;
    for (String t : tokens) {
      node = node.children.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node<>());
    }
    node.phrases.add(new Phrase<>(List.copyOf(tokens), value));
    size++;
  }

  int size() {
    return size;
  }

  private synchronized void freeze() {
    if (!frozen) {
      root.freeze();
      frozen = true;
    }
  }

  /**
   * The longest match starting at token {@code from}, or {@code null}. Tokens are looked up by
   * the hash of their lower-case chars, without making a string.
   */
  Match<V> longest(MatchTokens tokens, int from) {
    if (!frozen) {
      // phrases are all added while the annotator is built; the first lookup freezes them
      freeze();
    }
    Node<V> node = root;
    Match<V> best = null;
    String lower = tokens.lower;
    for (int i = from; i < tokens.size(); i++) {
      node = node.child(tokens.hash(i), lower, tokens.start(i), tokens.end(i));
      if (node == null) {
        break;
      }
      if (!node.phrases.isEmpty()) {
        List<V> values = new ArrayList<>(1);
        for (Phrase<V> p : node.phrases) {
          if (caseMatches(p.tokens(), tokens, from)) {
            values.add(p.value());
          }
        }
        if (!values.isEmpty()) {
          best = new Match<>(from, i + 1, values);
        }
      }
    }
    return best;
  }

  /**
   * A long name is recognized by its first word as written: texts often lower-case the rest
   * ("Organization for Security and cooperation in Europe"). Acronyms always match as written.
   */
  private static boolean caseMatches(List<String> phrase, MatchTokens text, int from) {
    for (int k = 0; k < phrase.size(); k++) {
      String entry = phrase.get(k);
      if (k > 0 && phrase.size() >= 3 && !isAcronym(entry)) {
        continue;
      }
      if (!caseMatches(entry, text.string(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(String entry) {
    boolean upper = false;
    for (int i = 0; i < entry.length(); i++) {
      if (Character.isLowerCase(entry.charAt(i))) {
        return false;
      }
      upper |= Character.isUpperCase(entry.charAt(i));
    }
    return upper;
  }

  /**
   * Acronyms (all capitals, or dotted) match only as written; capitalized words match as written
   * or in all capitals (headlines, datelines); lower-case words match in any case.
   */
  static boolean caseMatches(String entry, String text) {
    if (entry.equals(text)) {
      return true;
    }
    boolean hasUpper = false;
    boolean hasLower = false;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      hasUpper |= Character.isUpperCase(c);
      hasLower |= Character.isLowerCase(c);
    }
    if (!hasUpper) {
      return true;
    }
    if (!hasLower) {
      return false; // an acronym
    }
    if (!entry.equalsIgnoreCase(text)) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return text.length() > 1;
  }
}
