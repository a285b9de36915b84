package org.entente.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.query.Dossier;
import org.entente.query.Labels;
import org.entente.query.Names;
import org.entente.query.Source;
import org.entente.resolve.Entity;

/**
 * Writes the brief of a dossier: overview and level of relations, diplomatic presence,
 * high-level visits and talks, legal base and main agreements, bodies and their sessions, trade
 * and economy, multilateral cooperation, commitments and their state, and where the sources
 * disagree. Every sentence is generated from the knowledge base and footnoted to its sources.
 */
public final class BriefWriter {

  /** Main agreements listed in full; the others are counted. */
  private static final int MAIN_AGREEMENTS = 25;

  /** Writes the brief of this dossier. */
  public Brief write(Dossier d) {
    return new Run(d).brief();
  }

  /** One brief being written: its footnotes are numbered as statements cite them. */
  private static final class Run {
    private final Dossier d;
    private final Names names;
    private final Labels labels;
    private final List<Source> notes = new ArrayList<>();
    private final Map<String, Integer> noteIds = new HashMap<>();

    Run(Dossier d) {
      this.d = d;
      this.labels = d.labels();
      this.names = labels.names();
    }

    Brief brief() {
      List<Brief.Section> sections = new ArrayList<>();
      add(sections, overview(), false);
      add(sections, presence(), false);
      add(sections, visits(), true);
      add(sections, agreements(), true);
      add(sections, institutions(), true);
      add(sections, trade(), false);
      add(sections, multilateral(), false);
      add(sections, commitments(), true);
      add(sections, conflicts(), true);
      String title = "Relations of " + names.country(d.a()) + " with " + names.country(d.b());
      return new Brief(title, asOf(), sections, notes);
    }

    private String asOf() {
      if (d.asOf() != null) {
        return d.asOf();
      }
      String latest = null;
      for (Entity e : d.entities()) {
        for (var c : e.claims()) {
          if (c.published() != null && (latest == null || c.published().compareTo(latest) > 0)) {
            latest = c.published();
          }
        }
      }
      return latest;
    }

    private void add(List<Brief.Section> sections, Map.Entry<String, List<Brief.Statement>> s, boolean list) {
      if (!s.getValue().isEmpty()) {
        sections.add(new Brief.Section(s.getKey(), s.getValue(), list));
      }
    }

    private Map.Entry<String, List<Brief.Statement>> overview() {
      List<Brief.Statement> out = new ArrayList<>();
      long docs = d.entities().stream().flatMap(e -> e.claims().stream()).map(c -> c.doc()).distinct().count();
      out.add(new Brief.Statement(
          "This brief is generated from " + docs + " source document" + (docs == 1 ? "" : "s")
              + " about the relations of " + names.country(d.a()) + " and " + names.country(d.b())
              + "; every statement is footnoted to the documents behind it.", List.of()));
      Dossier.LevelChange now = d.currentLevel();
      if (now != null) {
        out.add(statement(
            "The relations are at the level of " + now.level() + ", established by "
                + labels.of(now.agreement()) + " " + Dates.when(now.start()) + ".", now.agreement()));
        List<Dossier.LevelChange> before = d.levels().stream()
            .filter(l -> l.start() != null && l != now && !l.level().equals(now.level())).toList();
        if (!before.isEmpty()) {
          List<Integer> refs = new ArrayList<>();
          String earlier = before.stream().map(l -> {
            refs.addAll(cite(l.agreement()));
            return l.level() + " (" + Dates.show(l.start()) + ")";
          }).collect(Collectors.joining(", "));
          out.add(new Brief.Statement("Earlier stages: " + earlier + ".", refs));
        }
      }
      return Map.entry("Overview and level of relations", out);
    }

    private Map.Entry<String, List<Brief.Statement>> presence() {
      List<Brief.Statement> out = new ArrayList<>();
      for (Entity e : d.presence()) {
        String text = e.type().equals("relations_established")
            ? "Diplomatic relations were established " + Dates.when(e.start()) + "."
            : labels.of(e) + " " + Dates.when(e.start()) + ".";
        out.add(statement(text + disputed(e), e));
      }
      return Map.entry("Diplomatic presence", out);
    }

    private Map.Entry<String, List<Brief.Statement>> visits() {
      List<Brief.Statement> out = new ArrayList<>();
      for (Entity e : d.entities()) {
        if (e.type().equals("visit") || e.type().equals("talks")) {
          out.add(statement(capital(Dates.span(e.start(), e.end())) + ": " + labels.of(e) + "." + disputed(e), e));
        }
      }
      return Map.entry("High-level visits and talks", out);
    }

    private Map.Entry<String, List<Brief.Statement>> agreements() {
      List<Brief.Statement> out = new ArrayList<>();
      List<Entity> bases = d.legalBase();
      if (!bases.isEmpty()) {
        Entity latest = bases.get(bases.size() - 1);
        for (Entity e : bases) {
          if (e.start() != null) {
            latest = e;
          }
        }
        out.add(statement("The legal base counts " + labels.of(latest).substring("Legal base of ".length())
            + " " + Dates.when(latest.end() != null ? latest.end() : latest.start()) + ".", latest));
      }
      List<Entity> signed = d.agreements(null, null, null).stream()
          .filter(e -> !"draft".equals(e.text("status"))).toList();
      List<Entity> main = new ArrayList<>(signed);
      main.sort(java.util.Comparator.comparingInt((Entity e) -> rankType(e.text("doc_type")))
          .thenComparing(e -> -e.sources()));
      List<Entity> shown = main.subList(0, Math.min(MAIN_AGREEMENTS, main.size()));
      for (Entity e : signed) {
        if (shown.contains(e)) {
          String sources = e.sources() > 1 ? " (" + e.sources() + " sources)" : "";
          out.add(statement(capital(Dates.when(e.start())) + ": " + labels.of(e) + sources + "." + disputed(e), e));
        }
      }
      if (signed.size() > shown.size()) {
        out.add(new Brief.Statement((signed.size() - shown.size()) + " further documents are in the registry.", List.of()));
      }
      for (Entity e : d.agreements(null, null, null)) {
        if ("draft".equals(e.text("status"))) {
          out.add(statement("In preparation: " + labels.of(e).replace(" drafted", "") + ".", e));
        }
      }
      return Map.entry("Legal base and main agreements", out);
    }

    private Map.Entry<String, List<Brief.Statement>> institutions() {
      List<Brief.Statement> out = new ArrayList<>();
      for (Entity body : d.institutions()) {
        List<Entity> sessions = d.sessionsOf(body);
        StringBuilder text = new StringBuilder(labels.of(body));
        if (body.start() != null) {
          text.append(", founded ").append(Dates.when(body.start()));
        }
        List<Integer> refs = new ArrayList<>(cite(body));
        if (!sessions.isEmpty()) {
          TreeSet<String> years = new TreeSet<>();
          for (Entity s : sessions) {
            years.add(s.start() == null ? "undated" : s.start().substring(0, 4));
            refs.addAll(cite(s));
          }
          text.append("; sessions: ").append(String.join(", ", years));
        }
        out.add(new Brief.Statement(text + ".", refs.stream().distinct().toList()));
      }
      return Map.entry("Joint bodies and their sessions", out);
    }

    private Map.Entry<String, List<Brief.Statement>> trade() {
      List<Brief.Statement> out = new ArrayList<>();
      List<Dossier.TradeYear> years = d.trade();
      if (!years.isEmpty()) {
        Dossier.TradeYear last = years.get(years.size() - 1);
        out.add(statement("The latest figure for bilateral trade is " + qualified(last.trade()) + " in "
            + last.year() + "." + disputed(last.trade()), last.trade()));
        if (years.size() > 1) {
          List<Integer> refs = new ArrayList<>();
          String series = years.stream().map(y -> {
            refs.addAll(cite(y.trade()));
            return y.year() + ": " + Labels.usd(y.trade().args().get("value_usd")) + (y.disputed() ? " (disputed)" : "");
          }).collect(Collectors.joining("; "));
          out.add(new Brief.Statement("Trade by year: " + series + ".", refs.stream().distinct().toList()));
        }
      }
      for (Entity t : d.targets()) {
        out.add(statement("The two sides aim at bilateral trade of " + Labels.usd(t.args().get("value_usd"))
            + (t.start() == null ? "" : " by " + Dates.show(t.start())) + "." + progress(t, years), t));
      }
      for (Entity e : d.ofType("trade_partner_rank")) {
        out.add(statement(labels.of(e) + ".", e));
      }
      Map<String, List<Entity>> flows = new java.util.TreeMap<>();
      for (Entity e : d.ofType("trade_flow")) {
        flows.computeIfAbsent(e.text("exporter") + ">" + e.text("importer"), k -> new ArrayList<>()).add(e);
      }
      for (List<Entity> flow : flows.values()) {
        List<Integer> refs = new ArrayList<>();
        String goods = flow.stream().map(e -> {
          refs.addAll(cite(e));
          return String.valueOf(e.text("commodity")).replace('_', ' ');
        }).sorted().collect(Collectors.joining(", "));
        out.add(new Brief.Statement(names.country(flow.get(0).text("exporter")) + " exports " + goods + " to "
            + names.country(flow.get(0).text("importer")) + ".", refs.stream().distinct().toList()));
      }
      return Map.entry("Trade and economy", out);
    }

    private Map.Entry<String, List<Brief.Statement>> multilateral() {
      List<Entity> orgs = d.organizations();
      if (orgs.isEmpty()) {
        return Map.entry("Multilateral cooperation", List.of());
      }
      List<Integer> refs = new ArrayList<>();
      String list = orgs.stream().map(e -> {
        refs.addAll(cite(e));
        return e.text("org");
      }).distinct().sorted().collect(Collectors.joining(", "));
      return Map.entry("Multilateral cooperation", List.of(new Brief.Statement(
          "The two countries cooperate within " + list + ".", refs.stream().distinct().toList())));
    }

    private Map.Entry<String, List<Brief.Statement>> commitments() {
      List<Brief.Statement> out = new ArrayList<>();
      Map<String, List<Dossier.CommitmentState>> byDocument = new java.util.TreeMap<>();
      for (Dossier.CommitmentState c : d.commitments()) {
        byDocument.computeIfAbsent(String.valueOf(c.commitment().text("document")), k -> new ArrayList<>()).add(c);
      }
      for (var e : byDocument.entrySet()) {
        TreeSet<String> areas = new TreeSet<>();
        List<Integer> refs = new ArrayList<>();
        for (Dossier.CommitmentState c : e.getValue()) {
          Object a = c.commitment().args().get("areas");
          if (a instanceof List<?> l) {
            l.forEach(x -> areas.add(String.valueOf(x).replace('_', ' ')));
          }
          refs.addAll(cite(c.commitment()));
        }
        out.add(new Brief.Statement("“" + e.getKey() + "” sets out " + e.getValue().size() + " commitment"
            + (e.getValue().size() == 1 ? "" : "s") + (areas.isEmpty() ? "" : ", on " + String.join(", ", areas)) + ".",
            refs.stream().distinct().limit(3).toList()));
        for (Dossier.CommitmentState c : e.getValue()) {
          if (c.fulfilledBy() != null) {
            List<Integer> r = new ArrayList<>(cite(c.commitment()));
            r.addAll(cite(c.fulfilledBy()));
            out.add(new Brief.Statement("Point " + c.commitment().args().get("clause") + " was fulfilled: "
                + labels.of(c.fulfilledBy()) + " " + Dates.when(c.fulfilledBy().start()) + ".", r.stream().distinct().toList()));
          }
        }
      }
      return Map.entry("Commitments and their state", out);
    }

    private Map.Entry<String, List<Brief.Statement>> conflicts() {
      List<Brief.Statement> out = new ArrayList<>();
      for (Dossier.Conflict c : d.conflicts()) {
        List<Integer> refs = new ArrayList<>();
        String sides = c.disagreement().sides().stream().map(s -> {
          refs.addAll(cite(s.claims()));
          return showValue(c.disagreement().about(), s.value()) + " (" + s.claims().stream()
              .map(x -> x.doc()).distinct().count() + " source" + (s.claims().size() == 1 ? "" : "s") + ")";
        }).collect(Collectors.joining(" against "));
        out.add(new Brief.Statement("Sources disagree on the " + (c.disagreement().about().equals("date") ? "date" : "figure")
            + " of " + lowerFirst(labels.of(c.entity())) + ": " + sides + ".", refs.stream().distinct().toList()));
      }
      return Map.entry("Where the sources disagree", out);
    }

    private static String showValue(String about, String value) {
      if (about.equals("value_usd")) {
        try {
          return Labels.usd(Double.parseDouble(value));
        } catch (NumberFormatException e) {
          return value;
        }
      }
      return about.equals("date") ? Dates.show(value) : value;
    }

    private String progress(Entity target, List<Dossier.TradeYear> years) {
      if (years.isEmpty() || !(target.args().get("value_usd") instanceof Number goal)) {
        return "";
      }
      Double latest = years.get(years.size() - 1).valueUsd();
      if (latest == null || goal.doubleValue() <= 0) {
        return "";
      }
      long pct = Math.round(100 * latest / goal.doubleValue());
      return " The latest yearly figure is " + pct + " % of it.";
    }

    private static String qualified(Entity trade) {
      String q = trade.text("qualifier");
      String prefix = q == null || q.equals("exact") ? "" : q.equals("about") ? "about " : q.equals("over") ? "over " : "under ";
      return prefix + Labels.usd(trade.args().get("value_usd"));
    }

    private String disputed(Entity e) {
      return e.disagreements().isEmpty() ? "" : " Sources disagree on this (see below).";
    }

    private static int rankType(String docType) {
      return switch (docType == null ? "" : docType) {
        case "treaty" -> 0;
        case "declaration", "joint_statement" -> 1;
        case "agreement" -> 2;
        case "program", "roadmap" -> 3;
        default -> 4;
      };
    }

    private Brief.Statement statement(String text, Entity e) {
      return new Brief.Statement(text, cite(e));
    }

    private List<Integer> cite(Entity e) {
      return cite(e.claims());
    }

    private List<Integer> cite(List<org.entente.resolve.Claim> claims) {
      List<Integer> out = new ArrayList<>();
      for (Source s : Source.of(claims)) {
        String key = s.doc() + "#" + s.start();
        Integer n = noteIds.get(key);
        if (n == null) {
          notes.add(s);
          n = notes.size();
          noteIds.put(key, n);
        }
        out.add(n);
      }
      return out;
    }

    private static String capital(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
      return s.isEmpty() || s.startsWith("“") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
  }
}
