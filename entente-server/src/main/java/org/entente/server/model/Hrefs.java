package org.entente.server.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of documents and of a fact's sentence, the same wherever a link is made. */
public final class Hrefs {

  private Hrefs() {}

  /** {@code /documents/{id}}, the id encoded as one path segment. */
  public static String document(String doc) {
    return "/documents/" + URLEncoder.encode(doc, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code /documents/{id}#f-{fact}}: the document scrolled to the fact's sentence. */
  public static String fact(String doc, long fact) {
    return document(doc) + "#f-" + fact;
  }
}
