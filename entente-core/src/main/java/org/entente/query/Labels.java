package org.entente.query;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.entente.resolve.Entity;

/** Sentences generated from entities, in the manner of a ministry's page; never copied text. */
public final class Labels {

  private final Names names;

  /** Labels naming countries and persons with these names. */
  public Labels(Names names) {
    this.names = names;
  }

  /** The names used. */
  public Names names() {
    return names;
  }

  /** One sentence saying what the entity is or what happened. */
  public String of(Entity e) {
    return switch (e.type()) {
      case "visit" -> {
        String kind = e.text("kind");
        String k = kind == null || kind.equals("unspecified") ? "a visit" : article(kind) + " " + kind + " visit";
        String city = e.text("city") == null ? "" : " (" + e.text("city") + ")";
        yield names.person(e.text("visitor")) + " paid " + k + " to " + names.country(e.text("host_country")) + city;
      }
      case "talks" -> {
        String format = e.text("format");
        String f = switch (format == null ? "" : format) {
          case "phone" -> "a telephone conversation";
          case "video" -> "talks by video link";
          case "narrow" -> "talks in a narrow format";
          case "expanded" -> "talks in an expanded format";
          case "both" -> "talks in narrow and expanded formats";
          default -> "talks";
        };
        String city = e.text("city") == null ? "" : " in " + e.text("city");
        yield names.persons(list(e, "participants")) + " held " + f + city;
      }
      case "agreement" -> {
        String status = e.text("status");
        String verb = "draft".equals(status) ? "drafted" : "ratified".equals(status) ? "ratified"
            : "in_force".equals(status) ? "in force" : "signed";
        yield quoteTitle(e.text("title")) + " (" + docType(e.text("doc_type")) + ") " + verb;
      }
      case "agreements_batch" -> (e.args().get("count") == null ? "Several" : num(e.args().get("count")))
          + " documents signed together";
      case "institution" -> quoteTitle(e.text("name")) + " (" + kindName(e.text("kind")) + ")";
      case "institution_session" -> "Session of " + quoteTitle(e.text("institution"))
          + (e.text("city") == null ? "" : " in " + e.text("city"));
      case "relations_established" -> "Diplomatic relations established";
      case "mission" -> names.country(e.text("sender")) + " opened " + article(e.text("level")) + " "
          + e.text("level") + " in " + names.country(e.text("host"))
          + (e.text("city") == null ? "" : " (" + e.text("city") + ")");
      case "trade_volume" -> "Bilateral trade of " + usd(e.args().get("value_usd"));
      case "trade_target" -> "Target: bilateral trade of " + usd(e.args().get("value_usd"));
      case "legal_base" -> "Legal base of " + num(e.args().get("count")) + " "
          + (e.text("unit") == null ? "documents" : e.text("unit"));
      case "award" -> names.person(e.text("recipient")) + " received " + quoteTitle(e.text("award"))
          + (e.text("conferred_by") == null ? "" : " from " + names.person(e.text("conferred_by")));
      case "org_cooperation" -> "Cooperation within " + e.text("org");
      case "trade_partner_rank" -> names.country(e.text("partner")) + " is " + names.country(e.text("of"))
          + "'s trading partner no. " + num(e.args().get("rank"));
      case "trade_flow" -> names.country(e.text("exporter")) + " exports " + e.text("commodity").replace('_', ' ')
          + " to " + names.country(e.text("importer"));
      case "person_role" -> names.person(e.text("person")) + ", " + (e.text("title") == null
          ? e.text("role").replace('_', ' ') : e.text("title")) + " (" + names.country(e.text("country")) + ")";
      case "commitment" -> "Point " + num(e.args().get("clause")) + " of " + quoteTitle(e.text("document"));
      case "cooperation_area" -> "Cooperation in " + String.valueOf(e.text("area")).replace('_', ' ');
      default -> e.type().replace('_', ' ');
    };
  }

  /** A US dollar amount in words a reader expects: $1.13 billion, $450 million. */
  public static String usd(Object value) {
    if (!(value instanceof Number n)) {
      return "an unstated amount";
    }
    double v = n.doubleValue();
    DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    if (v >= 1e9) {
      return "$" + f.format(v / 1e9) + " billion";
    }
    if (v >= 1e6) {
      return "$" + f.format(v / 1e6) + " million";
    }
    return "$" + f.format(v);
  }

  static String num(Object value) {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Long.toString(n.longValue());
    }
    return String.valueOf(value);
  }

  static String docType(String t) {
    return t == null ? "document" : t.replace("joint_statement", "joint statement");
  }

  private static String kindName(String kind) {
    return kind == null ? "body" : kind.replace('_', ' ');
  }

  private static String quoteTitle(String title) {
    return title == null ? "an unnamed document" : "“" + title + "”";
  }

  private static String article(String word) {
    return word != null && !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Entity e, String key) {
    Object v = e.args().get(key);
    return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
  }
}
