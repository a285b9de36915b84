package org.entente.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a fact, one record per type of the contract. Lists of countries and persons
 * are kept sorted; {@link #key()} is what decides whether two facts of a document are the same
 * one.
 */
public sealed interface FactArgs {

  /** The contract's type name. */
  String type();

  /** The arguments as the contract names them, nulls left out. */
  Map<String, Object> toMap();

  /** The identity of the fact within a document: its type and key arguments. */
  default String key() {
    return type() + toMap();
  }

  /**
   * The arguments of one fact told twice, with what either telling adds: a missing value is
   * taken from the other, and "unspecified" gives way to a value.
   */
  default FactArgs completedBy(FactArgs other) {
    return this;
  }

  private static String or(String a, String b) {
    return a == null || a.equals("unspecified") ? (b == null ? a : b) : a;
  }

  private static <T> List<T> or(List<T> a, List<T> b) {
    return a == null || a.isEmpty() ? b : a;
  }

  /** Builds argument maps without nulls or empty lists. */
  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
        m.put((String) pairs[i], v);
      }
    }
    return m;
  }

  private static List<String> sorted(List<String> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    // sorted, then each once: what distinct().sorted() gives, without a stream per fact
    String[] all = list.toArray(new String[0]);
    java.util.Arrays.sort(all);
    int kept = 1;
    for (int i = 1; i < all.length; i++) {
      if (!java.util.Objects.equals(all[i], all[kept - 1])) {
        all[kept++] = all[i];
      }
    }
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(java.util.Arrays.copyOf(all, kept)));
  }

  /** Diplomatic relations established. */
  record RelationsEstablished(List<String> parties) implements FactArgs {
    public RelationsEstablished {
      parties = sorted(parties);
    }

    public String type() {
      return "relations_established";
    }

    public Map<String, Object> toMap() {
      return map("parties", parties);
    }
  }

  /** A diplomatic mission, embassy or consulate. */
  record Mission(String sender, String host, String level, String city) implements FactArgs {
    public String type() {
      return "mission";
    }

    public Map<String, Object> toMap() {
      return map("sender", sender, "host", host, "level", level, "city", city);
    }

    /** Two consulates of one country in different cities are two missions. */
    public String key() {
      return type() + sender + host + level + (city == null ? "" : city);
    }
  }

  /** A visit by a person to a country. */
  record Visit(String visitor, String visitorCountry, String hostCountry, String city, String kind)
      implements FactArgs {
    public String type() {
      return "visit";
    }

    public Map<String, Object> toMap() {
      return map("visitor", visitor, "visitor_country", visitorCountry, "host_country", hostCountry,
          "city", city, "kind", kind);
    }

    public String key() {
      return type() + visitor + hostCountry;
    }

    public FactArgs completedBy(FactArgs other) {
      if (!(other instanceof Visit o)) {
        return this;
      }
      return new Visit(visitor, or(visitorCountry, o.visitorCountry), hostCountry, or(city, o.city), or(kind, o.kind));
    }
  }

  /** Talks between persons. */
  record Talks(List<String> participants, String city, String format) implements FactArgs {
    public Talks {
      participants = sorted(participants);
    }

    public String type() {
      return "talks";
    }

    public Map<String, Object> toMap() {
      return map("participants", participants, "city", city, "format", format);
    }

    public String key() {
      return type() + participants;
    }

    public FactArgs completedBy(FactArgs other) {
      if (!(other instanceof Talks o)) {
        return this;
      }
      return new Talks(participants, or(city, o.city), or(format, o.format));
    }
  }

  /** An agreement, treaty, memorandum, program, declaration... */
  record Agreement(
      String title, String docType, List<String> parties, List<String> signatories, String city,
      Map<String, String> period, String status) implements FactArgs {
    public Agreement {
      parties = sorted(parties);
      signatories = sorted(signatories);
    }

    public String type() {
      return "agreement";
    }

    public Map<String, Object> toMap() {
      return map("title", title, "doc_type", docType, "parties", parties, "signatories", signatories,
          "city", city, "period", period, "status", status);
    }

    public String key() {
      return type() + title.toLowerCase(java.util.Locale.ROOT);
    }

    public FactArgs completedBy(FactArgs other) {
      if (!(other instanceof Agreement o)) {
        return this;
      }
      return new Agreement(title, docType, or(parties, o.parties), or(signatories, o.signatories), or(city, o.city),
          period != null ? period : o.period, or(status, o.status));
    }
  }

  /** A number of agreements signed together. */
  record AgreementsBatch(Integer count, List<String> parties, List<String> areas) implements FactArgs {
    public AgreementsBatch {
      parties = sorted(parties);
      areas = areas == null ? List.of() : areas.stream().distinct().toList();
    }

    public String type() {
      return "agreements_batch";
    }

    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", count); // the contract keeps a null count
      m.putAll(map("parties", parties, "areas", areas));
      return m;
    }

    public String key() {
      return type() + count;
    }
  }

  /** The size of the legal base. */
  record LegalBase(int count, String unit, List<String> parties) implements FactArgs {
    public LegalBase {
      parties = sorted(parties);
    }

    public String type() {
      return "legal_base";
    }

    public Map<String, Object> toMap() {
      return map("count", count, "unit", unit, "parties", parties);
    }

    public String key() {
      return type() + count;
    }
  }

  /** Bilateral trade in one period. */
  record TradeVolume(List<String> parties, double valueUsd, String qualifier, Double growthPct)
      implements FactArgs {
    public TradeVolume {
      parties = sorted(parties);
    }

    public String type() {
      return "trade_volume";
    }

    public Map<String, Object> toMap() {
      return map("parties", parties, "value_usd", valueUsd, "qualifier", qualifier, "growth_pct", growthPct);
    }

    public String key() {
      return type() + parties + valueUsd;
    }
  }

  /** A trade target. */
  record TradeTarget(List<String> parties, double valueUsd) implements FactArgs {
    public TradeTarget {
      parties = sorted(parties);
    }

    public String type() {
      return "trade_target";
    }

    public Map<String, Object> toMap() {
      return map("parties", parties, "value_usd", valueUsd);
    }
  }

  /** A country's rank among another's trading partners. */
  record TradePartnerRank(String partner, String of, int rank, String scope) implements FactArgs {
    public String type() {
      return "trade_partner_rank";
    }

    public Map<String, Object> toMap() {
      return map("partner", partner, "of", of, "rank", rank, "scope", scope);
    }

    public String key() {
      return type() + partner + of + rank;
    }
  }

  /** What one country sells another. */
  record TradeFlow(String exporter, String importer, String commodity) implements FactArgs {
    public String type() {
      return "trade_flow";
    }

    public Map<String, Object> toMap() {
      return map("exporter", exporter, "importer", importer, "commodity", commodity);
    }
  }

  /** A joint body: council, commission, fund, working group. */
  record Institution(String name, String kind, List<String> parties) implements FactArgs {
    public Institution {
      parties = sorted(parties);
    }

    public String type() {
      return "institution";
    }

    public Map<String, Object> toMap() {
      return map("name", name, "kind", kind, "parties", parties);
    }

    public String key() {
      return type() + name.toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A session of a joint body. */
  record InstitutionSession(String institution, String city) implements FactArgs {
    public String type() {
      return "institution_session";
    }

    public Map<String, Object> toMap() {
      return map("institution", institution, "city", city);
    }

    public String key() {
      return type() + institution.toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Cooperation within an international organization. */
  record OrgCooperation(List<String> parties, String org) implements FactArgs {
    public OrgCooperation {
      parties = sorted(parties);
    }

    public String type() {
      return "org_cooperation";
    }

    public Map<String, Object> toMap() {
      return map("parties", parties, "org", org);
    }
  }

  /** An award conferred on a person. */
  record Award(String recipient, String award, String conferredBy) implements FactArgs {
    public String type() {
      return "award";
    }

    public Map<String, Object> toMap() {
      return map("recipient", recipient, "award", award, "conferred_by", conferredBy);
    }

    public String key() {
      return type() + recipient + award;
    }
  }

  /** A person in an office. */
  record PersonRole(String person, String role, String country, String title) implements FactArgs {
    public String type() {
      return "person_role";
    }

    public Map<String, Object> toMap() {
      return map("person", person, "role", role, "country", country, "title", title);
    }

    public String key() {
      return type() + person + role + country;
    }
  }

  /** A numbered clause of a declaration, statement or treaty. */
  record Commitment(String document, int clause, List<String> areas) implements FactArgs {
    public String type() {
      return "commitment";
    }

    public Map<String, Object> toMap() {
      return map("document", document, "clause", clause, "areas", areas);
    }

    public String key() {
      return type() + clause + document;
    }
  }

  /** An area of cooperation. */
  record CooperationArea(List<String> parties, String area, String basis) implements FactArgs {
    public CooperationArea {
      parties = sorted(parties);
    }

    public String type() {
      return "cooperation_area";
    }

    public Map<String, Object> toMap() {
      return map("parties", parties, "area", area, "basis", basis);
    }

    public String key() {
      return type() + parties + area;
    }
  }
}
