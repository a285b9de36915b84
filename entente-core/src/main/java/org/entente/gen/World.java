package org.entente.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.annotate.gazetteer.Entries;
import org.entente.text.PartialDate;

/** Countries and office holders as the annotation dictionaries know them. */
final class World {

  /** A country: code, short name, adjective, and its cities. */
  record Country(String code, String name, String adjective, List<Entries.City> cities) {

    /** The capital at a date; the first city when the dictionary names none. */
    String capitalAt(LocalDate date) {
      PartialDate d = PartialDate.of(date);
      for (Entries.City c : cities) {
        if (c.capitalAt(d)) {
          return c.name();
        }
      }
      return cities.isEmpty() ? name : cities.get(0).name();
    }

    /** The cities that were not the capital at a date. */
    List<String> otherCities(LocalDate date) {
      PartialDate d = PartialDate.of(date);
      return cities.stream().filter(c -> !c.capitalAt(d)).map(Entries.City::name).toList();
    }
  }

  /**
   * A person in an office at a date.
   *
   * @param id the contract's slug
   * @param name the canonical name
   * @param family the family name, for later mentions
   * @param role the contract's role
   * @param title the office as written, e.g. President
   * @param country the office's country
   */
  record Holder(String id, String name, String family, String role, String title, Country country) {}

  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final List<Entries.Person> persons;

  World(Dictionaries dictionaries) {
    for (Entries.Country c : dictionaries.countries()) {
      String adjective = c.adjectives().isEmpty() ? c.name() : c.adjectives().get(0);
      countries.put(c.code(), new Country(c.code(), c.name(), adjective, c.cities()));
    }
    this.persons = dictionaries.persons();
  }

  Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** The head of state of a country on a date, when the dictionary knows one titled President. */
  Optional<Holder> headOfState(Country country, LocalDate date) {
    return holder(country, "head_of_state", "President", date);
  }

  /** The foreign minister of a country on a date, when known. */
  Optional<Holder> foreignMinister(Country country, LocalDate date) {
    return holder(country, "foreign_minister", null, date);
  }

  private Optional<Holder> holder(Country country, String role, String title, LocalDate date) {
    List<Holder> found = new ArrayList<>();
    for (Entries.Person p : persons) {
      for (Entries.Role r : p.roles()) {
        if (r.role().equals(role) && r.country().equals(country.code())
            && (title == null || r.title().equals(title)) && holds(r, date)) {
          String family = p.family().isEmpty() ? p.name() : p.family().get(0);
          found.add(new Holder(p.id(), p.name(), family, role, r.title(), country));
        }
      }
    }
    // Overlapping terms (a disputed transfer of power) make the office ambiguous: leave it out.
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Whether the role is held on the date, with a month's margin from either end of the term. */
  private static boolean holds(Entries.Role r, LocalDate date) {
    LocalDate from = r.from() == null ? LocalDate.MIN : r.from().lastDay().plusMonths(1);
    LocalDate to = r.to() == null ? LocalDate.MAX : r.to().firstDay().minusMonths(1);
    return !date.isBefore(from) && date.isBefore(to);
  }
}
