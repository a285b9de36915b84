package org.entente.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Scenes of the standing record between two countries: relations, missions, the legal base,
 * institutions and their sessions, organizations, trade figures, ranks and flows.
 */
final class RecordScenes {

  private static final String[] ORDINALS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth"
  };

  private RecordScenes() {}

  static void relations(Draft d, LocalDate date) {
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("on_date", () -> d.onDate(date, null));
    Draft.Written w = d.write(Scene.RELATIONS, s);
    d.fact("relations_established", Draft.args("parties", d.pair.parties()), date.toString(), null, w.span());
  }

  /** An embassy of {@code sender} in {@code host}, opened on a date. */
  static void embassy(Draft d, World.Country sender, World.Country host, LocalDate date) {
    boolean withMonth = d.random.nextBoolean();
    String city = host.capitalAt(date);
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("sender", sender::name);
    s.put("sender_adj", sender::adjective);
    s.put("host", host::name);
    s.put("city", () -> city);
    s.put("in_date", () -> d.inMonth(date, withMonth));
    s.put("date", () -> d.date(date));
    Draft.Written w = d.write(Scene.MISSION, s);
    String when = w.template().uses("date") ? date.toString() : Draft.iso(date, withMonth);
    d.fact("mission", Draft.args("sender", sender.code(), "host", host.code(), "level", "embassy",
        "city", w.template().uses("city") ? city : null), when, null, w.span());
  }

  static void consulate(Draft d, World.Country sender, World.Country host, LocalDate date) {
    List<String> cities = host.otherCities(date);
    if (cities.isEmpty()) {
      return;
    }
    String city = d.pick(cities);
    boolean withMonth = d.random.nextBoolean();
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("sender", sender::name);
    s.put("city", () -> city);
    s.put("in_date", () -> d.inMonth(date, withMonth));
    Draft.Written w = d.write(Scene.CONSULATE, s);
    d.fact("mission", Draft.args("sender", sender.code(), "host", host.code(), "level", "consulate",
        "city", city), Draft.iso(date, withMonth), null, w.span());
  }

  static void legalBase(Draft d) {
    int n = 20 + d.random.nextInt(230);
    String unit = d.random.nextBoolean() ? "documents" : "agreements";
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("count", () -> String.valueOf(n));
    s.put("unit", () -> unit);
    Draft.Written w = d.write(Scene.LEGAL_BASE, s);
    d.fact("legal_base", Draft.args("count", n, "unit", unit, "parties", d.pair.parties()), null, null, w.span());
  }

  /** An institution of the pair: its founding (or first mention), its sessions, a planned one. */
  static void institution(Draft d, LocalDate founded, boolean sessions) {
    String kind = d.pick(List.copyOf(d.data.institutions.keySet()));
    String name = d.pick(d.data.institutions.get(kind));
    boolean withMonth = d.random.nextBoolean();
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("institution", () -> name);
    s.put("in_date", () -> d.inMonth(founded, withMonth));
    s.put("year", () -> String.valueOf(founded.getYear()));
    Draft.Written w = d.write(Scene.INSTITUTION, s);
    String when = w.template().uses("year") ? String.valueOf(founded.getYear()) : Draft.iso(founded, withMonth);
    d.fact("institution", Draft.args("name", name, "kind", kind, "parties", d.pair.parties()), when, null, w.span());
    if (!sessions) {
      return;
    }
    d.append(" ");
    List<Integer> years = new ArrayList<>();
    for (int y = founded.getYear() + 1; y < d.published.getYear() && years.size() < 6; y += 1 + d.random.nextInt(3)) {
      years.add(y);
    }
    if (years.size() < 2) {
      return;
    }
    s.put("years", () -> Draft.list(years.stream().map(String::valueOf).toList()));
    Draft.Written all = d.write(Scene.SESSIONS_YEARS, s);
    for (int y : years) {
      d.fact("institution_session", Draft.args("institution", name), String.valueOf(y), null, all.span());
    }
  }

  /** A session of an institution held on a date, naming the institution for the first time. */
  static void session(Draft d, LocalDate date, String city) {
    String kind = d.pick(List.of("commission", "council", "business_council", "working_group"));
    String name = d.pick(d.data.institutions.get(kind));
    int ordinal = 1 + d.random.nextInt(ORDINALS.length);
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("institution", () -> name);
    s.put("ordinal", () -> ORDINALS[ordinal - 1]);
    s.put("city", () -> city);
    s.put("on_date", () -> d.onDate(date, null));
    Draft.Written w = d.write(Scene.SESSION, s);
    d.fact("institution", Draft.args("name", name, "kind", kind, "parties", d.pair.parties()), null, null, w.span());
    d.fact("institution_session", Draft.args("institution", name, "city", city), date.toString(), null, w.span());
    if (d.chance(0.5)) {
      d.append(" ");
      s.put("year", () -> String.valueOf(date.getYear() + 1));
      s.put("city", () -> d.pair.guest().capitalAt(date));
      d.write(Scene.SESSION_PLANNED, s);
    }
  }

  static void organizations(Draft d) {
    List<String> orgs = d.codes(d.data.organizations, 2 + d.random.nextInt(3));
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("orgs", () -> d.phrases(d.data.organizations, orgs));
    Draft.Written w = d.write(Scene.ORGS, s);
    for (String org : EventScenes.sortedList(orgs)) {
      d.fact("org_cooperation", Draft.args("parties", d.pair.parties(), "org", org), null, null, w.span());
    }
  }

  static void rank(Draft d) {
    boolean hostFirst = d.random.nextBoolean();
    World.Country partner = hostFirst ? d.pair.host() : d.pair.guest();
    World.Country of = hostFirst ? d.pair.guest() : d.pair.host();
    int rank = 1 + d.random.nextInt(5);
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("partner", partner::name);
    s.put("of", of::name);
    s.put("of_possessive", () -> of.name() + "'s");
    s.put("rank", () -> ORDINALS[rank - 1]);
    s.put("rank_largest", () -> rank == 1 ? "largest" : ORDINALS[rank - 1] + " largest");
    Draft.Written w = d.write(Scene.RANK, s);
    d.fact("trade_partner_rank", Draft.args("partner", partner.code(), "of", of.code(), "rank", rank), null, null, w.span());
  }

  static void flows(Draft d) {
    boolean hostExports = d.random.nextBoolean();
    World.Country exporter = hostExports ? d.pair.host() : d.pair.guest();
    World.Country importer = hostExports ? d.pair.guest() : d.pair.host();
    List<String> goods = d.codes(d.data.commodities, 1 + d.random.nextInt(3));
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("exporter", exporter::name);
    s.put("importer", importer::name);
    s.put("commodities", () -> d.phrases(d.data.commodities, goods));
    Draft.Written w = d.write(Scene.FLOWS, s);
    for (String c : EventScenes.sortedList(goods)) {
      d.fact("trade_flow", Draft.args("exporter", exporter.code(), "importer", importer.code(), "commodity", c),
          null, null, w.span());
    }
  }

  /** Trade in a year: value (USD), qualifier, growth. Returns the value, for targets above it. */
  static long tradeVolume(Draft d, int year) {
    Money m = Money.random(d, 50_000_000L, 6_000_000_000L);
    int growth = 2 + d.random.nextInt(40);
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("money", m::text);
    s.put("in_year", () -> d.inYear(year));
    s.put("growth", () -> switch (d.random.nextInt(3)) {
      case 0 -> "up " + growth + " percent year on year";
      case 1 -> "an increase of " + growth + "% over the previous year";
      default -> growth + " percent more than a year earlier";
    });
    Draft.Written w = d.write(Scene.TRADE_VOLUME, s);
    d.fact("trade_volume", Draft.args("parties", d.pair.parties(), "value_usd", m.usd(),
            "qualifier", m.qualifier(), "growth_pct", w.template().uses("growth") ? growth : null),
        String.valueOf(year), null, w.span());
    return m.usd();
  }

  static void tradeTarget(Draft d, long above) {
    Money m = Money.target(d, above);
    int year = d.published.getYear() + 2 + d.random.nextInt(6);
    boolean dated = d.chance(0.7);
    Map<String, Supplier<String>> s = EventScenes.common(d);
    s.put("money", m::text);
    s.put("by_year", () -> dated ? "by " + year : "in the coming years");
    Draft.Written w = d.write(Scene.TRADE_TARGET, s);
    d.fact("trade_target", Draft.args("parties", d.pair.parties(), "value_usd", m.usd()),
        dated ? String.valueOf(year) : null, null, w.span());
  }

  /** An amount of US dollars as written, with the contract's qualifier. */
  record Money(long usd, String qualifier, String text) {

    static Money random(Draft d, long min, long max) {
      long usd = min + (long) (d.random.nextDouble() * (max - min));
      return of(d, usd, true);
    }

    static Money target(Draft d, long above) {
      long billions = Math.max(1, above / 1_000_000_000L + 1 + d.random.nextInt(4));
      return of(d, billions * 1_000_000_000L, false);
    }

    private static Money of(Draft d, long raw, boolean qualified) {
      String number;
      long usd;
      String scale;
      if (raw >= 1_000_000_000L) {
        long tenths = Math.round(raw / 100_000_000.0);
        usd = tenths * 100_000_000L;
        number = tenths % 10 == 0 ? String.valueOf(tenths / 10)
            : String.format(Locale.ROOT, "%d.%d", tenths / 10, tenths % 10);
        scale = "billion";
      } else {
        long millions = Math.round(raw / 1_000_000.0);
        usd = millions * 1_000_000L;
        number = String.valueOf(millions);
        scale = "million";
      }
      String amount = switch (d.random.nextInt(3)) {
        case 0 -> "$" + number + " " + scale;
        case 1 -> number + " " + scale + " US dollars";
        default -> "USD " + number + " " + scale;
      };
      if (!qualified || d.chance(0.5)) {
        return new Money(usd, "exact", amount);
      }
      return switch (d.random.nextInt(3)) {
        case 0 -> new Money(usd, "about", d.pick(List.of("about ", "approximately ", "around ")) + amount);
        case 1 -> new Money(usd, "over", d.pick(List.of("over ", "more than ")) + amount);
        default -> new Money(usd, "under", d.pick(List.of("under ", "less than ")) + amount);
      };
    }
  }
}
