package org.entente.server.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of documents and of a fact's sentence, the same wherever a link is made. */
public final class Hrefs {

  private Hrefs() {}

  /** {@code /documents/{id}}, the id encoded as one path segment. */
  public static String document(String doc) {
    return "/documents/" + segment(doc);
  }

  /** A value encoded as one path segment. */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code /documents/{id}#f-{fact}}: the document scrolled to the fact's sentence. */
  public static String fact(String doc, long fact) {
    return document(doc) + "#f-" + fact;
  }

  /**
   * {@code /documents/{id}#q-{start}-{end}}: the document scrolled to a quote no fact's evidence
   * holds, by its code points.
   */
  public static String quote(String doc, int start, int end) {
    return document(doc) + "#q-" + start + "-" + end;
  }
}
