package org.entente.server.web;

import java.util.List;
import java.util.Map;
import org.entente.server.search.FacetCount;
import org.entente.server.search.SearchHit;
import org.entente.server.search.SearchQuery;
import org.entente.server.search.SearchResults;
import org.entente.server.search.Segment;

/** {@code /search}: the form, highlighted results, and facets that narrow them. */
final class SearchPage {

  private SearchPage() {}

  static String render(SearchQuery query, SearchResults results) {
    Html h = new Html();
    h.open("form", "class", "search", "method", "get", "action", "/search");
    h.open("input", "type", "search", "name", "q", "id", "q", "value", query == null ? "" : query.text(),
        "maxlength", Integer.toString(SearchQuery.MAX_LENGTH), "placeholder", "words or \"a phrase\"", "aria-label", "Query");
    h.el("button", "Search", "type", "submit").close("form");
    if (query == null || results == null) {
      h.el("p", "Search the documents and facts: words, \"exact phrases\", AND, OR, NOT.", "class", "hint");
      return Layout.page("Search", "/search", h);
    }
    h.el("p", results.total() + " results", "class", "count", "id", "result-count");
    h.open("div", "class", "results-layout");
    h.open("aside", "class", "facets", "id", "facets");
    for (Map.Entry<String, List<FacetCount>> facet : results.facets().entrySet()) {
      if (facet.getValue().isEmpty()) {
        continue;
      }
      h.el("h3", facet.getKey()).open("ul");
      for (FacetCount c : facet.getValue()) {
        h.open("li").link(narrow(query, facet.getKey(), c.value()), c.value(), "class", "facet")
            .text(" (" + c.count() + ")").close("li");
      }
      h.close("ul");
    }
    h.close("aside");
    h.open("ol", "class", "results", "id", "results");
    for (SearchHit hit : results.hits()) {
      h.open("li", "class", "hit " + hit.kind());
      h.open("a", "class", hit.kind().equals("fact") ? "fact" : "doc", "href", hit.href());
      h.el("span", hit.kind(), "class", "kind").text(" ").el("strong", hit.title()).close("a");
      h.open("p", "class", "snippet");
      for (Segment s : hit.snippet()) {
        if (s.hit()) {
          h.el("mark", s.text());
        } else {
          h.text(s.text());
        }
      }
      h.close("p").el("span", hit.doc() + (hit.year() == null ? "" : ", " + hit.year()), "class", "source");
      h.close("li");
    }
    h.close("ol").close("div");
    return Layout.page("Search", "/search", h);
  }

  private static String narrow(SearchQuery q, String dim, String value) {
    StringBuilder url = new StringBuilder("/search?q=").append(Links.encode(q.text()));
    String type = dim.equals("type") ? value : q.type();
    String year = dim.equals("year") ? value : q.year() == null ? null : q.year().toString();
    String country = dim.equals("country") ? value : q.country();
    if (type != null) {
      url.append("&type=").append(Links.encode(type));
    }
    if (year != null) {
      url.append("&year=").append(Links.encode(year));
    }
    if (country != null) {
      url.append("&country=").append(Links.encode(country));
    }
    if (q.kind() != null) {
      url.append("&kind=").append(Links.encode(q.kind()));
    }
    return url.toString();
  }
}
