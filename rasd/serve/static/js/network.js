// Network page: actors and their event/relation edges with Cytoscape.js (vendored); click a node -> actor page.
"use strict";
(function () {
  var QUAD = { AGREE: "VC", CONSULT: "VC", SUPPORT: "VC", CONCEDE: "VC", COOPERATE: "MC", AID: "MC", RETREAT: "MC",
    REQUEST: "VK", ACCUSE: "VK", REJECT: "VK", THREATEN: "VK", PROTEST: "MK", SANCTION: "MK", MOBILIZE: "MK",
    COERCE: "MK", ASSAULT: "MK" };
  var COLOR = { VC: "#2a9d8f", MC: "#1d6f42", VK: "#e09f3e", MK: "#c0392b", rel: "#5b5f97" };

  // One drawn edge per directed actor pair and kind (events / relations): width = all of its events,
  // colour = the quad class with most events. The table under the graph keeps the per-type detail.
  function elements(net) {
    var els = [];
    var maxW = 1;
    net.nodes.forEach(function (n) { maxW = Math.max(maxW, n.weight); });
    net.nodes.forEach(function (n) {
      els.push({ group: "nodes", data: { id: n.id, label: n.name, type: n.type, size: 18 + 42 * Math.sqrt(n.weight / maxW) } });
    });
    var pairs = {};
    net.edges.forEach(function (e) {
      var key = e.source + "\u0000" + e.target + "\u0000" + e.kind;
      var p = pairs[key] || (pairs[key] = { source: e.source, target: e.target, kind: e.kind, weight: 0, byQuad: {}, types: [] });
      var q = e.kind === "relation" ? "rel" : (QUAD[e.type] || "MK");
      p.weight += e.weight;
      p.byQuad[q] = (p.byQuad[q] || 0) + e.weight;
      p.types.push(e.type + " " + e.weight);
    });
    var maxE = 1;
    Object.keys(pairs).forEach(function (k) { maxE = Math.max(maxE, pairs[k].weight); });
    Object.keys(pairs).forEach(function (k, i) {
      var p = pairs[k];
      var top = Object.keys(p.byQuad).sort(function (a, b) { return p.byQuad[b] - p.byQuad[a]; })[0];
      els.push({ group: "edges", data: { id: "e" + i, source: p.source, target: p.target, weight: p.weight,
        color: COLOR[top], kind: p.kind, title: p.types.join(", "), width: 1.5 + 8 * Math.sqrt(p.weight / maxE) } });
    });
    return els;
  }

  function draw(container, net) {
    if (cytoscape.warnings) cytoscape.warnings(false);  // layout notices, not errors
    var cy = cytoscape({
      container: container,
      elements: elements(net),
      style: [
        { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
          "background-color": "#34495e", "color": "#1b1b1b", "font-size": 13, "font-family": "Noto Sans Arabic, DejaVu Sans, sans-serif",
          "text-valign": "bottom", "text-margin-y": 4, "text-background-color": "#ffffff", "text-background-opacity": 0.8,
          "text-background-padding": 2 } },
        { selector: "node[type = 'GPE']", style: { "background-color": "#2471a3" } },
        { selector: "node[type = 'PER']", style: { "background-color": "#8e44ad" } },
        { selector: "edge", style: { "width": "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "control-point-step-size": 18, "opacity": 0.75 } },
        { selector: "edge[kind = 'relation']", style: { "line-style": "dashed" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#f1c40f" } }
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 110, padding: 20 }
    });
    cy.on("tap", "node", function (evt) {
      window.location.href = "/actors/" + encodeURIComponent(evt.target.id());
    });
    container.setAttribute("data-ready", String(net.nodes.length));
    window.rasdNetwork = cy;
  }

  window.addEventListener("DOMContentLoaded", function () {
    var container = document.getElementById("cy");
    if (!container || typeof cytoscape === "undefined") return;
    fetch(container.getAttribute("data-api"), { headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (net) { draw(container, net); })
      .catch(function (err) { container.textContent = "تعذر تحميل الشبكة: " + err.message; });
  });
})();
