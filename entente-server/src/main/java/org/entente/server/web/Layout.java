package org.entente.server.web;

import java.util.List;

/** The frame of every page: head, navigation, main. */
final class Layout {

  private static final List<String[]> NAV =
      List.of(
          new String[] {"/", "Overview"},
          new String[] {"/chronology", "Chronology"},
          new String[] {"/agreements", "Agreements"},
          new String[] {"/trade", "Trade"},
          new String[] {"/conflicts", "Conflicts"},
          new String[] {"/documents", "Documents"},
          new String[] {"/search", "Search"});

  private Layout() {}

  static String page(String title, String active, Html body) {
    Html h = new Html().doctype();
    h.open("html", "lang", "en").open("head");
    h.open("meta", "charset", "utf-8");
    h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.el("title", title + " · Entente");
    h.open("link", "rel", "stylesheet", "href", "/assets/app.css");
    h.open("script", "src", "/assets/app.js", "defer", "defer").close("script");
    h.close("head").open("body");
    h.open("header").link("/", "Entente", "class", "brand").open("nav");
    for (String[] item : NAV) {
      h.link(item[0], item[1], "class", item[0].equals(active) ? "active" : null);
    }
    h.close("nav");
    h.open("form", "class", "quick", "action", "/search", "method", "get");
    h.open("input", "type", "search", "name", "q", "placeholder", "Search", "aria-label", "Search", "maxlength", "500");
    h.close("form").close("header");
    h.open("main").el("h1", title).add(body).close("main");
    h.close("body").close("html");
    return h.toString();
  }
}
