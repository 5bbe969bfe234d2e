// Keyboard shortcuts for the reviewer desk (listed in the page footer).
(function () {
  "use strict";
  let pendingG = false;
  function typing(target) {
    const tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  function focus(id) {
    const el = document.getElementById(id);
    if (el) { el.focus(); el.scrollIntoView({ block: "center" }); return true; }
    return false;
  }
  document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      const form = event.target && event.target.form;
      if (form) { event.preventDefault(); form.requestSubmit(); }
      return;
    }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (pendingG) {
      pendingG = false;
      if (event.key === "q") { window.location.href = "/ui/queue"; }
      return;
    }
    switch (event.key) {
      case "n": {
        const form = document.getElementById("take-next");
        if (form) { event.preventDefault(); form.requestSubmit(); }
        break;
      }
      case "e": if (focus("evidence-question") || focus("evidence-url")) event.preventDefault(); break;
      case "v": if (focus("verdict-label")) event.preventDefault(); break;
      case "a": {
        const button = document.querySelector("[data-shortcut=approve]");
        if (button) { event.preventDefault(); button.click(); }
        break;
      }
      case "g": pendingG = true; break;
      case "?": {
        const help = document.getElementById("shortcuts");
        if (help) help.open = !help.open;
        break;
      }
    }
  });
})();
