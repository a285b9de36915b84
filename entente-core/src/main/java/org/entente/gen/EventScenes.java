package org.entente.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Scenes of events between the two leaders (visits, talks, calls, signings, declarations) and
 * what is said about trade on such occasions, each writing its gold facts.
 */
final class EventScenes {

  private static final String[] NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"
  };

  private EventScenes() {}

  /** Slots every scene may use: the countries, leaders, and their later mentions. */
  static Map<String, Supplier<String>> common(Draft d) {
    Pair p = d.pair;
    Map<String, Supplier<String>> s = new HashMap<>();
    s.put("a", p.host()::name);
    s.put("b", p.guest()::name);
    s.put("host", p.host()::name);
    s.put("guest", p.guest()::name);
    s.put("pair_adj", p::adjectives);
    p.hostLeader().ifPresent(h -> {
      s.put("host_leader", d.person(h));
      s.put("host_leader_later", d.person(h));
    });
    p.guestLeader().ifPresent(g -> {
      s.put("guest_leader", d.person(g));
      s.put("guest_leader_later", d.person(g));
    });
    return s;
  }

  static String count(Draft d, int n) {
    return n <= 20 && d.chance(0.5) ? NUMBER_WORDS[n] : String.valueOf(n);
  }

  static void visit(Draft d, LocalDate start, LocalDate end, String city) {
    Pair p = d.pair;
    World.Holder guest = p.guestLeader().orElseThrow();
    String kind = d.pick(List.of("official", "state", "working"));
    Map<String, Supplier<String>> s = common(d);
    s.put("visitor", d.person(guest));
    s.put("city", () -> city);
    s.put("on_date", () -> d.onDate(start, end));
    s.put("a_kind", () -> (kind.equals("official") ? "an " : "a ") + kind);
    Draft.Written w = d.write(Scene.VISIT, s);
    d.fact("visit", Draft.args("visitor", guest.id(), "visitor_country", p.guest().code(),
            "host_country", p.host().code(), "city", w.template().uses("city") ? city : null,
            "kind", w.template().uses("a_kind") ? kind : "unspecified"),
        start.toString(), end == null ? null : end.toString(), w.span());
  }

  static void talks(Draft d, LocalDate date, String city) {
    Pair p = d.pair;
    String format = d.pick(List.of("narrow", "expanded", "both"));
    Map<String, Supplier<String>> s = common(d);
    s.put("city", () -> city);
    s.put("on_date", () -> d.onDate(date, null));
    s.put("format", () -> switch (format) {
      case "narrow" -> d.pick(List.of("in narrow format", "in a narrow format", "in a one-on-one format"));
      case "expanded" -> d.pick(List.of("in expanded format", "in an extended format"));
      default -> d.pick(List.of("in narrow and expanded formats", "in narrow and extended formats"));
    });
    Draft.Written w = d.write(Scene.TALKS, s);
    d.fact("talks", Draft.args("participants", sorted(p.hostLeader().orElseThrow().id(), p.guestLeader().orElseThrow().id()),
            "city", w.template().uses("city") ? city : null,
            "format", w.template().uses("format") ? format : "unspecified"),
        date.toString(), null, w.span());
  }

  static void phone(Draft d, LocalDate date) {
    Pair p = d.pair;
    Map<String, Supplier<String>> s = common(d);
    s.put("on_date", () -> d.onDate(date, null));
    Draft.Written w = d.write(Scene.PHONE, s);
    boolean video = w.template().parts().stream()
        .anyMatch(part -> part instanceof Template.Literal l && l.text().contains("video"));
    d.fact("talks", Draft.args("participants", sorted(p.hostLeader().orElseThrow().id(), p.guestLeader().orElseThrow().id()),
            "format", video ? "video" : "phone"),
        date.toString(), null, w.span());
  }

  /** A signing: a numbered list of documents, one document, or a count of them. */
  static void signing(Draft d, LocalDate date, String city) {
    switch (d.random.nextInt(3)) {
      case 0 -> {
        d.write(Scene.SIGNING_LIST, Map.of());
        int n = 2 + d.random.nextInt(4);
        for (int i = 1; i <= n; i++) {
          d.append(i == 1 ? "\n" : ";\n");
          d.append(d.chance(0.5) ? i + ". " : "- ");
          agreement(d, date, city, null);
        }
        d.append(".");
      }
      case 1 -> agreement(d, date, city, Scene.SIGNING_ONE);
      default -> batch(d, date);
    }
  }

  private static void agreement(Draft d, LocalDate date, String city, Scene scene) {
    Pair p = d.pair;
    String docType = d.pick(List.copyOf(d.data.agreements.keySet()));
    String area = d.pick(List.copyOf(d.data.areas.keySet()));
    int y1 = date.getYear() + d.random.nextInt(2);
    int y2 = y1 + 2 + d.random.nextInt(4);
    String pattern = d.pick(d.data.agreements.get(docType));
    String title = pattern.replace("{area}", d.pick(d.data.areas.get(area)))
        .replace("{a}", p.host().name()).replace("{b}", p.guest().name())
        .replace("{y1}", String.valueOf(y1)).replace("{y2}", String.valueOf(y2));
    Map<String, Object> period = pattern.contains("{y1}") ? Draft.args("start", String.valueOf(y1), "end", String.valueOf(y2)) : null;
    GoldFact.CpSpan span;
    List<String> signatories = List.of();
    if (scene == null) {
      int start = d.position();
      d.append(title);
      span = new GoldFact.CpSpan(start, start + title.codePointCount(0, title.length()));
    } else {
      Map<String, Supplier<String>> s = common(d);
      s.put("title", () -> title);
      if (p.hostFm().isPresent() && p.guestFm().isPresent()) {
        s.put("fm_a", d.person(p.hostFm().get()));
        s.put("fm_b", d.person(p.guestFm().get()));
      }
      Draft.Written w = d.write(scene, s);
      span = w.span();
      if (w.template().uses("fm_a")) {
        signatories = sorted(p.hostFm().get().id(), p.guestFm().get().id());
      }
    }
    d.fact("agreement", Draft.args("title", title, "doc_type", docType, "parties", p.parties(),
        "signatories", signatories, "period", period, "status", "signed"), date.toString(), null, span);
  }

  static void batch(Draft d, LocalDate date) {
    int n = 3 + d.random.nextInt(22);
    List<String> areas = d.codes(d.data.areas, 1 + d.random.nextInt(3));
    Map<String, Supplier<String>> s = common(d);
    s.put("count", () -> count(d, n));
    s.put("areas", () -> d.phrases(d.data.areas, areas));
    Draft.Written w = d.write(Scene.BATCH, s);
    d.fact("agreements_batch", Draft.args("count", n, "parties", d.pair.parties(), "areas", sortedList(areas)),
        date.toString(), null, w.span());
  }

  static void areas(Draft d, Scene scene, String basis) {
    List<String> areas = d.codes(d.data.areas, 2 + d.random.nextInt(3));
    Map<String, Supplier<String>> s = common(d);
    s.put("areas", () -> d.phrases(d.data.areas, areas));
    Draft.Written w = d.write(scene, s);
    for (String area : sortedList(areas)) {
      d.fact("cooperation_area", Draft.args("parties", d.pair.parties(), "area", area, "basis", basis),
          null, null, w.span());
    }
  }

  /** A declaration or joint statement: title, preamble, numbered commitments, place and date. */
  static void declaration(Draft d, String docType, String title, LocalDate date, String city) {
    Pair p = d.pair;
    int start = d.position();
    d.append(title);
    GoldFact.CpSpan heading = new GoldFact.CpSpan(start, d.position());
    d.append("\n\n");
    d.write(Scene.DECLARATION_HEAD, common(d));
    int clauses = 3 + d.random.nextInt(6);
    for (int i = 1; i <= clauses; i++) {
      d.append("\n\n" + i + ". ");
      List<String> areas = d.codes(d.data.areas, 1 + d.random.nextInt(2));
      Map<String, Supplier<String>> s = common(d);
      s.put("areas", () -> d.phrases(d.data.areas, areas));
      Draft.Written w = d.write(Scene.CLAUSE, s);
      d.fact("commitment", Draft.args("document", title, "clause", i, "areas", sortedList(areas)), null, null, w.span());
    }
    d.append("\n\n");
    Map<String, Supplier<String>> s = common(d);
    s.put("city", () -> city);
    s.put("date", () -> d.date(date));
    s.put("on_date", () -> "on " + d.date(date));
    Draft.Written signed = d.write(Scene.DECLARATION_SIGNED, s);
    d.fact("agreement", Draft.args("title", title, "doc_type", docType, "parties", p.parties(),
            "signatories", sorted(p.hostLeader().orElseThrow().id(), p.guestLeader().orElseThrow().id()),
            "city", city, "status", "signed"),
        date.toString(), null, heading, signed.span());
  }

  static List<String> sorted(String a, String b) {
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }

  static List<String> sortedList(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    copy.sort(null);
    return copy;
  }
}
