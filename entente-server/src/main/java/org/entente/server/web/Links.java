package org.entente.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links between pages. */
final class Links {

  private Links() {}

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String document(String id) {
    return org.entente.server.model.Hrefs.document(id);
  }
}
