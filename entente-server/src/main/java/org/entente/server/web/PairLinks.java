package org.entente.server.web;

import java.util.List;

/** The pairs of countries a per-pair page can show, as links, the one shown marked. */
final class PairLinks {

  private PairLinks() {}

  /** Nothing when there is one pair or none: there is nothing to choose. */
  static void write(Html h, List<String> pairs, String path, String shown) {
    if (pairs.size() < 2) {
      return;
    }
    h.open("nav", "class", "pairs", "id", "pairs", "aria-label", "Pair of countries");
    for (String p : pairs) {
      h.link(path + "?pair=" + Links.encode(p), p, "class", p.equals(shown) ? "active" : null,
          "aria-current", p.equals(shown) ? "page" : null);
    }
    h.close("nav");
  }
}
