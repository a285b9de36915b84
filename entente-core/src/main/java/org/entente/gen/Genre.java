package org.entente.gen;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/** The kinds of document the generator writes, each a sequence of scenes. */
enum Genre {
  VISIT(true),
  PHONE(true),
  DECLARATION(true),
  COMMISSION(false),
  OVERVIEW(false);

  private final boolean needsLeaders;

  Genre(boolean needsLeaders) {
    this.needsLeaders = needsLeaders;
  }

  boolean needsLeaders() {
    return needsLeaders;
  }

  /** Writes a document of this genre into the draft; returns its title. */
  String write(Draft d) {
    Pair p = d.pair;
    LocalDate date = p.date();
    String capital = p.host().capitalAt(date);
    return switch (this) {
      case VISIT -> {
        LocalDate end = d.published.equals(date) ? null : d.published;
        dateline(d, 0.7);
        EventScenes.visit(d, date, end, capital);
        maybe(d, 0.4, Scene.FILLER);
        gap(d);
        EventScenes.talks(d, date, capital);
        if (d.chance(0.6)) {
          d.append(" ");
          EventScenes.areas(d, Scene.AREAS_DISCUSSED, "discussed");
        }
        if (d.chance(0.7)) {
          gap(d);
          EventScenes.signing(d, date, capital);
        }
        trade(d, 0.6, 0.5);
        maybe(d, 0.5, Scene.QUOTE);
        maybe(d, 0.3, Scene.PLANNED_VISIT);
        yield p.guest().adjective() + " President visits " + p.host().name();
      }
      case PHONE -> {
        dateline(d, 0.5);
        EventScenes.phone(d, date);
        if (d.chance(0.7)) {
          d.append(" ");
          EventScenes.areas(d, Scene.AREAS_DISCUSSED, "discussed");
        }
        maybe(d, 0.5, Scene.FILLER);
        maybe(d, 0.4, Scene.PLANNED_VISIT);
        trade(d, 0.2, 0.3);
        yield "Presidents of " + p.host().name() + " and " + p.guest().name() + " speak by phone";
      }
      case DECLARATION -> {
        String docType = d.pick(java.util.List.copyOf(d.data.declarations.keySet()));
        String title = d.pick(d.data.declarations.get(docType))
            .replace("{a}", p.host().name()).replace("{b}", p.guest().name());
        EventScenes.declaration(d, docType, title, date, capital);
        yield title;
      }
      case COMMISSION -> {
        dateline(d, 0.8);
        RecordScenes.session(d, date, capital);
        if (d.chance(0.6)) {
          gap(d);
          EventScenes.signing(d, date, capital);
        }
        trade(d, 0.6, 0.3);
        yield "Intergovernmental bodies of " + p.host().name() + " and " + p.guest().name() + " meet in " + capital;
      }
      case OVERVIEW -> {
        overview(d);
        yield "Relations between " + p.host().name() + " and " + p.guest().name();
      }
    };
  }

  private static void overview(Draft d) {
    Pair p = d.pair;
    LocalDate relations = LocalDate.of(1992 + d.random.nextInt(4), 1 + d.random.nextInt(12), 1 + d.random.nextInt(28));
    RecordScenes.relations(d, relations);
    d.append(" ");
    RecordScenes.embassy(d, p.guest(), p.host(), relations.plusDays(200 + d.random.nextInt(2500)));
    if (d.chance(0.5)) {
      d.append(" ");
      RecordScenes.embassy(d, p.host(), p.guest(), relations.plusDays(200 + d.random.nextInt(2500)));
    }
    if (d.chance(0.3)) {
      d.append(" ");
      RecordScenes.consulate(d, p.guest(), p.host(), relations.plusYears(8).plusDays(d.random.nextInt(3000)));
    }
    if (d.chance(0.7)) {
      gap(d);
      RecordScenes.legalBase(d);
    }
    if (d.chance(0.7)) {
      gap(d);
      RecordScenes.institution(d, relations.plusYears(2).plusDays(d.random.nextInt(3000)), true);
    }
    if (d.chance(0.6)) {
      gap(d);
      RecordScenes.organizations(d);
    }
    gap(d);
    RecordScenes.tradeVolume(d, d.published.getYear() - 1);
    if (d.chance(0.4)) {
      d.append(" ");
      RecordScenes.rank(d);
    }
    if (d.chance(0.6)) {
      d.append(" ");
      RecordScenes.flows(d);
    }
    if (d.chance(0.5)) {
      gap(d);
      EventScenes.areas(d, Scene.AREAS_PRIORITY, "priority");
    }
  }

  private static void trade(Draft d, double volume, double target) {
    long value = 0;
    if (d.chance(volume)) {
      gap(d);
      value = RecordScenes.tradeVolume(d, d.published.getYear() - 1);
    }
    if (d.chance(target)) {
      d.append(value > 0 ? " " : "\n\n");
      RecordScenes.tradeTarget(d, value);
    }
  }

  private static void dateline(Draft d, double p) {
    if (d.chance(p)) {
      Map<String, Supplier<String>> s = EventScenes.common(d);
      s.put("capital", () -> d.pair.host().capitalAt(d.published));
      s.put("date", () -> d.date(d.published));
      s.put("agency", () -> d.pick(d.data.agencies));
      d.write(Scene.DATELINE, s);
    }
  }

  private static void maybe(Draft d, double p, Scene scene) {
    if (d.chance(p)) {
      gap(d);
      d.write(scene, EventScenes.common(d));
    }
  }

  private static void gap(Draft d) {
    d.append(d.chance(0.5) ? " " : "\n\n");
  }
}
