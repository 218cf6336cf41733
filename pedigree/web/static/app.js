// Small and dependency-free: suggestions while typing, sortable tables, the landscape chart.
(function () {
  "use strict";

  // Suggestions: /api/search as the reader types (debounced), links to the entity pages.
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  const asOf = new URLSearchParams(location.search).get("as_of");
  let timer = null, last = "";
  function show(items) {
    list.replaceChildren();
    for (const hit of items) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      const kind = hit.type === "organization" ? "org" : "person";
      a.href = "/" + kind + "/" + encodeURIComponent(hit.id) + (asOf ? "?as_of=" + encodeURIComponent(asOf) : "");
      a.textContent = hit.name + (hit.matched !== hit.name ? " (" + hit.matched + ")" : "");
      a.setAttribute("role", "option");
      li.appendChild(a);
      list.appendChild(li);
    }
    list.hidden = items.length === 0;
  }
  if (input && list) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      const q = input.value.trim();
      if (!q) { show([]); return; }
      timer = setTimeout(function () {
        last = q;
        fetch("/api/search?limit=8&q=" + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { search: [] }; })
          .then(function (data) { if (q === last) show(data.search || []); })
          .catch(function () { show([]); });
      }, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Escape") show([]);
      if (e.key === "ArrowDown" && list.firstChild) { e.preventDefault(); list.firstChild.firstChild.focus(); }
    });
    document.addEventListener("click", function (e) { if (!list.contains(e.target) && e.target !== input) show([]); });
  }

  // Sortable tables: click a header; numbers sort by data-value when given.
  for (const table of document.querySelectorAll("table.sortable")) {
    const heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.from(heads).forEach(function (th, column) {
      th.addEventListener("click", function () {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.from(heads).forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const key = function (row) {
          const cell = row.cells[column];
          const raw = cell ? (cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim()) : "";
          const number = parseFloat(raw.replace(/,/g, ""));
          return isNaN(number) || th.dataset.type === "text" ? raw : number;
        };
        rows.sort(function (a, b) {
          const x = key(a), y = key(b);
          const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  // An organisation's financial chart: an <svg> drawn by a request of its own, put in place
  // once the page has loaded (the page does not wait for matplotlib).
  for (const figure of document.querySelectorAll("figure.chart[data-chart]")) {
    fetch(figure.dataset.chart)
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (svg) { if (svg) figure.innerHTML = svg; else figure.remove(); })
      .catch(function () { figure.remove(); });
  }

  // The landscape chart: a plotly figure's JSON, drawn with the plotly.js the server ships.
  for (const node of document.querySelectorAll(".plot[data-figure]")) {
    if (window.Plotly) {
      const figure = JSON.parse(node.dataset.figure);
      window.Plotly.newPlot(node, figure.data, figure.layout, { responsive: true, displaylogo: false });
    }
  }
})();
