package org.entente.annotate.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.annotate.TimeExpression.Direction;
import org.entente.annotate.time.Phrase.Meaning;
import org.entente.annotate.time.Word.Role;

/**
 * The words the time annotator knows, read from UTF-8 data files beside this class, one entry a
 * line, '#' starting a comment:
 *
 * <ul>
 *   <li>{@code months.txt}: {@code <number 1-12> <full name> [abbreviation...]}, every month once;
 *   <li>{@code weekdays.txt}: {@code <ISO number 1-7> <full name> [abbreviation...]}, every day
 *       once;
 *   <li>{@code numbers.txt}: {@code <word> <value 1-100>}, number words for "two years ago";
 *   <li>{@code years.txt}: {@code prepositions: <word>...}, {@code labels: <word>...} or {@code
 *       units: <word>...}, the words around a bare four-digit number that make it a year or not;
 *   <li>{@code phrases.txt}: {@code <words> = past|present|future}, or {@code <words> =
 *       year|month|week|day <N>} for the publication date moved by N; a word after the first may be
 *       {@code <n>}, which matches any number ("over the past <n> years").
 * </ul>
 *
 * <p>Words are 1 to {@value WordKeys#MAX_LETTERS} ASCII letters, matched ignoring case. A word
 * stands for one value at most: a name listed twice, or as both a month and a number, is an error
 * at its second line. The grammar's own words (from, between, and, to, ago, ...) are fixed here,
 * not in the files, because the rules depend on each of them.
 */
final class Lexicon {

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{1," + WordKeys.MAX_LETTERS + "}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,4}");

  private static final Map<String, Role> GRAMMAR =
      Map.ofEntries(
          Map.entry("from", Role.FROM),
          Map.entry("between", Role.BETWEEN),
          Map.entry("and", Role.AND),
          Map.entry("or", Role.AND),
          Map.entry("to", Role.TO),
          Map.entry("till", Role.TO),
          Map.entry("until", Role.TO),
          Map.entry("through", Role.TO),
          Map.entry("of", Role.OF),
          Map.entry("on", Role.ON),
          Map.entry("last", Role.LAST),
          Map.entry("next", Role.NEXT),
          Map.entry("this", Role.THIS),
          Map.entry("early", Role.EARLY),
          Map.entry("mid", Role.MID),
          Map.entry("late", Role.LATE),
          Map.entry("ago", Role.AGO),
          Map.entry("st", Role.ORDINAL),
          Map.entry("nd", Role.ORDINAL),
          Map.entry("rd", Role.ORDINAL),
          Map.entry("th", Role.ORDINAL),
          Map.entry("s", Role.PLURAL_S),
          Map.entry("year", Role.YEARS),
          Map.entry("years", Role.YEARS),
          Map.entry("month", Role.MONTHS),
          Map.entry("months", Role.MONTHS),
          Map.entry("week", Role.WEEKS),
          Map.entry("weeks", Role.WEEKS),
          Map.entry("day", Role.DAYS),
          Map.entry("days", Role.DAYS));

  private static final Map<String, Role> YEAR_CONTEXT =
      Map.of("prepositions", Role.PREPOSITION, "labels", Role.LABEL, "units", Role.UNIT);

  private final LongTable<Word> words;

  private Lexicon(LongTable<Word> words) {
    this.words = words;
  }

  /** The word of a token, or {@code null} when the token is no known word. */
  Word word(Tok tok) {
    return tok.isWord() ? words.get(tok.key()) : null;
  }

  /** The word with this key, or {@code null}. */
  Word word(long key) {
    return words.get(key);
  }

  /** True when the token is a known word with this role. */
  boolean is(Tok tok, Role role) {
    Word w = word(tok);
    return w != null && w.is(role);
  }

  /** True when the word with this key has this role. */
  boolean is(long key, Role role) {
    Word w = words.get(key);
    return w != null && w.is(role);
  }

  /** Reads the data files bundled beside this class. */
  static Lexicon load() {
    return read(
        DataFile.resource("months.txt"),
        DataFile.resource("weekdays.txt"),
        DataFile.resource("numbers.txt"),
        DataFile.resource("years.txt"),
        DataFile.resource("phrases.txt"));
  }

  /**
   * Reads these data files.
   *
   * @throws IllegalArgumentException naming the file and line of the first error
   */
  static Lexicon read(
      DataFile months, DataFile weekdays, DataFile numbers, DataFile years, DataFile phrases) {
    Map<Long, Entry> entries = new HashMap<>();
    readNames(months, 12, "month", Role.MONTH, Role.MONTH_ABBREVIATION, entries);
    readNames(weekdays, 7, "weekday", Role.WEEKDAY, Role.WEEKDAY_ABBREVIATION, entries);
    readNumbers(numbers, entries);
    readYearContext(years, entries);
    readPhrases(phrases, entries);
    GRAMMAR.forEach(
        (word, role) -> entries.computeIfAbsent(WordKeys.of(word), k -> new Entry()).add(role));
    Map<Long, Word> built = new HashMap<>();
    entries.forEach((key, e) -> built.put(key, e.build()));
    return new Lexicon(new LongTable<>(built));
  }

  private static void readNames(
      DataFile file, int count, String what, Role full, Role abbreviation, Map<Long, Entry> out) {
    Map<Integer, Integer> lineOf = new HashMap<>();
    for (DataFile.Line line : file.lines()) {
      String[] parts = SPACES.split(line.text());
      if (parts.length < 2 || !parts[0].matches("\\d{1,2}")) {
        throw file.error(
            line, "expected '<number> <name> [abbreviations...]', found '" + line.text() + "'");
      }
      int number = Integer.parseInt(parts[0]);
      if (number < 1 || number > count) {
        throw file.error(line, what + " number out of range 1.." + count + ": " + number);
      }
      Integer first = lineOf.putIfAbsent(number, line.number());
      if (first != null) {
        throw file.error(
            line, what + " " + number + " is listed twice (first at line " + first + ")");
      }
      for (int i = 1; i < parts.length; i++) {
        entry(file, line, parts[i], out)
            .value(file, line, parts[i], i == 1 ? full : abbreviation, number);
      }
    }
    if (lineOf.size() < count) {
      TreeSet<Integer> missing = new TreeSet<>();
      for (int i = 1; i <= count; i++) {
        if (!lineOf.containsKey(i)) {
          missing.add(i);
        }
      }
      throw file.error("missing " + what + "s " + missing);
    }
  }

  private static void readNumbers(DataFile file, Map<Long, Entry> out) {
    for (DataFile.Line line : file.lines()) {
      String[] parts = SPACES.split(line.text());
      if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
        throw file.error(line, "expected '<word> <value>', found '" + line.text() + "'");
      }
      int value = Integer.parseInt(parts[1]);
      if (value < 1 || value > 100) {
        throw file.error(line, "value out of range 1..100: " + value);
      }
      entry(file, line, parts[0], out).value(file, line, parts[0], Role.NUMBER, value);
    }
  }

  private static void readYearContext(DataFile file, Map<Long, Entry> out) {
    for (DataFile.Line line : file.lines()) {
      int colon = line.text().indexOf(':');
      String key = colon < 0 ? "" : line.text().substring(0, colon).strip();
      Role role = YEAR_CONTEXT.get(key);
      if (role == null) {
        throw file.error(
            line,
            "unknown key '"
                + key
                + "' (expected one of labels, prepositions, units, then ':' and words)");
      }
      for (String word : SPACES.split(line.text().substring(colon + 1).strip())) {
        Entry e = entry(file, line, word, out);
        if (e.is(role)) {
          throw file.error(line, "'" + word + "' is listed twice under '" + key + "'");
        }
        e.add(role);
      }
    }
  }

  private static void readPhrases(DataFile file, Map<Long, Entry> out) {
    Map<String, Integer> lineOf = new HashMap<>();
    for (DataFile.Line line : file.lines()) {
      int eq = line.text().indexOf('=');
      if (eq <= 0) {
        throw file.error(line, "expected '<words> = <meaning>', found '" + line.text() + "'");
      }
      String[] words = SPACES.split(line.text().substring(0, eq).strip());
      long[] keys = new long[words.length];
      for (int i = 0; i < words.length; i++) {
        boolean number = i > 0 && words[i].equals(Phrase.NUMBER_PLACEHOLDER);
        keys[i] = number ? Phrase.ANY_NUMBER : key(file, line, words[i]);
      }
      String text = String.join(" ", words).toLowerCase(Locale.ROOT);
      Integer first = lineOf.putIfAbsent(text, line.number());
      if (first != null) {
        throw file.error(line, "'" + text + "' is listed twice (first at line " + first + ")");
      }
      Meaning meaning = meaning(file, line, line.text().substring(eq + 1).strip());
      entry(file, line, words[0], out).phrases.add(new Phrase(text, keys, meaning));
    }
  }

  private static Meaning meaning(DataFile file, DataFile.Line line, String text) {
    String[] parts = SPACES.split(text.toLowerCase(Locale.ROOT));
    if (parts.length == 1) {
      for (Direction d : Direction.values()) {
        if (d.name().toLowerCase(Locale.ROOT).equals(parts[0])) {
          return new Meaning.Toward(d);
        }
      }
    } else if (parts.length == 2) {
      for (Phrase.Unit u : Phrase.Unit.values()) {
        if (u.name().toLowerCase(Locale.ROOT).equals(parts[0])) {
          if (!INTEGER.matcher(parts[1]).matches()) {
            throw file.error(
                line, "expected a whole number after '" + parts[0] + "', found '" + parts[1] + "'");
          }
          return new Meaning.Shift(u, Integer.parseInt(parts[1]));
        }
      }
    }
    throw file.error(
        line,
        "unknown meaning '"
            + text
            + "' (expected past, present, future, or year, month, week or day and a number)");
  }

  private static Entry entry(DataFile file, DataFile.Line line, String word, Map<Long, Entry> out) {
    return out.computeIfAbsent(key(file, line, word), k -> new Entry());
  }

  private static long key(DataFile file, DataFile.Line line, String word) {
    if (!WORD.matcher(word).matches()) {
      throw file.error(
          line, "'" + word + "' is not a word of 1 to " + WordKeys.MAX_LETTERS + " ASCII letters");
    }
    return WordKeys.of(word);
  }

  /** A word while the files are read. */
  private static final class Entry {
    private int roles;
    private int value;
    private String valueAt;
    private final List<Phrase> phrases = new ArrayList<>();

    boolean is(Role role) {
      return (roles & role.bit()) != 0;
    }

    void add(Role role) {
      roles |= role.bit();
    }

    void value(DataFile file, DataFile.Line line, String word, Role role, int value) {
      if (valueAt != null) {
        throw file.error(line, "'" + word + "' is already listed at " + valueAt);
      }
      this.value = value;
      this.valueAt = file.name() + ":" + line.number();
      add(role);
    }

    Word build() {
      List<Phrase> sorted = new ArrayList<>(phrases);
      sorted.sort(Comparator.comparingInt((Phrase p) -> p.keys().length).reversed());
      return new Word(roles, value, sorted);
    }
  }
}
