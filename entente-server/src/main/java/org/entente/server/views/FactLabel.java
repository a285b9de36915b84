package org.entente.server.views;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.server.model.FactView;

/** A short line saying what a fact states, for timelines and lists. */
public final class FactLabel {

  private static final Map<String, List<String>> KEYS =
      Map.ofEntries(
          Map.entry("visit", List.of("visitor", "host_country", "city", "kind")),
          Map.entry("talks", List.of("participants", "format", "city")),
          Map.entry("agreement", List.of("title", "doc_type", "status")),
          Map.entry("agreements_batch", List.of("count", "areas")),
          Map.entry("legal_base", List.of("count", "unit")),
          Map.entry("trade_volume", List.of("value_usd", "qualifier", "parties")),
          Map.entry("trade_target", List.of("value_usd", "parties")),
          Map.entry("institution", List.of("name", "kind")),
          Map.entry("institution_session", List.of("institution", "city")),
          Map.entry("relations_established", List.of("parties")),
          Map.entry("mission", List.of("level", "sender", "host", "city")),
          Map.entry("award", List.of("award", "recipient", "conferred_by")),
          Map.entry("person_role", List.of("person", "role", "country")),
          Map.entry("org_cooperation", List.of("org", "parties")));

  private FactLabel() {}

  /** For example {@code visit: kassym-jomart-tokayev, TJ, Dushanbe, official}. */
  public static String of(FactView fact) {
    List<String> parts = new ArrayList<>();
    List<String> keys = KEYS.get(fact.type());
    if (keys == null) {
      fact.args().fieldNames().forEachRemaining(k -> add(parts, fact.args().get(k)));
    } else {
      keys.forEach(k -> add(parts, fact.args().get(k)));
    }
    return fact.type().replace('_', ' ') + ": " + String.join(", ", parts.subList(0, Math.min(parts.size(), 5)));
  }

  /** A dollar amount, readably: {@code $1.13 billion}. */
  public static String usd(double value) {
    if (value >= 1e9) {
      return String.format(Locale.ROOT, "$%.2f billion", value / 1e9);
    }
    if (value >= 1e6) {
      return String.format(Locale.ROOT, "$%.1f million", value / 1e6);
    }
    return String.format(Locale.ROOT, "$%,.0f", value);
  }

  private static void add(List<String> parts, JsonNode v) {
    if (v == null || v.isNull()) {
      return;
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(i -> items.add(i.asText()));
      if (!items.isEmpty()) {
        parts.add(String.join("/", items));
      }
    } else if (v.isNumber() && v.asDouble() >= 1e6) {
      parts.add(usd(v.asDouble()));
    } else if (!v.isObject()) {
      parts.add(v.asText());
    }
  }
}
