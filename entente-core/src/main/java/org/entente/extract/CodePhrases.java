package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The phrases of a code list ({@code areas.yaml}, {@code commodities.yaml}), longest first, with
 * the lookup that finds the codes named in a range of a text. A lower-case phrase is looked up by
 * the hash of its first word at each word of the range (the document's {@link WordIndex}), so the
 * cost grows with the words of the range and not with the length of the list; acronyms, matched
 * as written, are searched for one by one. Immutable.
 */
final class CodePhrases {

  /** One phrase of a code list; an acronym (IT, AI) matches only in capitals. */
  record CodePhrase(String phrase, String code, boolean acronym) {}

  /** The phrases in the order they are tried: longest first. */
  private final List<CodePhrase> phrases;
  /** Of the lower-case phrases, their indexes in {@link #phrases} by the hash of the first word. */
  private final LongTable<Integer> byFirstWord;
  /** The indexes of the phrases searched for one by one: acronyms, and any not starting a word. */
  private final int[] searched;

  CodePhrases(List<CodePhrase> longestFirst) {
    this.phrases = List.copyOf(longestFirst);
    Map<Long, List<Integer>> byWord = new HashMap<>();
    List<Integer> bySearch = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      CodePhrase p = phrases.get(i);
      int first = Phrases.firstWordLength(p.phrase());
      if (p.acronym() || first == 0) {
        bySearch.add(i);
      } else {
        byWord.computeIfAbsent(WordIndex.hash(p.phrase(), 0, first), k -> new ArrayList<>()).add(i);
      }
    }
    this.byFirstWord = new LongTable<>(byWord);
    this.searched = bySearch.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The codes whose phrases occur in [from, to), longest phrase first, no two overlapping, in
   * text order, each once.
   *
   * @param text the text
   * @param words the words of its lower-cased form
   */
  List<String> in(String text, WordIndex words, int from, int to) {
    String lower = words.lower;
    Objects.checkFromToIndex(from, to, lower.length());
    // every bounded occurrence, as (phrase index, position), in the order the phrases are tried:
    // by phrase (longest first), then by position
    List<long[]> occurrences = new ArrayList<>();
    for (int k = words.firstAtOrAfter(from); k < words.size() && words.starts[k] < to; k++) {
      List<Integer> candidates = byFirstWord.get(words.hash[k]);
      if (candidates == null) {
        continue;
      }
      int i = words.starts[k];
      for (int index : candidates) {
        String phrase = phrases.get(index).phrase();
        int end = i + phrase.length();
        if (end <= to && lower.startsWith(phrase, i) && bounded(lower, i, end)) {
          occurrences.add(new long[] {index, i});
        }
      }
    }
    for (int index : searched) {
      CodePhrase p = phrases.get(index);
      String haystack = p.acronym() ? text : lower;
      for (int i = haystack.indexOf(p.phrase(), from); i >= 0 && i + p.phrase().length() <= to;
          i = haystack.indexOf(p.phrase(), i + 1)) {
        if (bounded(haystack, i, i + p.phrase().length())) {
          occurrences.add(new long[] {index, i});
        }
      }
    }
    occurrences.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    record Found(int start, int end, String code) {}
    List<Found> found = new ArrayList<>();
    for (long[] o : occurrences) {
      CodePhrase p = phrases.get((int) o[0]);
      int i = (int) o[1];
      int end = i + p.phrase().length();
      boolean overlaps = false;
      for (Found f : found) {
        if (f.start() < end && i < f.end() && !(f.start() == i && f.end() == end)) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        found.add(new Found(i, end, p.code()));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<String> codes = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      // "digitalization of the economy": an area in the of-complement of another names its scope, not a second area
      if (k > 0 && ofComplement(lower, found.get(k - 1).end(), found.get(k).start())) {
        continue;
      }
      if (!codes.contains(found.get(k).code())) {
        codes.add(found.get(k).code());
      }
    }
    return codes;
  }

  private static boolean bounded(String haystack, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(haystack.charAt(start - 1)))
        && (end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end)));
  }

  /** Whether [from, to) is a short "of the ..." link between two phrases, with no list punctuation or "and". */
  private static boolean ofComplement(String lower, int from, int to) {
    if (to < from || to - from > 32) {
      return false;
    }
    String gap = lower.substring(from, to);
    return gap.startsWith(" of ") && gap.indexOf(',') < 0 && gap.indexOf(';') < 0 && !gap.contains(" and ");
  }
}
