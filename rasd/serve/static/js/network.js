// Network page: actors and their event/relation edges with Cytoscape.js (vendored); click a node -> actor page.
"use strict";
(function () {
  var QUAD = { AGREE: "VC", CONSULT: "VC", SUPPORT: "VC", CONCEDE: "VC", COOPERATE: "MC", AID: "MC", RETREAT: "MC",
    REQUEST: "VK", ACCUSE: "VK", REJECT: "VK", THREATEN: "VK", PROTEST: "MK", SANCTION: "MK", MOBILIZE: "MK",
    COERCE: "MK", ASSAULT: "MK" };
  var COLOR = { VC: "#2a9d8f", MC: "#1d6f42", VK: "#e09f3e", MK: "#c0392b", rel: "#5b5f97" };

  function elements(net) {
    var els = [];
    var maxW = 1;
    net.nodes.forEach(function (n) { maxW = Math.max(maxW, n.weight); });
    net.nodes.forEach(function (n) {
      els.push({ group: "nodes", data: { id: n.id, label: n.name, type: n.type, size: 18 + 42 * Math.sqrt(n.weight / maxW) } });
    });
    net.edges.forEach(function (e, i) {
      var q = e.kind === "relation" ? "rel" : (QUAD[e.type] || "MK");
      els.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
        color: COLOR[q], label: e.type, kind: e.kind, width: Math.min(1.5 + 1.5 * Math.log2(1 + e.weight), 10) } });
    });
    return els;
  }

  function draw(container, net) {
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
          "target-arrow-shape": "triangle", "curve-style": "bezier", "opacity": 0.8 } },
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
