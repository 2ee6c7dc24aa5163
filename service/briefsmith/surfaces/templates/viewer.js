(function () {
  "use strict";
  function esc(id) { return String(id).replace(/["\\]/g, ""); }
  function marks(id, scope) {
    return (scope || document).querySelectorAll('mark[data-items~="' + esc(id) + '"]');
  }
  var shown = [];
  function clear() {
    shown.forEach(function (m) { m.classList.remove("active"); });
    shown = [];
    document.querySelectorAll(".item.active").forEach(function (e) { e.classList.remove("active"); });
  }
  function show(id, scroll, scope) {
    clear();
    var found = Array.prototype.slice.call(marks(id));
    found.forEach(function (m) { m.classList.add("active"); });
    shown = found;
    var target = scope ? marks(id, scope)[0] : found[0];
    if (scroll && target) { target.scrollIntoView({ block: "center", inline: "nearest" }); }
    return target;
  }
  function select(id) {
    document.querySelectorAll('.item[aria-current="true"]').forEach(function (e) {
      e.removeAttribute("aria-current");
    });
    var item = document.querySelector('.item[data-item="' + esc(id) + '"]');
    if (!item) { return; }
    item.setAttribute("aria-current", "true");
    item.scrollIntoView({ block: "nearest" });
    item.focus({ preventScroll: true });
    show(id, false);
    item.classList.add("active");
  }
  document.querySelectorAll(".item[data-item]").forEach(function (el) {
    function on() { show(el.dataset.item, true); el.classList.add("active"); }
    el.addEventListener("mouseenter", on);
    el.addEventListener("focus", on);
  });
  document.querySelectorAll("a.src[data-item]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var column = document.getElementById(link.dataset.column);
      if (show(link.dataset.item, true, column)) { event.preventDefault(); }
    });
    link.addEventListener("focus", function () {
      show(link.dataset.item, true, document.getElementById(link.dataset.column));
    });
  });
  document.querySelectorAll("mark[data-primary]").forEach(function (m) {
    m.addEventListener("click", function () { select(m.dataset.primary); });
  });
  var toggle = document.getElementById("show-removed");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var on = toggle.getAttribute("aria-pressed") !== "true";
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      document.querySelectorAll("del.removed").forEach(function (d) { d.hidden = !on; });
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { clear(); }
  });
})();
