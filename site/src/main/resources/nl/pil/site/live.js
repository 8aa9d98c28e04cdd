// Pil live reload (only served by 'pil watch'): reloads the page after a rebuild, and shows build errors
// over the page while the last good version stays visible.
(function () {
  "use strict";
  var version = null;
  var overlay = null;

  function show(errors) {
    if (overlay) { overlay.remove(); overlay = null; }
    if (!errors.length) { return; }
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alert");
    overlay.className = "pil-live-errors"; // styled by /_pil/live.css: the site's CSP refuses inline styles
    var title = document.createElement("strong");
    title.textContent = "Pil: the last change has errors; this page shows the last good version.";
    overlay.appendChild(title);
    errors.forEach(function (e) {
      var p = document.createElement("p");
      p.textContent = e.file + ":" + e.line + ":" + e.column + ": " + e.message + (e.hint ? "  (" + e.hint + ")" : "");
      overlay.appendChild(p);
    });
    document.body.appendChild(overlay);
  }

  // the server holds "?since=N" until build N+1 is done (or 20 s pass), so a rebuild shows at once
  function poll() {
    var failed = false;
    fetch("/_pil/status" + (version === null ? "" : "?since=" + version), { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (version !== null && s.version !== version && !s.errors.length) { location.reload(); return; }
        version = s.version;
        show(s.errors);
      })
      .catch(function () { failed = true; /* the server restarts or stops: try again */ })
      .then(function () { setTimeout(poll, failed ? 1000 : 0); });
  }
  poll();
})();
