package org.entente.gen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.Diagnostic;

/**
 * The generator's data, loaded and validated once: {@code templates.yaml} (scene → sentence
 * templates, see {@link Template}) and {@code vocabulary.yaml} (areas, commodities, organizations,
 * institutions, agreement and declaration titles, agencies, each keyed by the contract's code).
 * Every problem is reported with file and line, all at once, as a {@link GenDataException}.
 */
public final class GenData {

  static final Set<String> AREAS =
      Set.of("politics", "economy", "trade", "investment", "finance", "customs", "industry", "mining",
          "metallurgy", "machine_building", "light_industry", "oil_gas", "chemicals", "energy", "water",
          "agriculture", "food", "transport", "logistics", "communications", "digital", "it_security",
          "ai", "space", "science", "technology", "education", "culture", "humanitarian", "health",
          "tourism", "youth", "sport", "media", "environment", "emergencies", "military", "security",
          "interparliamentary", "regional");
  static final Set<String> COMMODITIES =
      Set.of("electricity", "cotton", "aluminium", "fruit", "vegetables", "textiles", "grain", "flour",
          "oil", "oil_products", "natural_gas", "ferrous_metals", "metals", "inorganic_chemicals", "food",
          "coal", "machinery", "vehicles", "fertilizers", "cement", "other");
  static final Set<String> ORGANIZATIONS =
      Set.of("UN", "CIS", "CSTO", "SCO", "EURASEC", "EAEU", "OSCE", "CICA", "WTO", "ECO", "OIC", "IFAS",
          "EU", "ASEAN", "NATO", "BRICS", "OTS");
  static final Set<String> INSTITUTION_KINDS =
      Set.of("council", "commission", "fund", "working_group", "business_council", "other");
  static final Set<String> DOC_TYPES =
      Set.of("treaty", "agreement", "memorandum", "program", "roadmap", "declaration", "joint_statement",
          "protocol", "other");
  private static final Set<String> TITLE_SLOTS = Set.of("area", "a", "b", "y1", "y2");
  private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9_]+)}");

  final Map<Scene, List<Template>> templates;
  final Map<String, List<String>> areas;
  final Map<String, List<String>> commodities;
  final Map<String, List<String>> organizations;
  final Map<String, List<String>> institutions;
  final Map<String, List<String>> agreements;
  final Map<String, List<String>> declarations;
  final List<String> agencies;

  private GenData(Loader l) {
    this.templates = l.templates;
    this.areas = l.codes.get("areas");
    this.commodities = l.codes.get("commodities");
    this.organizations = l.codes.get("organizations");
    this.institutions = l.codes.get("institutions");
    this.agreements = l.codes.get("agreements");
    this.declarations = l.codes.get("declarations");
    this.agencies = l.agencies;
  }

  /**
   * The built-in data files.
   *
   * @throws GenDataException listing every problem with its file and line
   */
  public static GenData builtin() {
    return load(resource("templates.yaml"), resource("vocabulary.yaml"));
  }

  private static LinedYaml.Node resource(String name) {
    try (InputStream in = GenData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new GenDataException(List.of(new Diagnostic(name, 0, "missing built-in data file")));
      }
      return LinedYaml.read(in);
    } catch (IOException e) {
      throw new GenDataException(List.of(new Diagnostic(name, 0, "not valid YAML: "
          + e.getMessage().lines().findFirst().orElse(""))));
    }
  }

  /** Validates parsed data files (for tests: hostile data is reported, never half-loaded). */
  static GenData load(LinedYaml.Node templates, LinedYaml.Node vocabulary) {
    Loader loader = new Loader();
    loader.templates(templates);
    loader.vocabulary(vocabulary);
    if (!loader.problems.isEmpty()) {
      throw new GenDataException(loader.problems);
    }
    return new GenData(loader);
  }

  static LinedYaml.Node parse(String yaml) {
    try {
      return LinedYaml.read(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Loader {
    final List<Diagnostic> problems = new ArrayList<>();
    final Map<Scene, List<Template>> templates = new EnumMap<>(Scene.class);
    final Map<String, Map<String, List<String>>> codes = new LinkedHashMap<>();
    List<String> agencies = List.of();

    void problem(String file, int line, String message) {
      problems.add(new Diagnostic(file, line, message));
    }

    void templates(LinedYaml.Node root) {
      String file = "templates.yaml";
      if (!(root instanceof LinedYaml.Mapping m)) {
        problem(file, root.line(), "expected a mapping of scene names to lists of templates");
        return;
      }
      Map<String, Scene> byKey = new LinkedHashMap<>();
      for (Scene s : Scene.values()) {
        byKey.put(s.key(), s);
      }
      m.entries().forEach((key, node) -> {
        Scene scene = byKey.get(key);
        if (scene == null) {
          problem(file, node.line(), "unknown scene '" + key + "' (expected one of " + byKey.keySet() + ")");
          return;
        }
        List<Template> list = new ArrayList<>();
        for (LinedYaml.Scalar s : strings(file, key, node)) {
          List<String> why = new ArrayList<>();
          Template t = Template.parse(scene, s.line(), s.text(), why);
          why.forEach(w -> problem(file, s.line(), w));
          if (t != null) {
            list.add(t);
          }
        }
        templates.put(scene, List.copyOf(list));
      });
      for (Scene s : Scene.values()) {
        if (templates.getOrDefault(s, List.of()).isEmpty()) {
          problem(file, m.line(), "scene '" + s.key() + "' has no templates");
        }
      }
    }

    void vocabulary(LinedYaml.Node root) {
      String file = "vocabulary.yaml";
      if (!(root instanceof LinedYaml.Mapping m)) {
        problem(file, root.line(), "expected a mapping of sections");
        return;
      }
      Map<String, Set<String>> sections = new LinkedHashMap<>();
      sections.put("areas", AREAS);
      sections.put("commodities", COMMODITIES);
      sections.put("organizations", ORGANIZATIONS);
      sections.put("institutions", INSTITUTION_KINDS);
      sections.put("agreements", DOC_TYPES);
      sections.put("declarations", Set.of("declaration", "joint_statement"));
      for (var e : m.entries().entrySet()) {
        if (!sections.containsKey(e.getKey()) && !e.getKey().equals("agencies")) {
          problem(file, e.getValue().line(), "unknown section '" + e.getKey() + "' (expected one of "
              + sections.keySet() + " or agencies)");
        }
      }
      sections.forEach((section, allowed) -> {
        LinedYaml.Node node = m.entries().get(section);
        Map<String, List<String>> table = new LinkedHashMap<>();
        codes.put(section, table);
        if (!(node instanceof LinedYaml.Mapping codesNode)) {
          problem(file, node == null ? m.line() : node.line(), "section '" + section
              + "' must be a mapping of codes to lists of phrases");
          return;
        }
        codesNode.entries().forEach((code, phrases) -> {
          if (!allowed.contains(code)) {
            problem(file, phrases.line(), section + ": unknown code '" + code + "' (expected one of "
                + allowed.stream().sorted().toList() + ")");
            return;
          }
          List<String> texts = new ArrayList<>();
          for (LinedYaml.Scalar s : strings(file, section + "." + code, phrases)) {
            if (section.equals("agreements") || section.equals("declarations")) {
              Matcher slot = SLOT.matcher(s.text());
              while (slot.find()) {
                if (!TITLE_SLOTS.contains(slot.group(1))) {
                  problem(file, s.line(), "unknown slot {" + slot.group(1) + "} in a title (expected one of "
                      + TITLE_SLOTS.stream().sorted().toList() + ")");
                }
              }
            }
            texts.add(s.text());
          }
          table.put(code, List.copyOf(texts));
        });
        if (table.isEmpty()) {
          problem(file, node.line(), "section '" + section + "' is empty");
        }
      });
      LinedYaml.Node agencyNode = m.entries().get("agencies");
      if (agencyNode == null) {
        problem(file, m.line(), "missing section 'agencies'");
      } else {
        agencies = strings(file, "agencies", agencyNode).stream().map(LinedYaml.Scalar::text).toList();
      }
    }

    private List<LinedYaml.Scalar> strings(String file, String what, LinedYaml.Node node) {
      List<LinedYaml.Scalar> out = new ArrayList<>();
      if (!(node instanceof LinedYaml.Seq seq)) {
        problem(file, node.line(), what + ": expected a list of strings");
        return out;
      }
      for (LinedYaml.Node item : seq.items()) {
        if (item instanceof LinedYaml.Scalar s && !s.text().isBlank()) {
          out.add(s);
        } else {
          problem(file, item.line(), what + ": expected a non-empty string");
        }
      }
      if (out.isEmpty() && seq.items().isEmpty()) {
        problem(file, node.line(), what + ": empty list");
      }
      return out;
    }
  }
}
