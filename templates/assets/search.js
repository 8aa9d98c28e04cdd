// Pil search: results as you type, from /api/search. Without JavaScript the form still works:
// the search service fills in the results when the page is requested with ?q=.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  var results = document.getElementById("search-results");
  if (!form || !results || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var type = form.querySelector("select[name=type]");
  var list = document.getElementById("search-suggestions");
  var api = form.getAttribute("data-api");
  var lang = form.getAttribute("data-lang");
  var timer = null;
  var latest = 0;
  var PAGE = 10; // as many as the page without JavaScript shows at a time

  function params(extra) {
    var p = new URLSearchParams({ q: input.value, lang: lang });
    if (type && type.value) { p.set("type", type.value); }
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }

  function render(data) {
    results.textContent = "";
    results.appendChild(el("p", { "class": data.related ? "search-summary search-related" : "search-summary" },
      data.texts.summary));
    if (data.suggestion) {
      var p = el("p", { "class": "search-suggestion" }, data.texts.didYouMean + " ");
      var a = el("a", { href: "?" + new URLSearchParams({ q: data.suggestion, lang: lang }) }, data.suggestion);
      a.addEventListener("click", function (e) { e.preventDefault(); input.value = data.suggestion; search(); });
      p.appendChild(a);
      results.appendChild(p);
    }
    var ol = el("ol");
    results.appendChild(ol);
    append(ol, data);
  }

  // one page of results into the list, and a "more results" button while there are more
  function append(ol, data) {
    data.results.forEach(function (hit) {
      var li = el("li", hit.fallback ? { lang: hit.lang } : {});
      var h = el("h2");
      h.appendChild(el("a", { href: hit.url, hreflang: hit.lang }, hit.title));
      li.appendChild(h);
      li.appendChild(el("p", { "class": "result-meta" }, hit.typeLabel + (hit.fallback ? " · " + hit.fallbackText : "")));
      if (hit.section && hit.section.heading) {
        // the section that answers, linked to its place on the page
        var sec = el("p", { "class": "result-section" });
        sec.appendChild(el("a", { href: hit.section.url, hreflang: hit.lang }, hit.section.heading));
        li.appendChild(sec);
      }
      var snippet = el("p", { "class": "snippet" });
      snippet.innerHTML = hit.snippet; // escaped by the service; only <mark> is markup
      li.appendChild(snippet);
      ol.appendChild(li);
    });
    var old = results.querySelector(".search-more");
    if (old) { old.parentNode.removeChild(old); }
    if (data.nextOffset != null) {
      var more = el("p", { "class": "search-more" });
      var button = el("button", { type: "button" }, data.texts.more);
      var ticket = latest;
      button.addEventListener("click", function () {
        button.disabled = true;
        fetch(api + "search?" + params({ limit: PAGE, offset: data.nextOffset }), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
          .then(function (next) { if (ticket === latest) { append(ol, next); } })
          .catch(function () { button.disabled = false; });
      });
      more.appendChild(button);
      results.appendChild(more);
    }
  }

  function search() {
    var q = input.value.trim();
    var ticket = ++latest;
    if (!q) { results.textContent = ""; return; }
    history.replaceState(null, "", "?" + params());
    fetch(api + "search?" + params({ limit: PAGE }), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) { if (ticket === latest) { render(data); } })
      .catch(function () { /* keep what is shown; the form still submits to the server */ });
  }

  function suggest() {
    var q = input.value;
    if (!list || q.trim().length < 2) { return; }
    fetch(api + "suggest?" + new URLSearchParams({ q: q, lang: lang }))
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) {
        list.textContent = "";
        data.suggestions.forEach(function (s) { list.appendChild(el("option", { value: s.title })); });
      })
      .catch(function () {});
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); search(); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { suggest(); search(); }, 250);
  });
  if (type) { type.addEventListener("change", search); }
  var initial = new URLSearchParams(location.search);
  if (initial.get("q")) {
    input.value = initial.get("q");
    if (type && initial.get("type")) { type.value = initial.get("type"); }
  }
})();
