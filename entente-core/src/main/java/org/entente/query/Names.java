package org.entente.query;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.annotate.gazetteer.Entries;

/** Display names of countries and persons, from the dictionaries; codes and slugs otherwise. */
public final class Names {

  private final Map<String, String> countries = new HashMap<>();
  private final Map<String, String> countryCodes = new HashMap<>();
  private final Map<String, String> persons = new HashMap<>();

  /** Names from these dictionaries. */
  public Names(Dictionaries dictionaries) {
    for (Entries.Country c : dictionaries.countries()) {
      countries.put(c.code(), c.name());
      countryCodes.put(c.code().toLowerCase(Locale.ROOT), c.code());
      countryCodes.put(c.name().toLowerCase(Locale.ROOT), c.code());
      c.names().forEach(n -> countryCodes.putIfAbsent(n.toLowerCase(Locale.ROOT), c.code()));
    }
    for (Entries.Person p : dictionaries.persons()) {
      persons.put(p.id(), p.name());
    }
  }

  /** A country's name. */
  public String country(String code) {
    return code == null ? "?" : countries.getOrDefault(code, code);
  }

  /**
   * The ISO code of a country given by code or name ("kz", "Kazakhstan").
   *
   * @throws IllegalArgumentException naming the unknown country
   */
  public String countryCode(String codeOrName) {
    String code = countryCodes.get(codeOrName.strip().toLowerCase(Locale.ROOT));
    if (code == null) {
      throw new IllegalArgumentException(
          "unknown country '" + codeOrName + "': give an ISO 3166-1 alpha-2 code (KZ) or an English name (Kazakhstan)");
    }
    return code;
  }

  /** A person's name; a slug made readable when the dictionaries do not know it. */
  public String person(String id) {
    if (id == null) {
      return "?";
    }
    String known = persons.get(id);
    if (known != null) {
      return known;
    }
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  /** Persons' names joined with "and". */
  public String persons(List<String> ids) {
    List<String> names = ids.stream().map(this::person).toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
