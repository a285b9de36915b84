package org.entente.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes an entity of a group of claims: the best supported value of each argument, the most
 * precise date the sources agree on, the disagreements, and an id unique in its block.
 */
final class EntityMaker {

  /** Above this relative difference two trade figures for one year disagree. */
  static final double TRADE_TOLERANCE = 0.02;

  private static final List<String> STATUS_ORDER =
      List.of("draft", "implementing", "signed", "ratified", "in_force");

  private final String block;
  private final String pair;
  private final Set<String> ids = new HashSet<>();

  EntityMaker(String block) {
    this.block = block;
    this.pair = block.substring(0, block.indexOf('/')).toLowerCase(Locale.ROOT);
  }

  Entity make(List<Claim> claims) {
    Claim first = claims.get(0);
    String type = first.type();
    Map<String, Object> args = mergeArgs(claims);
    List<Disagreement> disagreements = new ArrayList<>();
    String start;
    String end;
    if (type.equals("trade_volume") && first.start() != null) {
      start = first.start().substring(0, 4);
      end = null;
      tradeValue(claims, args, disagreements);
    } else {
      List<Claim> dated =
          claims.stream().filter(c -> c.start() != null && !(type.equals("agreement") && c.draft())).toList();
      List<Claim> signings = dated.stream().filter(c -> !c.laterStage()).toList();
      if (type.equals("agreement") && !signings.isEmpty()) {
        dated = signings; // an agreement is dated by its signing, not by its entry into force
      }
      var groups = Dates.groups(dated);
      start = groups.isEmpty() ? null : groups.get(0).getKey();
      if (groups.size() > 1) {
        disagreements.add(
            new Disagreement(
                "date",
                groups.stream().map(g -> new Disagreement.Side(g.getKey(), g.getValue())).toList()));
      }
      end = null;
      for (Claim c : dated) {
        if (c.end() != null && Dates.agree(c.start(), start) && (end == null || c.end().compareTo(end) > 0)) {
          end = c.end();
        }
      }
    }
    return new Entity(id(type, args, start), type, block, args, start, end, claims, disagreements);
  }

  Entity session(List<Claim> claims, Entity body) {
    Entity e = make(claims);
    Map<String, Object> args = new LinkedHashMap<>(e.args());
    if (body != null) {
      args.put("institution", body.args().get("name"));
      args.put("institution_id", body.id());
    }
    return new Entity(e.id(), e.type(), block, args, e.start(), e.end(), claims, e.disagreements());
  }

  /** The value stated by most sources (the latest source on a tie); others beyond 2 % disagree. */
  private static void tradeValue(List<Claim> claims, Map<String, Object> args, List<Disagreement> out) {
    List<List<Claim>> sides = new ArrayList<>();
    for (Claim c : claims) {
      Double v = c.number("value_usd");
      if (v == null) {
        continue;
      }
      List<Claim> home = null;
      for (List<Claim> s : sides) {
        if (consistent(c, s.get(0))) {
          home = s;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        sides.add(home);
      }
      home.add(c);
    }
    if (sides.isEmpty()) {
      return;
    }
    sides.sort(
        java.util.Comparator.comparingLong(
                (List<Claim> s) -> -s.stream().map(Claim::doc).distinct().count())
            .thenComparing(s -> s.get(s.size() - 1).published() == null ? "" : s.get(s.size() - 1).published(),
                java.util.Comparator.reverseOrder()));
    List<Claim> best = sides.get(0);
    Claim chosen = best.get(best.size() - 1);
    args.put("value_usd", chosen.args().get("value_usd"));
    if (chosen.args().get("qualifier") != null) {
      args.put("qualifier", chosen.args().get("qualifier"));
    }
    if (sides.size() > 1) {
      out.add(
          new Disagreement(
              "value_usd",
              sides.stream().map(s -> new Disagreement.Side(fmt(s.get(0).number("value_usd")), s)).toList()));
    }
  }

  /**
   * Whether two figures for one year can both be true: within 2 % of each other, or one a bound
   * ("over $1 billion") that the other figure keeps.
   */
  static boolean consistent(Claim a, Claim b) {
    double x = a.number("value_usd");
    double y = b.number("value_usd");
    if (Math.abs(x - y) <= TRADE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) {
      return true;
    }
    return bounds(a.text("qualifier"), x, y) || bounds(b.text("qualifier"), y, x);
  }

  private static boolean bounds(String qualifier, double bound, double other) {
    return ("over".equals(qualifier) && other >= bound) || ("under".equals(qualifier) && other <= bound);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** Each argument's best supported value; names and titles the longest signed wording. */
  private static Map<String, Object> mergeArgs(List<Claim> claims) {
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
    for (Claim c : claims) {
      for (var e : c.args().entrySet()) {
        if (e.getValue() == null) {
          continue;
        }
        String shown = String.valueOf(e.getValue());
        values.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).putIfAbsent(shown, e.getValue());
        votes.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).merge(shown, 1, Integer::sum);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : votes.entrySet()) {
      String key = e.getKey();
      String pick = null;
      for (var v : e.getValue().entrySet()) {
        if (pick == null || better(key, v.getKey(), v.getValue(), pick, e.getValue().get(pick), claims)) {
          pick = v.getKey();
        }
      }
      out.put(key, values.get(key).get(pick));
    }
    return out;
  }

  private static boolean better(String key, String v, int votes, String pick, int pickVotes, List<Claim> claims) {
    switch (key) {
      case "title", "name" -> {
        boolean vSigned = claims.stream().anyMatch(c -> !c.draft() && v.equals(String.valueOf(c.args().get(key))));
        boolean pSigned = claims.stream().anyMatch(c -> !c.draft() && pick.equals(String.valueOf(c.args().get(key))));
        if (vSigned != pSigned) {
          return vSigned;
        }
        return v.length() > pick.length();
      }
      case "status" -> {
        return STATUS_ORDER.indexOf(v) > STATUS_ORDER.indexOf(pick);
      }
      case "doc_type" -> {
        // "the agreement" names a treaty as often as an agreement: the specific word wins.
        boolean vGeneric = v.equals("agreement") || v.equals("other");
        boolean pGeneric = pick.equals("agreement") || pick.equals("other");
        if (vGeneric != pGeneric) {
          return pGeneric;
        }
        return votes > pickVotes;
      }
      case "kind", "format" -> {
        if (pick.equals("unspecified") != v.equals("unspecified")) {
          return pick.equals("unspecified");
        }
        return votes > pickVotes;
      }
      default -> {
        return votes > pickVotes;
      }
    }
  }

  private String id(String type, Map<String, Object> args, String start) {
    return unique(baseId(type, args, start));
  }

  /** The id an entity of this block is named by before it is made unique in the block. */
  String baseId(String type, Map<String, Object> args, String start) {
    String base =
        switch (type) {
          case "agreement" -> args.getOrDefault("doc_type", "agreement") + " " + args.getOrDefault("title", "");
          case "visit" -> "visit " + args.getOrDefault("visitor", "") + " " + args.getOrDefault("host_country", "");
          case "talks" -> "talks " + args.getOrDefault("participants", "");
          case "institution" -> "institution " + args.getOrDefault("name", "");
          case "institution_session" -> "session " + args.getOrDefault("institution", "");
          case "trade_volume" -> "trade";
          default -> type + " " + args.values();
        };
    return pair + "-" + slug(base) + (start == null ? "" : "-" + start);
  }

  /** The id itself when no entity made so far has it, else the id numbered -2, -3... */
  String unique(String id) {
    String unique = id;
    for (int n = 2; !ids.add(unique); n++) {
      unique = id + "-" + n;
    }
    return unique;
  }

  private static String slug(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    String[] words = lower.split("-");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.length() < 2 || w.equals("the") || w.equals("of") || w.equals("and") || w.equals("republic")
          || w.equals("between") || w.equals("on")) {
        continue;
      }
      if (b.length() + w.length() > 48) {
        break;
      }
      b.append(b.isEmpty() ? "" : "-").append(w);
    }
    return b.isEmpty() ? "entity" : b.toString();
  }
}
