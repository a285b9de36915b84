package org.entente.annotate.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.text.Diagnostic;
import org.entente.text.PartialDate;

/**
 * The actor dictionaries, loaded and validated once at start-up: the built-in YAML files beside
 * this class, then any user files (a YAML mapping whose keys {@code countries}, {@code
 * organizations}, {@code persons}, {@code titles} and {@code bodies} each hold a list in the
 * built-in format). User entries add to the built-in ones; a user person with a built-in id
 * replaces it.
 *
 * <p>Formats, one list entry each:
 *
 * <pre>
 * countries.yaml     code, name, names[], adjectives[], demonyms[],
 *                    cities[{name, aliases[], capital: true | capital_from | capital_to}]
 * organizations.yaml code, name, names[], acronyms[]   (acronyms match case-sensitively)
 * persons.yaml       id, name, given[], family[], aliases[],
 *                    roles[{role, country, title, from, to?, acting?}]
 * titles.yaml        role, titles[]                    (how an office is written)
 * bodies.yaml        kind, heads[]                     (head nouns of government bodies)
 * </pre>
 *
 * Every problem is reported with its file and line, all at once, as a {@link
 * DictionaryException}.
 */
public final class Dictionaries {

  static final Set<String> ROLES =
      Set.of("head_of_state", "head_of_government", "foreign_minister", "minister", "ambassador", "other");

  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  final List<Entries.Country> countries;
  final List<Entries.Organization> organizations;
  final List<Entries.Person> persons;
  final Map<String, List<String>> titles;
  final Map<String, List<String>> bodies;

  private Dictionaries(
      List<Entries.Country> countries,
      List<Entries.Organization> organizations,
      List<Entries.Person> persons,
      Map<String, List<String>> titles,
      Map<String, List<String>> bodies) {
    this.countries = List.copyOf(countries);
    this.organizations = List.copyOf(organizations);
    this.persons = List.copyOf(persons);
    this.titles = Map.copyOf(titles);
    this.bodies = Map.copyOf(bodies);
  }

  /** The built-in dictionaries only. */
  public static Dictionaries builtin() {
    return load(List.of());
  }

  /**
   * The built-in dictionaries plus the user's files.
   *
   * @throws DictionaryException listing every problem, with file and line
   */
  public static Dictionaries load(List<Path> userFiles) {
    List<Diagnostic> problems = new ArrayList<>();
    Loader loader = new Loader(new YamlEntries(problems));
    for (String section : List.of("countries", "organizations", "persons", "titles", "bodies")) {
      String name = section + ".yaml";
      try (InputStream in = Dictionaries.class.getResourceAsStream(name)) {
        if (in == null) {
          problems.add(new Diagnostic(name, 0, "missing built-in dictionary"));
          continue;
        }
        loader.section(section, name, in, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path file : userFiles) {
      for (String section : List.of("countries", "organizations", "persons", "titles", "bodies")) {
        try (InputStream in = Files.newInputStream(file)) {
          loader.section(section, file.toString(), in, section);
        } catch (IOException e) {
          problems.add(new Diagnostic(file.toString(), 0, "cannot read: " + e.getMessage()));
          break;
        }
      }
    }
    loader.crossCheck();
    if (!problems.isEmpty()) {
      throw new DictionaryException(problems);
    }
    return new Dictionaries(
        loader.countries, loader.organizations, new ArrayList<>(loader.persons.values()),
        loader.titles, loader.bodies);
  }

  /** The countries, in dictionary order. */
  public List<Entries.Country> countries() {
    return countries;
  }

  /** The persons, in dictionary order. */
  public List<Entries.Person> persons() {
    return persons;
  }

  /** Counts for messages: countries, cities, organizations, persons. */
  public String describe() {
    int cities = countries.stream().mapToInt(c -> c.cities().size()).sum();
    return countries.size() + " countries, " + cities + " cities, " + organizations.size()
        + " organizations, " + persons.size() + " persons";
  }

  /** Builds entries, section by section. */
  private static final class Loader {
    private final YamlEntries yaml;
    final List<Entries.Country> countries = new ArrayList<>();
    final List<Entries.Organization> organizations = new ArrayList<>();
    final Map<String, Entries.Person> persons = new java.util.LinkedHashMap<>();
    final Map<String, List<String>> titles = new HashMap<>();
    final Map<String, List<String>> bodies = new HashMap<>();
    private final Map<String, String> countryWhere = new HashMap<>();

    Loader(YamlEntries yaml) {
      this.yaml = yaml;
    }

    void section(String section, String file, InputStream in, String key) {
      for (YamlEntries.Entry e : yaml.read(file, in, key)) {
        switch (section) {
          case "countries" -> country(e);
          case "organizations" -> organization(e);
          case "persons" -> person(e);
          case "titles" -> listSection(e, "role", "titles", titles, ROLES);
          default -> listSection(e, "kind", "heads", bodies, null);
        }
      }
    }

    private void country(YamlEntries.Entry e) {
      yaml.onlyFields(e, Set.of("code", "name", "names", "adjectives", "demonyms", "cities"));
      String code = yaml.required(e, e.node(), "code");
      String name = yaml.required(e, e.node(), "name");
      if (code == null || name == null) {
        return;
      }
      if (!CODE.matcher(code).matches()) {
        yaml.problem(e.file(), e.line(), "code must be ISO 3166-1 alpha-2 in upper case, found '" + code + "'");
        return;
      }
      String earlier = countryWhere.putIfAbsent(code, e.file() + ":" + e.line());
      if (earlier != null) {
        yaml.problem(e.file(), e.line(), "country " + code + " is already defined at " + earlier);
        return;
      }
      List<Entries.City> cities = new ArrayList<>();
      var cityNodes = e.node().get("cities");
      if (cityNodes != null && cityNodes.isArray()) {
        for (var c : cityNodes) {
          if (!c.isObject()) {
            yaml.problem(e.file(), e.line(), "cities of " + code + ": expected {name: ...}, found " + c);
            continue;
          }
          for (var it = c.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("name", "aliases", "capital", "capital_from", "capital_to").contains(f)) {
              yaml.problem(e.file(), e.line(), "city of " + code + ": unknown field '" + f
                  + "' (expected one of [aliases, capital, capital_from, capital_to, name])");
            }
          }
          String cityName = yaml.required(e, c, "name");
          if (cityName == null) {
            continue;
          }
          boolean capital = c.has("capital") && c.get("capital").asBoolean(false);
          PartialDate from = yaml.date(e, c, "capital_from");
          PartialDate to = yaml.date(e, c, "capital_to");
          cities.add(new Entries.City(cityName, yaml.list(e, c, "aliases"), code, capital, from, to));
        }
      } else if (cityNodes != null) {
        yaml.problem(e.file(), e.line(), "field 'cities' must be a list");
      }
      countries.add(
          new Entries.Country(
              code, name, yaml.list(e, e.node(), "names"), yaml.list(e, e.node(), "adjectives"),
              yaml.list(e, e.node(), "demonyms"), cities));
    }

    private void organization(YamlEntries.Entry e) {
      yaml.onlyFields(e, Set.of("code", "name", "names", "acronyms"));
      String code = yaml.required(e, e.node(), "code");
      String name = yaml.required(e, e.node(), "name");
      if (code != null && name != null) {
        organizations.add(
            new Entries.Organization(code, name, yaml.list(e, e.node(), "names"), yaml.list(e, e.node(), "acronyms")));
      }
    }

    private void person(YamlEntries.Entry e) {
      yaml.onlyFields(e, Set.of("id", "name", "given", "family", "aliases", "roles"));
      String id = yaml.required(e, e.node(), "id");
      String name = yaml.required(e, e.node(), "name");
      if (id == null || name == null) {
        return;
      }
      if (!SLUG.matcher(id).matches()) {
        yaml.problem(e.file(), e.line(), "id must be a lower-case ASCII slug like 'emomali-rahmon', found '" + id + "'");
        return;
      }
      List<String> family = yaml.list(e, e.node(), "family");
      if (family.isEmpty()) {
        yaml.problem(e.file(), e.line(), "person '" + id + "' needs at least one family name");
        return;
      }
      List<Entries.Role> roles = new ArrayList<>();
      var roleNodes = e.node().get("roles");
      if (roleNodes != null && roleNodes.isArray()) {
        for (var r : roleNodes) {
          for (var it = r.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("role", "country", "title", "from", "to", "acting").contains(f)) {
              yaml.problem(e.file(), e.line(), "role of '" + id + "': unknown field '" + f
                  + "' (expected one of [acting, country, from, role, title, to])");
            }
          }
          String role = yaml.required(e, r, "role");
          String country = yaml.required(e, r, "country");
          String title = yaml.required(e, r, "title");
          PartialDate from = yaml.date(e, r, "from");
          PartialDate to = yaml.date(e, r, "to");
          if (role != null && !ROLES.contains(role)) {
            yaml.problem(e.file(), e.line(), "role of '" + id + "': unknown role '" + role + "' (expected one of "
                + new java.util.TreeSet<>(ROLES) + ")");
            continue;
          }
          if (country != null && !CODE.matcher(country).matches()) {
            yaml.problem(e.file(), e.line(), "role of '" + id + "': country must be ISO alpha-2, found '" + country + "'");
            continue;
          }
          if (from != null && to != null && from.compareTo(to) > 0) {
            yaml.problem(e.file(), e.line(), "role of '" + id + "': from " + from + " is after to " + to);
            continue;
          }
          if (role != null && country != null && title != null) {
            roles.add(new Entries.Role(role, country, title, from, to));
          }
        }
      }
      persons.put(
          id,
          new Entries.Person(id, name, yaml.list(e, e.node(), "given"), family, yaml.list(e, e.node(), "aliases"), roles));
    }

    private void listSection(
        YamlEntries.Entry e, String keyField, String listField, Map<String, List<String>> into, Set<String> allowedKeys) {
      yaml.onlyFields(e, Set.of(keyField, listField));
      String key = yaml.required(e, e.node(), keyField);
      if (key == null) {
        return;
      }
      if (allowedKeys != null && !allowedKeys.contains(key)) {
        yaml.problem(e.file(), e.line(), "unknown " + keyField + " '" + key + "' (expected one of "
            + new java.util.TreeSet<>(allowedKeys) + ")");
        return;
      }
      into.computeIfAbsent(key, k -> new ArrayList<>()).addAll(yaml.list(e, e.node(), listField));
    }

    void crossCheck() {
      for (Entries.Person p : persons.values()) {
        for (Entries.Role r : p.roles()) {
          if (!countryWhere.containsKey(r.country())) {
            yaml.problem("persons.yaml", 0, "person '" + p.id() + "' has a role in unknown country " + r.country());
          }
        }
      }
    }
  }
}
