package org.entente.server.http;

import io.javalin.http.Context;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks query and path parameters: every value is bounded in length and shape before
 * it is used, and a bad one is a 400 that names the parameter and says what was expected.
 */
public final class Params {

  /** The fact types of the contract. */
  public static final Set<String> FACT_TYPES =
      Set.of(
          "relations_established", "mission", "visit", "talks", "agreement", "agreements_batch",
          "legal_base", "trade_volume", "trade_target", "trade_partner_rank", "trade_flow",
          "institution", "institution_session", "org_cooperation", "award", "person_role",
          "commitment", "cooperation_area");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern PERSON = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PAIR = Pattern.compile("[A-Z]{2}-[A-Z]{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** The longest document id the store accepts. */
  public static final int MAX_ID = 512;

  private final Context ctx;

  /** The parameters of one request. */
  public Params(Context ctx) {
    this.ctx = ctx;
  }

  /** A query parameter as given (blank is absent), at most {@code max} characters. */
  public String string(String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max) {
      throw HttpError.badRequest(name + " must be at most " + max + " characters, found " + v.length());
    }
    return v;
  }

  /** A fact type of the contract, or null. */
  public String factType(String name) {
    String v = string(name, 64);
    if (v != null && !FACT_TYPES.contains(v)) {
      throw HttpError.badRequest(
          name + " must be a fact type such as visit, agreement or trade_volume, found '" + v + "'");
    }
    return v;
  }

  /** An ISO 3166 alpha-2 code in upper case, or null. */
  public String country(String name) {
    return matching(name, COUNTRY, 2, "a country code such as KZ");
  }

  /**
   * A pair of countries, two ISO 3166 alpha-2 codes such as {@code KZ-TJ}, or null; given in
   * either order, it is returned in the knowledge base's order (sorted), so TJ-KZ is KZ-TJ.
   */
  public String pair(String name) {
    String v = matching(name, PAIR, 5, "a pair of country codes such as KZ-TJ");
    if (v == null) {
      return null;
    }
    String a = v.substring(0, 2);
    String b = v.substring(3);
    if (a.equals(b)) {
      throw HttpError.badRequest(name + " must name two different countries, found '" + v + "'");
    }
    return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
  }

  /** A person slug, or null. */
  public String person(String name) {
    return matching(name, PERSON, 100, "a person slug such as emomali-rahmon");
  }

  /** A date of reduced precision: YYYY, YYYY-MM or YYYY-MM-DD, or null. */
  public String date(String name) {
    return matching(name, DATE, 10, "a date YYYY, YYYY-MM or YYYY-MM-DD");
  }

  /** A date as {@link #date} that is also a day of the calendar (no 2024-13 or 2023-02-30), or null. */
  public String realDate(String name) {
    String v = date(name);
    if (v != null) {
      try {
        org.entente.text.PartialDate.parse(v);
      } catch (RuntimeException e) {
        throw HttpError.badRequest(name + " must be a real date YYYY, YYYY-MM or YYYY-MM-DD, found '" + v + "'");
      }
    }
    return v;
  }

  /** A document id, or null. */
  public String docId(String name) {
    return string(name, MAX_ID);
  }

  /** A whole number within bounds, or the default when absent. */
  public int integer(String name, int fallback, int min, int max) {
    String v = string(name, 12);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw HttpError.badRequest(name + " must be between " + min + " and " + max + ", found " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest(name + " must be a whole number, found '" + v + "'");
    }
  }

  /** A year, or null. */
  public Integer year(String name) {
    return string(name, 12) == null ? null : integer(name, 0, 1, 9999);
  }

  /** One of a few words, or null. */
  public String oneOf(String name, Set<String> allowed) {
    String v = string(name, 64);
    if (v != null && !allowed.contains(v)) {
      throw HttpError.badRequest(name + " must be one of " + new java.util.TreeSet<>(allowed) + ", found '" + v + "'");
    }
    return v;
  }

  /** A path parameter, at most {@code max} characters. */
  public String path(String name, int max) {
    String v = ctx.pathParam(name);
    if (v.isEmpty() || v.length() > max) {
      throw HttpError.badRequest(name + " must be 1.." + max + " characters, found " + v.length());
    }
    return v;
  }

  private String matching(String name, Pattern pattern, int max, String expected) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max || !pattern.matcher(v).matches()) {
      String shown = v.length() > 60 ? v.substring(0, 60) + "…" : v;
      throw HttpError.badRequest(name + " must be " + expected + ", found '" + shown + "'");
    }
    return v;
  }
}
