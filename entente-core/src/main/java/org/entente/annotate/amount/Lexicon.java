package org.entente.annotate.amount;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.annotate.Amount.Qualifier;

/**
 * The vocabulary of the amounts stage, read from the data files beside this class. Each file
 * explains its format in its opening comment; a file that breaks it fails the load with the
 * file, line and what was expected.
 *
 * @param numberWords number words, by lower-case word
 * @param scales scale words after digits ("billion", "bn")
 * @param currencies currency signs, codes and names
 * @param units percent signs, countable nouns and words that cannot precede a counted noun
 * @param qualifiers phrases and verbs that make an amount approximate or a bound
 * @param notAmounts months, id words and time words that make a number something else
 */
record Lexicon(
    WordTable<NumberWord> numberWords,
    PhraseTable<Scale> scales,
    Currencies currencies,
    Units units,
    PhraseTable<QualifierForm> qualifiers,
    NotAmounts notAmounts) {

  /** What a number word does in a spelled-out number. */
  enum Role {
    UNIT,
    TEEN,
    TENS,
    HUNDRED,
    SCALE
  }

  /** A number word: "twenty" is 20, a tens word. */
  record NumberWord(long value, Role role) {}

  /** A scale after digits; {@code moneyOnly} for abbreviations that mean it only after "$". */
  record Scale(double factor, boolean moneyOnly) {}

  /** A qualifier; {@code inSpan} false for verbs ("surpassed"), which stay out of the span. */
  record QualifierForm(Qualifier qualifier, boolean inSpan) {}

  /**
   * Currency forms mapped to ISO 4217 codes.
   *
   * @param before signs and codes in front of a number
   * @param after names, codes and signs after a number
   */
  record Currencies(PhraseTable<String> before, PhraseTable<String> after) {}

  /**
   * Units after a number.
   *
   * @param percent forms of "percent"
   * @param counts countable nouns, plural or singular, mapped to the lower-case plural
   * @param notAdjectives lower-case words that cannot stand between a number and its noun
   */
  record Units(PhraseTable<String> percent, PhraseTable<String> counts, Set<String> notAdjectives) {
    Units {
      notAdjectives = Set.copyOf(notAdjectives);
    }
  }

  /**
   * Words that make a nearby number a date, an id or a time.
   *
   * @param months month names, exact case
   * @param ids words after which a number is an id
   * @param times words after a number that make it a time of day
   */
  record NotAmounts(
      PhraseTable<String> months, PhraseTable<String> ids, PhraseTable<String> times) {}

  /** Loads the files from the classpath. */
  static Lexicon load() {
    return new Lexicon(
        numberWords(DataFile.load("number-words.txt")),
        scales(DataFile.load("scales.txt")),
        currencies(DataFile.load("currencies.txt")),
        units(DataFile.load("units.txt")),
        qualifiers(DataFile.load("qualifiers.txt")),
        notAmounts(DataFile.load("not-amounts.txt")));
  }

  static WordTable<NumberWord> numberWords(DataFile file) {
    Map<String, NumberWord> words = new HashMap<>();
    Duplicates seen = new Duplicates();
    for (DataFile.Line line : file.lines()) {
      String[] f = line.fields(2, "a word and its value");
      String word = f[0];
      if (!word.matches("[a-z]+")) {
        throw line.error("expected a lower-case word of the letters a-z, found '" + word + "'");
      }
      seen.check(line, word);
      long value = (long) number(line, f[1]);
      words.put(word, new NumberWord(value, role(line, value)));
    }
    return new WordTable<>(words);
  }

  private static Role role(DataFile.Line line, long value) {
    if (value < 10) {
      return Role.UNIT;
    } else if (value < 20) {
      return Role.TEEN;
    } else if (value < 100 && value % 10 == 0) {
      return Role.TENS;
    } else if (value == 100) {
      return Role.HUNDRED;
    } else if (value == 1_000L
        || value == 1_000_000L
        || value == 1_000_000_000L
        || value == 1_000_000_000_000L) {
      return Role.SCALE;
    }
    throw line.error(
        "expected 0-19, a multiple of ten below 100, 100, or 1e3, 1e6, 1e9 or 1e12; found "
            + value);
  }

  static PhraseTable<Scale> scales(DataFile file) {
    PhraseTable<Scale> table = new PhraseTable<>();
    Duplicates seen = new Duplicates();
    for (DataFile.Line line : file.lines()) {
      String[] f = line.text().split("[ \t]+");
      if (f.length < 2 || f.length > 3) {
        throw line.error(
            "expected 'form value' or 'form value money-only', found '" + line.text() + "'");
      }
      if (f.length == 3 && !f[2].equals("money-only")) {
        throw line.error("unknown flag '" + f[2] + "' (expected money-only)");
      }
      double factor = number(line, f[1]);
      if (factor < 1) {
        throw line.error("a scale must be 1 or more, found " + f[1]);
      }
      seen.check(line, f[0].toLowerCase(Locale.ROOT));
      table.add(f[0], new Scale(factor, f.length == 3), false);
    }
    return table;
  }

  static Currencies currencies(DataFile file) {
    PhraseTable<String> before = new PhraseTable<>();
    PhraseTable<String> after = new PhraseTable<>();
    Duplicates seen = new Duplicates();
    for (DataFile.Line line : file.lines()) {
      String[] f = line.fields(3, "CODE kind form");
      String code = f[0];
      String form = f[2];
      if (!code.matches("[A-Z]{3}")) {
        throw line.error("expected an ISO 4217 code of three capitals, found '" + code + "'");
      }
      switch (f[1]) {
        case "symbol" -> {
          seen.check(line, form);
          before.add(form, code, true);
          after.add(form, code, true);
        }
        case "code" -> {
          if (!form.matches("[A-Z]{3}")) {
            throw line.error("a code is three capitals, found '" + form + "'");
          }
          seen.check(line, form);
          before.add(form, code, true);
          after.add(form, code, true);
        }
        case "name" -> {
          seen.check(line, form.toLowerCase(Locale.ROOT));
          after.add(form, code, false);
        }
        default ->
            throw line.error(
                "unknown kind '" + f[1] + "' (expected one of symbol, code, name)");
      }
    }
    return new Currencies(before, after);
  }

  static Units units(DataFile file) {
    PhraseTable<String> percent = new PhraseTable<>();
    PhraseTable<String> counts = new PhraseTable<>();
    Set<String> notAdjectives = new HashSet<>();
    Duplicates seen = new Duplicates();
    for (DataFile.Line line : file.lines()) {
      String[] f = line.fields(2, "kind form");
      switch (f[0]) {
        case "percent" -> {
          seen.check(line, f[1].toLowerCase(Locale.ROOT));
          percent.add(f[1], f[1], false);
        }
        case "count" -> {
          String[] forms = f[1].split(" ?\\| ?", -1);
          if (forms.length > 2 || forms[0].isEmpty() || forms[forms.length - 1].isEmpty()) {
            throw line.error("expected 'plural' or 'plural | singular', found '" + f[1] + "'");
          }
          String plural = forms[0].toLowerCase(Locale.ROOT);
          for (String form : forms) {
            seen.check(line, form.toLowerCase(Locale.ROOT));
            counts.add(form, plural, false);
          }
        }
        case "not-adjective" -> {
          seen.check(line, "not-adjective " + f[1].toLowerCase(Locale.ROOT));
          notAdjectives.add(f[1].toLowerCase(Locale.ROOT));
        }
        default ->
            throw line.error(
                "unknown kind '" + f[0] + "' (expected one of percent, count, not-adjective)");
      }
    }
    return new Units(percent, counts, notAdjectives);
  }

  static PhraseTable<QualifierForm> qualifiers(DataFile file) {
    PhraseTable<QualifierForm> table = new PhraseTable<>();
    Duplicates seen = new Duplicates();
    for (DataFile.Line line : file.lines()) {
      String[] f = line.fields(3, "QUALIFIER placement phrase");
      Qualifier q =
          switch (f[0]) {
            case "ABOUT" -> Qualifier.ABOUT;
            case "OVER" -> Qualifier.OVER;
            case "UNDER" -> Qualifier.UNDER;
            default ->
                throw line.error(
                    "unknown qualifier '" + f[0] + "' (expected one of ABOUT, OVER, UNDER)");
          };
      boolean inSpan =
          switch (f[1]) {
            case "phrase" -> true;
            case "verb" -> false;
            default ->
                throw line.error("unknown placement '" + f[1] + "' (expected one of phrase, verb)");
          };
      seen.check(line, f[2].toLowerCase(Locale.ROOT));
      table.add(f[2], new QualifierForm(q, inSpan), false);
    }
    return table;
  }

  static NotAmounts notAmounts(DataFile file) {
    PhraseTable<String> months = new PhraseTable<>();
    PhraseTable<String> ids = new PhraseTable<>();
    PhraseTable<String> times = new PhraseTable<>();
    Duplicates seen = new Duplicates();
    for (DataFile.Line line : file.lines()) {
      String[] f = line.fields(2, "kind form");
      seen.check(line, f[0] + " " + f[1]);
      switch (f[0]) {
        case "month" -> months.add(f[1], f[1], true);
        case "id" -> ids.add(f[1], f[1], false);
        case "time" -> times.add(f[1], f[1], false);
        default ->
            throw line.error("unknown kind '" + f[0] + "' (expected one of month, id, time)");
      }
    }
    return new NotAmounts(months, ids, times);
  }

  private static double number(DataFile.Line line, String text) {
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || value < 0 || value != Math.rint(value)) {
        throw line.error("expected a whole number such as 20 or 1e9, found '" + text + "'");
      }
      return value;
    } catch (NumberFormatException e) {
      throw line.error("expected a number such as 20 or 1e9, found '" + text + "'");
    }
  }

  /** Refuses a form listed twice, naming the line of the first. */
  private static final class Duplicates {
    private final Map<String, Integer> firstLine = new HashMap<>();

    void check(DataFile.Line line, String key) {
      Integer first = firstLine.putIfAbsent(key, line.number());
      if (first != null) {
        throw line.error("'" + key + "' is already listed at line " + first);
      }
    }
  }
}
