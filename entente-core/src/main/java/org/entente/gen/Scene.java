package org.entente.gen;

import java.util.Locale;
import java.util.Set;

/** The scenes a generated document is made of, each with the slots its templates may use. */
enum Scene {
  DATELINE("capital", "date", "agency"),
  VISIT("visitor", "host_leader", "host", "city", "on_date", "a_kind"),
  TALKS("host_leader", "guest_leader", "city", "on_date", "format"),
  PHONE("host_leader", "guest_leader", "on_date"),
  SIGNING_LIST(),
  SIGNING_ONE("title", "fm_a", "fm_b"),
  BATCH("count", "areas"),
  TRADE_VOLUME("a", "b", "money", "in_year", "growth", "pair_adj"),
  TRADE_TARGET("money", "by_year", "host_leader"),
  RELATIONS("a", "b", "on_date"),
  MISSION("sender", "sender_adj", "host", "city", "in_date", "date"),
  CONSULATE("sender", "city", "in_date"),
  LEGAL_BASE("pair_adj", "count", "unit", "a", "b"),
  INSTITUTION("institution", "in_date", "year"),
  SESSION("ordinal", "institution", "city", "on_date"),
  SESSIONS_YEARS("institution", "years"),
  SESSION_PLANNED("institution", "city", "year"),
  ORGS("a", "b", "orgs"),
  RANK("partner", "of_possessive", "rank_largest", "rank", "of"),
  AREAS_DISCUSSED("areas"),
  AREAS_PRIORITY("pair_adj", "areas", "a", "b"),
  FLOWS("exporter", "importer", "commodities"),
  DECLARATION_HEAD("host_leader", "guest_leader", "a", "b"),
  CLAUSE("areas"),
  DECLARATION_SIGNED("city", "date", "on_date"),
  FILLER(),
  PLANNED_VISIT("guest_leader", "host_leader", "guest"),
  QUOTE("host_leader_later", "guest_leader_later");

  private final Set<String> slots;

  Scene(String... slots) {
    this.slots = Set.of(slots);
  }

  /** Its key in {@code templates.yaml}. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The slots its templates may use. */
  Set<String> slots() {
    return slots;
  }
}
