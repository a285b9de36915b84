package org.entente.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * One document being written: its text (with offsets kept in code points, the contract's unit),
 * the gold facts it states so far, and which persons it has introduced. Scenes write into it.
 */
final class Draft {

  /** A template written: which one, and the code point span it covers. */
  record Written(Template template, GoldFact.CpSpan span) {}

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  final SplittableRandom random;
  final GenData data;
  final Pair pair;
  final LocalDate published;
  private final StringBuilder text = new StringBuilder();
  private int codePoints;
  private final List<GoldFact> facts = new ArrayList<>();
  private final Set<String> introduced = new HashSet<>();
  private final List<World.Holder> pendingRoles = new ArrayList<>();

  Draft(SplittableRandom random, GenData data, Pair pair, LocalDate published) {
    this.random = random;
    this.data = data;
    this.pair = pair;
    this.published = published;
  }

  String text() {
    return text.toString();
  }

  List<GoldFact> facts() {
    return facts;
  }

  /** Where the next text goes, in code points. */
  int position() {
    return codePoints;
  }

  /** Appends literal text (separators, list markers). */
  void append(String s) {
    text.append(s);
    codePoints += s.codePointCount(0, s.length());
  }

  /**
   * Writes one template of the scene, chosen among those whose slots are all offered, or nothing
   * when none is. Slot values are computed only for the slots the template uses, so a person is
   * introduced (and his role stated) only where he is actually named.
   */
  Written write(Scene scene, Map<String, Supplier<String>> slots) {
    List<Template> fitting =
        data.templates.get(scene).stream().filter(t -> slots.keySet().containsAll(t.slots())).toList();
    if (fitting.isEmpty()) {
      return null;
    }
    Template t = fitting.get(random.nextInt(fitting.size()));
    Map<String, String> values = new LinkedHashMap<>();
    String rendered = t.render(name -> values.computeIfAbsent(name, n -> slots.get(n).get()));
    int start = codePoints;
    append(rendered);
    GoldFact.CpSpan span = new GoldFact.CpSpan(start, codePoints);
    for (World.Holder h : pendingRoles) {
      fact("person_role", args("person", h.id(), "role", h.role(), "country", h.country().code(),
          "title", h.title()), null, null, span);
    }
    pendingRoles.clear();
    return new Written(t, span);
  }

  /** A mention of a person: the first one with office and full name, later ones shorter. */
  Supplier<String> person(World.Holder h) {
    return () -> {
      if (introduced.add(h.id())) {
        pendingRoles.add(h);
        return switch (random.nextInt(3)) {
          case 0 -> h.title() + " of " + h.country().name() + " " + h.name();
          case 1 -> h.country().adjective() + " " + h.title() + " " + h.name();
          default -> "the " + h.title() + " of " + h.country().name() + " " + h.name();
        };
      }
      return switch (random.nextInt(3)) {
        case 0 -> h.family();
        case 1 -> "the " + h.country().adjective() + " " + h.title().toLowerCase(Locale.ROOT);
        default -> h.title() + " " + h.family();
      };
    };
  }

  /** Records a gold fact. */
  void fact(String type, Map<String, Object> args, String start, String end, GoldFact.CpSpan... evidence) {
    facts.add(new GoldFact(type, args, start, end, List.of(evidence)));
  }

  /** An argument map from pairs, nulls and empty lists left out. */
  static Map<String, Object> args(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
        m.put((String) pairs[i], v);
      }
    }
    return m;
  }

  // ---------------------------------------------------------------- choices

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** {@code n} distinct codes of a vocabulary table, sorted. */
  List<String> codes(Map<String, List<String>> table, int n) {
    List<String> all = new ArrayList<>(table.keySet());
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < n && !all.isEmpty()) {
      chosen.add(all.remove(random.nextInt(all.size())));
    }
    return chosen;
  }

  /** A phrase for each code, as an English list ("a, b and c"). */
  String phrases(Map<String, List<String>> table, List<String> codes) {
    return list(codes.stream().map(c -> pick(table.get(c))).toList());
  }

  static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  // ---------------------------------------------------------------- dates

  static String month(int m) {
    return MONTHS[m - 1];
  }

  String date(LocalDate d) {
    return random.nextBoolean()
        ? d.getDayOfMonth() + " " + month(d.getMonthValue()) + " " + d.getYear()
        : month(d.getMonthValue()) + " " + d.getDayOfMonth() + ", " + d.getYear();
  }

  /** "on 4 May 2023", "on May 4" (in the year of publication), "on 19-20 May 2023". */
  String onDate(LocalDate start, LocalDate end) {
    boolean dropYear = start.getYear() == published.getYear() && chance(0.3);
    if (end == null || end.equals(start)) {
      if (dropYear) {
        return random.nextBoolean()
            ? "on " + start.getDayOfMonth() + " " + month(start.getMonthValue())
            : "on " + month(start.getMonthValue()) + " " + start.getDayOfMonth();
      }
      return "on " + date(start);
    }
    String year = dropYear ? "" : " " + start.getYear();
    if (start.getMonthValue() == end.getMonthValue()) {
      return switch (random.nextInt(3)) {
        case 0 -> "on " + start.getDayOfMonth() + "-" + end.getDayOfMonth() + " " + month(start.getMonthValue()) + year;
        case 1 -> "from " + start.getDayOfMonth() + " to " + end.getDayOfMonth() + " " + month(start.getMonthValue()) + year;
        default -> "on " + month(start.getMonthValue()) + " " + start.getDayOfMonth() + "-" + end.getDayOfMonth()
            + (dropYear ? "" : "," + year);
      };
    }
    return "from " + start.getDayOfMonth() + " " + month(start.getMonthValue()) + " to " + end.getDayOfMonth()
        + " " + month(end.getMonthValue()) + year;
  }

  /** "in June 1995" or "in 1995"; the gold date has the same precision. */
  String inMonth(LocalDate d, boolean withMonth) {
    return withMonth ? "in " + month(d.getMonthValue()) + " " + d.getYear() : "in " + d.getYear();
  }

  static String iso(LocalDate d, boolean withMonth) {
    return withMonth ? String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue())
        : String.valueOf(d.getYear());
  }

  /** "in 2022", or "last year" when it is the year before publication. */
  String inYear(int year) {
    if (year == published.getYear() - 1 && chance(0.4)) {
      return "last year";
    }
    return "in " + year;
  }
}
