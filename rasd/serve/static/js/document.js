// Document page: hovering or focusing an event card lights up its trigger and roles in the text;
// clicking a card brings its trigger into view; clicking a lit trigger in the text opens its card.
"use strict";
(function () {
  var text = document.getElementById("doc-text");
  if (!text) return;
  // [element, role] for each stretch of the text that plays a role in event `id` (data-parts="e1:actor1 e5:actor2")
  function partsOf(id) {
    var out = [];
    var parts = text.querySelectorAll("[data-parts]");
    for (var i = 0; i < parts.length; i++) {
      var pairs = (parts[i].getAttribute("data-parts") || "").split(" ");
      for (var j = 0; j < pairs.length; j++) {
        var k = pairs[j].indexOf(":");
        if (pairs[j].slice(0, k) === id) out.push([parts[i], pairs[j].slice(k + 1)]);
      }
    }
    return out;
  }
  function mark(id, on) {
    var parts = partsOf(id);
    for (var i = 0; i < parts.length; i++) {
      parts[i][0].classList.toggle("active", on);
      parts[i][0].classList.toggle("active-" + parts[i][1], on);
    }
  }
  var current = null;
  function select(card) {
    if (current) current.classList.remove("current");
    current = card;
    card.classList.add("current");
  }
  var cards = document.querySelectorAll(".doc-event[data-ev]");
  var byId = {};
  for (var i = 0; i < cards.length; i++) {
    (function (card) {
      var id = card.getAttribute("data-ev");
      byId[id] = card;
      card.addEventListener("mouseenter", function () { mark(id, true); });
      card.addEventListener("mouseleave", function () { mark(id, false); });
      card.addEventListener("focus", function () { mark(id, true); });
      card.addEventListener("blur", function () { mark(id, false); });
      card.addEventListener("click", function (ev) {
        if (ev.target.closest("a, summary")) return;
        var trigger = partsOf(id).filter(function (p) { return p[1] === "trigger"; })[0];
        if (trigger) trigger[0].scrollIntoView({block: "center"});
        select(card);
      });
    })(cards[i]);
  }
  text.addEventListener("click", function (ev) {
    var part = ev.target.closest(".ev-trigger[data-parts]");
    if (!part || ev.target.closest("a")) return;
    var first = (part.getAttribute("data-parts") || "").split(" ").filter(function (p) { return /:trigger$/.test(p); })[0];
    var card = first && byId[first.slice(0, first.indexOf(":"))];
    if (!card) return;
    card.scrollIntoView({block: "nearest"});
    card.focus({preventScroll: true});
    select(card);
  });
})();
