(function () {
  "use strict";
  // Data comes from the JSON block; every string is written with textContent, never as HTML.
  var DATA = JSON.parse(document.getElementById("cc-data").textContent);
  var ITEMS = DATA.items;
  var els = Array.prototype.slice.call(document.querySelectorAll(".cc-item"));
  var panelBody = document.getElementById("panel-body");
  var statusLine = document.getElementById("status");
  var controls = {
    severity: document.getElementById("f-severity"),
    verdict: document.getElementById("f-verdict"),
    code: document.getElementById("f-code"),
    doc: document.getElementById("f-doc"),
    search: document.getElementById("f-search")
  };
  var selected = null;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function haystack(item) {
    var parts = [item.text, item.claim || "", item.path, item.verdict_label];
    item.findings.forEach(function (f) {
      parts.push(f.code, f.name, f.message, f.suggestion || "");
    });
    [item.match, item.near_miss].forEach(function (m) {
      if (m) parts.push(m.registry.id, m.registry.statement);
    });
    return parts.join("\n").toLowerCase();
  }
  Object.keys(ITEMS).forEach(function (id) { ITEMS[id].haystack = haystack(ITEMS[id]); });

  function matches(item, f) {
    if (f.severity && item.severity !== f.severity) return false;
    if (f.verdict && item.verdict !== f.verdict) return false;
    if (f.code && item.codes.indexOf(f.code) < 0) return false;
    if (f.doc !== "" && String(item.doc) !== f.doc) return false;
    if (f.search && item.haystack.indexOf(f.search) < 0) return false;
    return true;
  }

  function applyFilters() {
    var f = {
      severity: controls.severity.value,
      verdict: controls.verdict.value,
      code: controls.code.value,
      doc: controls.doc.value,
      search: controls.search.value.trim().toLowerCase()
    };
    var shown = 0;
    els.forEach(function (node) {
      var ok = matches(ITEMS[node.dataset.id], f);
      node.classList.toggle("is-out", !ok);
      node.setAttribute("aria-disabled", ok ? "false" : "true");
      if (node.tagName === "MARK") node.tabIndex = ok ? 0 : -1;
      if (ok) shown += 1;
    });
    document.querySelectorAll("article.doc").forEach(function (doc) {
      doc.hidden = f.doc !== "" && doc.dataset.doc !== f.doc;
    });
    statusLine.textContent = "Showing " + shown + " of " + els.length + " figures and findings.";
    statusLine.dataset.shown = String(shown);
  }

  function visible() {
    return els.filter(function (node) { return !node.classList.contains("is-out"); });
  }

  function registryBlock(title, match, item) {
    var box = el("section");
    box.appendChild(el("h3", title));
    var r = match.registry;
    var dl = el("dl");
    function row(term, value, cls) {
      dl.appendChild(el("dt", term));
      var dd = el("dd", value, cls);
      dl.appendChild(dd);
      return dd;
    }
    row("id", r.id, "registry-id");
    row("statement", r.statement);
    row("value", r.value);
    row("status", r.status);
    row("review by", (r.review_by || "none") + (r.stale ? " (past its review date)" : ""),
        r.stale ? "stale" : null);
    row("match score", match.score + " / 100", "score");
    row("defined in", r.where, "where");
    row("pages using it", "claimcheck registry usage " + r.id, "usage");
    box.appendChild(dl);
    box.appendChild(el("h3", r.sources.length === 1 ? "Source" : "Sources (" + r.sources.length + ")"));
    if (!r.sources.length) box.appendChild(el("p", "This claim lists no source."));
    var list = el("ul", null, "sources");
    r.sources.forEach(function (s) {
      var li = el("li", null, "source");
      if (s.url && /^https?:\/\//i.test(s.url)) {
        var a = el("a", s.citation);
        a.href = s.url;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        li.appendChild(a);
      } else {
        li.appendChild(el("span", s.citation));
      }
      if (s.quote) li.appendChild(el("blockquote", s.quote, "quote"));
      list.appendChild(li);
    });
    box.appendChild(list);
    return box;
  }

  function render(item) {
    panelBody.textContent = "";
    var head = el("p");
    head.appendChild(el("span", item.text, "figure"));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", item.verdict_label, "chip v-" + item.verdict));
    if (item.severity !== "none") {
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("span", item.severity, "sev sev-" + item.severity));
    }
    panelBody.appendChild(head);
    panelBody.appendChild(el("p", item.path + ":" + item.line + ":" + item.col, "where"));
    if (item.claim) {
      panelBody.appendChild(el("h3", "In the draft"));
      panelBody.appendChild(el("blockquote", item.claim, "claim"));
    }
    if (item.findings.length) {
      panelBody.appendChild(el("h3", item.findings.length === 1 ? "Finding" : "Findings"));
      item.findings.forEach(function (f) {
        var box = el("div", null, "finding");
        var title = el("p");
        title.appendChild(el("span", f.severity, "sev sev-" + f.severity));
        title.appendChild(document.createTextNode(" " + f.code + " " + f.name));
        box.appendChild(title);
        box.appendChild(el("p", f.message, "message"));
        if (f.suggestion) box.appendChild(el("p", "What to do: " + f.suggestion, "suggestion"));
        panelBody.appendChild(box);
      });
    } else if (item.verdict === "supported") {
      panelBody.appendChild(el("p", "Supported: the registry backs this figure."));
    }
    if (item.match) {
      panelBody.appendChild(registryBlock("Registry claim", item.match, item));
    } else if (item.near_miss) {
      panelBody.appendChild(registryBlock("Closest registry claim (below the match threshold)",
                                          item.near_miss, item));
    } else if (item.verdict === "unsupported") {
      panelBody.appendChild(el("p", "No registry claim came close to this figure."));
    }
  }

  function select(node, focus) {
    if (selected) selected.classList.remove("selected");
    selected = node;
    node.classList.add("selected");
    render(ITEMS[node.dataset.id]);
    document.body.classList.add("panel-open");
    if (focus !== false) {
      node.focus({ preventScroll: true });
      node.scrollIntoView({ block: "center", inline: "nearest" });
    }
  }

  function move(step) {
    var list = visible();
    if (!list.length) return;
    var at = selected ? list.indexOf(selected) : -1;
    if (at < 0 && selected) {
      // the selected item was filtered out: continue from its position in the page
      var all = els.indexOf(selected);
      at = step > 0 ? -1 : list.length;
      for (var i = 0; i < list.length; i++) {
        if (els.indexOf(list[i]) > all) { at = step > 0 ? i - 1 : i; break; }
      }
    }
    var next = at + step;
    if (next < 0) next = 0;
    if (next >= list.length) next = list.length - 1;
    select(list[next]);
  }

  function closePanel() {
    if (selected) selected.classList.remove("selected");
    var was = selected;
    selected = null;
    document.body.classList.remove("panel-open");
    panelBody.textContent = "";
    panelBody.appendChild(el("p", "Select a highlighted figure or finding to see its registry claim.", "hint"));
    if (was) was.focus();
  }

  els.forEach(function (node) {
    node.addEventListener("click", function () { select(node, false); node.focus({ preventScroll: true }); });
  });
  Object.keys(controls).forEach(function (key) {
    controls[key].addEventListener("input", applyFilters);
    controls[key].addEventListener("change", applyFilters);
  });
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("f-reset").addEventListener("click", function () {
    document.getElementById("filters").reset();
    applyFilters();
  });
  document.getElementById("panel-close").addEventListener("click", closePanel);

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var target = e.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" ||
                            target.tagName === "TEXTAREA");
    if (typing) {
      if (e.key === "Escape") target.blur();
      return;
    }
    var onItem = target && target.classList && target.classList.contains("cc-item");
    if (e.key === "j" || (onItem && e.key === "ArrowDown")) { e.preventDefault(); move(1); }
    else if (e.key === "k" || (onItem && e.key === "ArrowUp")) { e.preventDefault(); move(-1); }
    else if (e.key === "/") { e.preventDefault(); controls.search.focus(); }
    else if (e.key === "Escape") { closePanel(); }
    else if (onItem && target.tagName === "MARK" && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      select(target);
    }
  });

  applyFilters();
})();
