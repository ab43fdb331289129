// Document page: focusing or hovering an event card lights up its trigger and roles in the text.
"use strict";
(function () {
  var text = document.getElementById("doc-text");
  if (!text) return;
  function mark(id, on) {
    var parts = text.querySelectorAll("[data-ev]");
    for (var i = 0; i < parts.length; i++) {
      var ids = (parts[i].getAttribute("data-ev") || "").split(" ");
      if (ids.indexOf(id) >= 0) parts[i].classList.toggle("active", on);
    }
  }
  var cards = document.querySelectorAll(".doc-event[data-ev]");
  for (var i = 0; i < cards.length; i++) {
    (function (card) {
      var id = card.getAttribute("data-ev");
      card.addEventListener("mouseenter", function () { mark(id, true); });
      card.addEventListener("mouseleave", function () { mark(id, false); });
      card.addEventListener("focus", function () { mark(id, true); });
      card.addEventListener("blur", function () { mark(id, false); });
    })(cards[i]);
  }
})();
