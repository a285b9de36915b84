// Entente pages: a little behaviour on server-rendered HTML. No framework, no build step.
(function () {
  "use strict";

  // Document view: mark the sentence named in the hash and scroll to it: a fact's (#f-123) or a
  // quote's of the knowledge base that no fact holds, by code points (#q-10-42).
  function showFact() {
    var m = /^#(f|q)-(\d+(?:-\d+)?)$/.exec(window.location.hash);
    document.querySelectorAll("mark.current, #fact-list li.current").forEach(function (el) {
      el.classList.remove("current");
    });
    if (!m) return;
    var attr = m[1] === "f" ? "data-facts" : "data-quotes";
    var id = m[2];
    var marks = Array.prototype.filter.call(document.querySelectorAll("mark.ev"), function (el) {
      return (el.getAttribute(attr) || "").split(" ").indexOf(id) >= 0;
    });
    marks.forEach(function (el) { el.classList.add("current"); });
    var item = m[1] === "f" ? document.getElementById("fl-" + id) : null;
    if (item) item.classList.add("current");
    var anchor = document.getElementById(m[1] + "-" + id) || marks[0];
    if (anchor) anchor.scrollIntoView({ block: "center" });
  }

  // Clicking a mark in the text shows its fact(s) in the list beside it.
  function wireMarks() {
    document.querySelectorAll("mark.ev").forEach(function (el) {
      el.addEventListener("click", function () {
        var first = (el.getAttribute("data-facts") || "").split(" ")[0];
        var quote = (el.getAttribute("data-quotes") || "").split(" ")[0];
        if (first) window.location.hash = "f-" + first;
        else if (quote) window.location.hash = "q-" + quote;
      });
    });
  }

  // Sortable tables: click a header to sort by that column, again to reverse.
  function wireSorting() {
    document.querySelectorAll("table.sortable").forEach(function (table) {
      table.querySelectorAll("th").forEach(function (th, index) {
        th.addEventListener("click", function () {
          var numeric = th.getAttribute("data-numeric") === "true";
          var asc = th.getAttribute("aria-sort") !== "ascending";
          table.querySelectorAll("th").forEach(function (o) { o.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", asc ? "ascending" : "descending");
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[index].textContent.trim(), y = b.cells[index].textContent.trim();
            var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
            return asc ? c : -c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  // The registry's filters: text (title or parties) and type.
  function wireRegistryFilter() {
    var input = document.getElementById("agreement-filter");
    var type = document.getElementById("agreement-type");
    var table = document.getElementById("registry");
    if (!input || !table) return;
    function apply() {
      var text = input.value.trim().toLowerCase();
      var t = type ? type.value : "";
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var ok = (!text || row.textContent.toLowerCase().indexOf(text) >= 0) &&
          (!t || row.getAttribute("data-type") === t);
        row.hidden = !ok;
      });
    }
    input.addEventListener("input", apply);
    if (type) type.addEventListener("change", apply);
  }

  // Filter forms that apply as soon as a choice changes.
  function wireAutoSubmit() {
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    wireMarks();
    wireSorting();
    wireRegistryFilter();
    wireAutoSubmit();
    showFact();
  });
  window.addEventListener("hashchange", showFact);
})();
