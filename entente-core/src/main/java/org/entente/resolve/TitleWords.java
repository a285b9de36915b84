package org.entente.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The identity words of a title or a body's name: lower case, without stop words, words naming
 * the kind of document, names of countries and numbers (but a document's own number, "No. 17",
 * is kept); synonyms folded and plurals made
 * singular, so that "agreement on basic relations" and "Treaty on the Fundamentals of the
 * Relations" give the same words.
 */
final class TitleWords {

  private final ResolveTerms terms;
  private final Set<String> countryWords;

  TitleWords(ResolveTerms terms, Set<String> countryWords) {
    this.terms = terms;
    this.countryWords = Set.copyOf(countryWords);
  }

  List<String> of(String title) {
    Set<String> out = new TreeSet<>();
    String[] words = title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (NUMBER_SIGNS.contains(w) && i + 1 < words.length && isNumber(words[i + 1])) {
        // "Protocol No. 17": the number is what tells it from Protocol No. 18
        out.add("no" + words[++i]);
        continue;
      }
      if (w.isEmpty() || isNumber(w) || NUMBER_SIGNS.contains(w)) {
        continue;
      }
      String word = terms.synonyms().getOrDefault(w, w);
      if (terms.stopWords().contains(word)
          || terms.typeWords().contains(word)
          || countryWords.contains(word)) {
        continue;
      }
      out.add(terms.synonyms().getOrDefault(singular(word), singular(word)));
    }
    return List.copyOf(out);
  }

  private static final Set<String> NUMBER_SIGNS = Set.of("no", "nr", "number");

  private static boolean isNumber(String w) {
    return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
  }

  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
