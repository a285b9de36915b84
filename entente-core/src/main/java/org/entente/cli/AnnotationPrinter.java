package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.annotate.Amount;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotation;
import org.entente.annotate.BodyMention;
import org.entente.annotate.CityMention;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layer;
import org.entente.annotate.Layers;
import org.entente.annotate.LowerCase;
import org.entente.annotate.OrganizationMention;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Sentence;
import org.entente.annotate.TimeExpression;
import org.entente.annotate.Token;
import org.entente.text.CodePoints;

/** Prints annotations for people (grouped by sentence) or as JSON (code-point offsets). */
final class AnnotationPrinter {

  private final PrintWriter out;
  private final boolean withTokens;
  private final ObjectMapper json = new ObjectMapper();

  AnnotationPrinter(PrintWriter out, boolean withTokens) {
    this.out = out;
    this.withTokens = withTokens;
  }

  void text(AnnotatedDocument doc) {
    String text = doc.text();
    CodePoints cp = new CodePoints(text);
    out.printf("document %s, published %s%n", doc.document().id(),
        doc.published() == null ? "unknown" : doc.published());
    List<Annotation> all = new ArrayList<>();
    for (Layer<?> layer : Layers.ALL) {
      if (layer != Layers.SENTENCES && (layer != Layers.TOKENS || withTokens) && doc.has(layer)) {
        all.addAll(doc.get(layer));
      }
    }
    all.sort((a, b) -> a.span().compareTo(b.span()));
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    int next = 0;
    int number = 0;
    for (Sentence s : sentences) {
      number++;
      out.printf(Locale.ROOT, "%nS%d [%d,%d)%s %s%n", number, cp.of(s.span().start()), cp.of(s.span().end()),
          s.marker() == null ? "" : " " + s.marker(), oneLine(s.span().of(text)));
      while (next < all.size() && all.get(next).span().start() < s.span().end()) {
        Annotation a = all.get(next++);
        Map<String, Object> d = describe(a);
        Object type = d.remove("type");
        out.printf(Locale.ROOT, "  %-8s %-40s \"%s\" [%d,%d)%n", type, d, oneLine(a.span().of(text)),
            cp.of(a.span().start()), cp.of(a.span().end()));
      }
    }
  }

  void json(AnnotatedDocument doc) {
    CodePoints cp = new CodePoints(doc.text());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("doc", doc.document().id());
    root.put("published", doc.published() == null ? null : doc.published().toString());
    Map<String, Object> layers = new LinkedHashMap<>();
    for (Layer<?> layer : Layers.ALL) {
      if (!doc.has(layer) || (layer == Layers.TOKENS && !withTokens)) {
        continue;
      }
      List<Map<String, Object>> items = new ArrayList<>();
      for (Annotation a : doc.get(layer)) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("start", cp.of(a.span().start()));
        d.put("end", cp.of(a.span().end()));
        d.put("text", a.span().of(doc.text()));
        d.putAll(describe(a));
        items.add(d);
      }
      layers.put(layer.name(), items);
    }
    root.put("layers", layers);
    try {
      out.println(json.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The annotation's kind and attributes, in a stable order. */
  static Map<String, Object> describe(Annotation a) {
    Map<String, Object> d = new LinkedHashMap<>();
    switch (a) {
      case Sentence s -> {
        d.put("type", "sentence");
        if (s.marker() != null) {
          d.put("marker", s.marker());
        }
      }
      case Token t -> {
        d.put("type", "token");
        d.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
      }
      case LowerCase l -> d.put("type", "lower-case");
      case CountryMention c -> {
        d.put("type", "country");
        d.put("code", c.code());
        d.put("form", c.form().name().toLowerCase(Locale.ROOT));
      }
      case CityMention c -> {
        d.put("type", "city");
        d.put("name", c.name());
        d.put("country", c.country());
        d.put("capital", c.capital());
      }
      case OrganizationMention o -> {
        d.put("type", "org");
        d.put("code", o.code());
      }
      case PersonMention p -> {
        d.put("type", "person");
        d.put("id", p.id());
        if (p.id() == null || p.candidates().size() > 1) {
          d.put("candidates", p.candidates());
        }
        if (p.role() != null) {
          d.put("role", p.role().role());
          d.put("country", p.role().country());
          d.put("title", p.role().title());
        }
      }
      case BodyMention b -> {
        d.put("type", "body");
        d.put("kind", b.kind());
        d.put("name", b.name());
        d.put("countries", b.countries());
      }
      case TimeExpression.Point p -> {
        d.put("type", "time");
        d.put("point", p.date().toString());
        if (p.relative()) {
          d.put("relative", true);
        }
        if (p.weekdayConflict()) {
          d.put("weekday_conflict", true);
        }
      }
      case TimeExpression.Period p -> {
        d.put("type", "time");
        d.put("start", p.start().toString());
        d.put("end", p.end().toString());
        if (p.relative()) {
          d.put("relative", true);
        }
      }
      case TimeExpression.DateList l -> {
        d.put("type", "time");
        d.put("dates", l.dates().stream().map(Object::toString).toList());
      }
      case TimeExpression.Vague v -> {
        d.put("type", "time");
        d.put("vague", v.direction().name().toLowerCase(Locale.ROOT));
      }
      case Amount m -> {
        d.put("type", "amount");
        d.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
        d.put("value", m.value());
        if (m.currency() != null) {
          d.put("currency", m.currency());
        }
        if (m.unit() != null) {
          d.put("unit", m.unit());
        }
        if (m.qualifier() != Amount.Qualifier.EXACT) {
          d.put("qualifier", m.qualifier().name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return d;
  }

  private static String oneLine(String s) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() > 140 ? flat.substring(0, 137) + "..." : flat;
  }
}
