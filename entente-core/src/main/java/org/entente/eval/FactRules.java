package org.entente.eval;

import static org.entente.eval.PyValues.eq;
import static org.entente.eval.PyValues.get;
import static org.entente.eval.PyValues.lt;
import static org.entente.eval.PyValues.orNone;
import static org.entente.eval.PyValues.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a predicted fact matches a gold one, and when a non-key argument counts as right: the
 * contract's rules, as score.py states them (its {@code KEYS}, {@code equal}, {@code same}, {@code
 * dates_agree}, {@code matches} and {@code overlap}).
 */
final class FactRules {

  /** The key arguments of each type, in score.py's order. */
  static final Map<String, List<String>> KEYS = keys();

  /** The types of the extended score; every other type is core. */
  static final Set<String> EXTENDED = Set.of("trade_flow", "cooperation_area", "commitment");

  /** Key arguments compared by the words they share. */
  static final Set<String> FUZZY = Set.of("title", "name", "institution", "award", "document");

  /** Key arguments compared as numbers, within 1 %. */
  static final Set<String> NUMERIC = Set.of("value_usd", "count", "rank", "clause");

  /** Arguments naming persons, compared after folding transliteration. */
  static final Set<String> PERSON =
      Set.of("visitor", "participants", "person", "recipient", "conferred_by", "signatories");

  private static final Set<String> STOP =
      Set.of("the of on and between a an in for to with by republic at its as from".split(" "));
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern REPEATED = Pattern.compile("(.)\\1+");
  private static final String[][] TRANSLITERATIONS = {
    {"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, {"kh", "h"}, {"y", ""}
  };

  private FactRules() {}

  private static Map<String, List<String>> keys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("relations_established", List.of("parties"));
    keys.put("mission", List.of("sender", "host", "level"));
    keys.put("visit", List.of("visitor", "host_country"));
    keys.put("talks", List.of("participants"));
    keys.put("agreement", List.of("title"));
    keys.put("agreements_batch", List.of("count"));
    keys.put("legal_base", List.of("count"));
    keys.put("trade_volume", List.of("parties", "value_usd"));
    keys.put("trade_target", List.of("parties", "value_usd"));
    keys.put("trade_partner_rank", List.of("partner", "of", "rank"));
    keys.put("trade_flow", List.of("exporter", "importer", "commodity"));
    keys.put("institution", List.of("name"));
    keys.put("institution_session", List.of("institution"));
    keys.put("org_cooperation", List.of("parties", "org"));
    keys.put("award", List.of("recipient", "award"));
    keys.put("person_role", List.of("person", "role", "country"));
    keys.put("commitment", List.of("document", "clause"));
    keys.put("cooperation_area", List.of("parties", "area"));
    return Collections.unmodifiableMap(keys);
  }

  /** The content words of {@code str(value)}: for a list, the words of its items' reprs. */
  static Set<String> words(JsonNode v) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(PyText.lower(PyText.str(orNone(v))));
    while (m.find()) {
      if (!STOP.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }

  /** Case and whitespace folded, lists sorted, dicts normalized value by value. */
  static JsonNode norm(JsonNode v) {
    v = orNone(v);
    if (v.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      v.forEach(x -> items.add(norm(x)));
      return array(PyValues.sorted(items));
    }
    if (v.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      v.properties().forEach(field -> out.set(field.getKey(), norm(field.getValue())));
      return out;
    }
    if (v.isTextual()) {
      return TextNode.valueOf(String.join(" ", PyText.split(PyText.lower(v.textValue()))));
    }
    return v;
  }

  /** Transliteration variants folded: letters only, dzh/dj/zh to j, kh to h, no y, no doubles. */
  static JsonNode foldPerson(JsonNode v) {
    v = orNone(v);
    if (v.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      v.forEach(x -> items.add(foldPerson(x)));
      return array(PyValues.sorted(items));
    }
    if (!v.isTextual()) {
      return v;
    }
    String s = NOT_LETTER.matcher(PyText.lower(v.textValue())).replaceAll("");
    for (String[] pair : TRANSLITERATIONS) {
      s = s.replace(pair[0], pair[1]);
    }
    return TextNode.valueOf(REPEATED.matcher(s).replaceAll("$1"));
  }

  /** Equality of a non-key argument, as attribute accuracy counts it. */
  static boolean same(String key, JsonNode a, JsonNode b) {
    if (PERSON.contains(key)) {
      return eq(foldPerson(a), foldPerson(b));
    }
    return eq(norm(a), norm(b));
  }

  /** Equality of a key argument. */
  static boolean equal(String key, JsonNode a, JsonNode b) {
    if (PERSON.contains(key)) {
      return eq(foldPerson(a), foldPerson(b));
    }
    if (FUZZY.contains(key)) {
      Set<String> wa = words(a);
      Set<String> wb = words(b);
      Set<String> union = new HashSet<>(wa);
      union.addAll(wb);
      Set<String> both = new HashSet<>(wa);
      both.retainAll(wb);
      return !union.isEmpty() && (double) both.size() / union.size() >= 0.5;
    }
    if (NUMERIC.contains(key) && !orNone(a).isNull() && !orNone(b).isNull()) {
      OptionalDouble fa = PyValues.toFloat(a);
      OptionalDouble fb = PyValues.toFloat(b);
      if (fa.isEmpty() || fb.isEmpty()) {
        return false;
      }
      double x = fa.getAsDouble();
      double y = fb.getAsDouble();
      return Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y));
    }
    return eq(norm(a), norm(b));
  }

  /**
   * Whether the prediction's date begins with the gold one. The gold's start decides when it has
   * one; else its end, which a predicted end or, failing that, a predicted start may satisfy.
   */
  static boolean datesAgree(JsonNode gold, JsonNode pred) {
    JsonNode gw = orEmpty(get(gold, "when"));
    JsonNode pw = orEmpty(get(pred, "when"));
    for (String part : List.of("start", "end")) {
      JsonNode g = get(gw, part);
      if (truthy(g)) {
        JsonNode p = get(pw, part);
        if (!truthy(p)) {
          p =
              part.equals("end") && !truthy(get(gw, "start"))
                  ? get(pw, "start")
                  : NullNode.getInstance();
        }
        if (!p.isTextual()) {
          return false;
        }
        if (!g.isTextual()) {
          throw PyValues.typeError(
              "startswith first arg must be str, not "
                  + PyValues.typeName(g)
                  + " (when."
                  + part
                  + ")");
        }
        return p.textValue().startsWith(g.textValue());
      }
    }
    return true;
  }

  /** Every key argument equal and the dates in agreement. */
  static boolean matches(JsonNode gold, JsonNode pred) {
    JsonNode ga = argsOf(gold);
    JsonNode pa = argsOf(pred);
    for (String key : KEYS.get(gold.get("type").textValue())) {
      if (!equal(key, get(ga, key), get(pa, key))) {
        return false;
      }
    }
    return datesAgree(gold, pred);
  }

  /** Whether any span of {@code a} overlaps any span of {@code b}. */
  static boolean overlap(JsonNode a, JsonNode b) {
    JsonNode zero = IntNode.valueOf(0);
    for (JsonNode x : PyValues.iterate(a)) {
      for (JsonNode y : PyValues.iterate(b)) {
        if (lt(get(x, "start", zero), get(y, "end", zero))
            && lt(get(y, "start", zero), get(x, "end", zero))) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code fact.get("args", {})}. */
  static JsonNode argsOf(JsonNode fact) {
    JsonNode args = get(fact, "args", null);
    return args == null ? JsonNodeFactory.instance.objectNode() : args;
  }

  /** {@code value or {}}. */
  static JsonNode orEmpty(JsonNode v) {
    return truthy(v) ? v : JsonNodeFactory.instance.objectNode();
  }

  private static ArrayNode array(List<JsonNode> items) {
    return JsonNodeFactory.instance.arrayNode().addAll(items);
  }
}
