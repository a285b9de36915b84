package org.entente.server.web;

import org.entente.server.library.Current;
import org.entente.server.views.Conflict;

/** {@code /conflicts}: sources that disagree, of every pair, side by side. */
final class ConflictsPage {

  private ConflictsPage() {}

  static String render(Current current) {
    Html h = new Html();
    if (current.views().conflicts().isEmpty()) {
      h.el("p", "The sources agree on every date and figure.");
    }
    for (Conflict c : current.views().conflicts()) {
      h.open("section", "class", "conflict", "data-kind", c.kind(), "data-about", c.about(), "data-pair", c.pair());
      h.open("h2").link(c.link(), c.subject()).close("h2");
      h.el("p", c.pair() + ": sources disagree about the " + (c.about().equals("value_usd") ? "value" : c.about()),
          "class", "about");
      h.open("div", "class", "side-by-side");
      for (Conflict.Claim claim : c.claims()) {
        h.open("article", "class", "claim");
        h.el("p", claim.value(), "class", "value");
        h.open("a", "class", "fact", "href", claim.mention().href());
        h.el("blockquote", claim.mention().quote());
        h.close("a");
        h.el("p", claim.mention().doc(), "class", "source");
        h.close("article");
      }
      h.close("div").close("section");
    }
    return Layout.page("Conflicts", "/conflicts", h);
  }
}
