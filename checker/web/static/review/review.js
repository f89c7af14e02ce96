/* Review page: popovers on the marked figures (mouse, keyboard, touch), and links that lead to a figure. */
(function () {
  "use strict";
  var root = document.getElementById("review");
  if (!root) { return; }
  document.documentElement.classList.add("js");
  document.querySelectorAll("#details .popover").forEach(function (popover) { popover.hidden = true; });

  var current = null;  // {mark, popover, pinned}
  var timer = null;

  function markOf(anchor) { return document.getElementById("claim-" + anchor); }
  function popoverOf(mark) { return document.getElementById(mark.getAttribute("aria-controls")); }
  function later(action, delay) { clearTimeout(timer); timer = setTimeout(action, delay); }

  function place(mark, popover) {
    var rect = mark.getBoundingClientRect();
    var viewport = document.documentElement.clientWidth;
    var left = Math.min(rect.left, viewport - popover.offsetWidth - 8);
    popover.style.left = (Math.max(8, left) + window.scrollX) + "px";
    popover.style.top = (rect.bottom + window.scrollY + 6) + "px";
  }

  function open(mark, pin, focus) {
    clearTimeout(timer);
    if (current && current.mark !== mark) { close(false); }
    var popover = popoverOf(mark);
    if (!popover) { return; }
    popover.hidden = false;
    place(mark, popover);
    mark.setAttribute("aria-expanded", "true");
    current = { mark: mark, popover: popover, pinned: pin || (current !== null && current.pinned) };
    if (focus) { popover.focus(); }
  }

  function close(returnFocus) {
    clearTimeout(timer);
    if (!current) { return; }
    var mark = current.mark;
    current.popover.hidden = true;
    mark.setAttribute("aria-expanded", "false");
    current = null;
    if (returnFocus) { mark.focus(); }
  }

  function goTo(anchor, focusPopover) {
    var mark = markOf(anchor);
    if (!mark) { return false; }
    close(false);
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
    open(mark, true, focusPopover);
    if (window.history.replaceState) { window.history.replaceState(null, "", "#claim-" + anchor); }
    return true;
  }

  document.querySelectorAll("mark.claim").forEach(function (mark) {
    mark.addEventListener("click", function (event) {
      event.stopPropagation();
      if (current && current.mark === mark && current.pinned) { close(false); } else { open(mark, true, true); }
    });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open(mark, true, true);
      }
    });
    mark.addEventListener("mouseenter", function () {
      if (!current || !current.pinned) { later(function () { open(mark, false, false); }, 120); }
    });
    mark.addEventListener("mouseleave", function () {
      if (current && !current.pinned) { later(function () { close(false); }, 250); } else { clearTimeout(timer); }
    });
  });

  document.querySelectorAll("#details .popover").forEach(function (popover) {
    popover.addEventListener("mouseenter", function () { clearTimeout(timer); });
    popover.addEventListener("mouseleave", function () {
      if (current && !current.pinned) { later(function () { close(false); }, 250); }
    });
    popover.addEventListener("keydown", function (event) {
      if (event.key !== "Tab") { return; }
      var focusable = popover.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea");
      var first = focusable[0], last = focusable[focusable.length - 1];
      var leaving = event.shiftKey ? (document.activeElement === first || document.activeElement === popover)
                                   : document.activeElement === last;
      if (leaving) { event.preventDefault(); close(true); }
    });
    popover.querySelector("[data-close]").addEventListener("click", function () { close(true); });
  });

  document.querySelectorAll("a.claim-link[data-claim]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (goTo(link.getAttribute("data-claim"), false)) {
        event.preventDefault();
        event.stopPropagation();
      }
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current) { close(true); }
  });
  document.addEventListener("click", function (event) {
    if (current && !current.popover.contains(event.target) && !current.mark.contains(event.target)) { close(false); }
  });
  window.addEventListener("resize", function () { if (current) { place(current.mark, current.popover); } });

  var requested = root.getAttribute("data-open");
  var hash = window.location.hash.indexOf("#claim-") === 0 ? window.location.hash.slice(7) : "";
  if (requested) { goTo(requested, true); } else if (hash) { goTo(hash, false); }
})();
