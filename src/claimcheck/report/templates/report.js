(function () {
  "use strict";
  // Data comes from the JSON block; every string is written with textContent or as a form
  // control's value, never as HTML.
  var DATA = JSON.parse(document.getElementById("cc-data").textContent);
  var ITEMS = DATA.items;
  var RANK = { error: 3, warning: 2, info: 1, none: 0 };
  // maps keyed by data (finding keys, item ids, statuses) have no prototype: a key such as
  // "__proto__" or "toString" from an imported record is only a key
  function map() { return Object.create(null); }
  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  var STATUS_LABELS = map();
  var STATUS_ORDER = map();
  Array.prototype.forEach.call(document.querySelectorAll("#f-status option"), function (o, n) {
    if (o.value) { STATUS_LABELS[o.value] = o.textContent; STATUS_ORDER[o.value] = n; }
  });
  var panel = document.getElementById("panel");
  var panelHead = panel.querySelector(".panel-head");
  var panelBody = document.getElementById("panel-body");
  var statusLine = document.getElementById("status");
  var listCounts = document.getElementById("list-counts");
  var reviewStatus = document.getElementById("review-status");
  var reviewerInput = document.getElementById("reviewer");
  var tbody = document.getElementById("findings-body");
  var controls = {
    severity: document.getElementById("f-severity"),
    verdict: document.getElementById("f-verdict"),
    code: document.getElementById("f-code"),
    doc: document.getElementById("f-doc"),
    status: document.getElementById("f-status"),
    search: document.getElementById("f-search")
  };
  var viewControl = document.getElementById("f-view");
  var hideControl = document.getElementById("f-hide");
  var articles = Array.prototype.slice.call(document.querySelectorAll("article.doc"));
  var moreButton = document.getElementById("list-more");
  var selectedId = null;
  var PAGE_ROWS = 200;  // rows written at a time: a long list stays fast to open and filter
  var rowLimit = PAGE_ROWS;
  var SHEET = window.matchMedia("(max-width: 900px)");  // as the stylesheet's bottom sheet
  var nav = document.querySelector("nav.filters");
  function navHeight() {
    document.documentElement.style.setProperty("--nav-h", nav.offsetHeight + "px");
  }
  window.addEventListener("resize", navHeight);
  navHeight();

  // every element that shows an item (all pieces of a mark, in both views), by item id
  var NODES = map();
  Array.prototype.forEach.call(document.querySelectorAll(".cc-item[data-id]"), function (node) {
    (NODES[node.dataset.id] = NODES[node.dataset.id] || []).push(node);
  });
  // every finding by its key, with its item
  var FINDINGS = map();
  Object.keys(ITEMS).forEach(function (id) {
    ITEMS[id].findings.forEach(function (f) { FINDINGS[f.key] = { item: ITEMS[id], finding: f }; });
  });
  var ORDER = DATA.rows.slice();  // finding keys, in the list's current order
  var MATCHING = ORDER.slice();   // those the filters leave, in that order
  var ROWS = map();               // the rows written so far, by key
  var PRINT = map();  // the "Review: …" line print shows beside each figure, by finding key
  Array.prototype.forEach.call(document.querySelectorAll(".print-status[data-key]"), function (node) {
    (PRINT[node.dataset.key] = PRINT[node.dataset.key] || []).push(node);
  });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  // text with its Markdown code spans (`claimcheck registry suggest`) as <code> elements: each
  // piece is a text node (never HTML); an unpaired backtick stays as written
  function withCode(node, text) {
    var pieces = String(text).split("`");
    if (pieces.length < 3) { node.textContent = String(text); return node; }
    if (pieces.length % 2 === 0) pieces.splice(-2, 2, pieces[pieces.length - 2] + "`" + pieces[pieces.length - 1]);
    node.textContent = "";
    pieces.forEach(function (piece, n) {
      if (n % 2 && piece) node.appendChild(el("code", piece));
      else node.appendChild(document.createTextNode(n % 2 ? "``" : piece));
    });
    return node;
  }

  // --- review state, kept in the browser per run ---------------------------------------------
  var STORE = "claimcheck-review:" + DATA.run;
  var REVIEWER = "claimcheck-reviewer";
  var state = map();
  var storage = null;
  try {
    storage = window.localStorage;
    reviewerInput.value = storage.getItem(REVIEWER) || "";
  } catch (e) {
    storage = null;
    reviewStatus.textContent = "This browser keeps no review state for this page: export your review before closing it.";
  }
  function accept(key, entry) {  // a decision from storage or an imported record, checked
    if (!has(FINDINGS, key) || !entry || typeof entry !== "object" ||
        typeof entry.status !== "string" || !has(STATUS_LABELS, entry.status)) return false;
    if (entry.status === "open" && !entry.note) return false;
    state[key] = {
      status: entry.status,
      note: typeof entry.note === "string" ? entry.note : "",
      reviewer: typeof entry.reviewer === "string" ? entry.reviewer : "",
      time: typeof entry.time === "string" ? entry.time : new Date().toISOString()
    };
    return true;
  }
  if (storage) {
    var kept = null;
    try { kept = JSON.parse(storage.getItem(STORE) || "{}"); } catch (e) { kept = null; }
    if (kept && typeof kept === "object") Object.keys(kept).forEach(function (key) { accept(key, kept[key]); });
  }

  function save() {
    if (!storage) return;
    try { storage.setItem(STORE, JSON.stringify(state)); } catch (e) {
      reviewStatus.textContent = "Could not save the review in this browser: export it.";
    }
  }

  function statusOf(key) { return (has(state, key) && state[key].status) || "open"; }
  function noteOf(key) { return (has(state, key) && state[key].note) || ""; }

  function setReview(key, status, note) {
    var entry = state[key] || {};
    entry.status = status;
    entry.note = note;
    entry.reviewer = reviewerInput.value.trim();
    entry.time = new Date().toISOString();
    if (status === "open" && !note) delete state[key]; else state[key] = entry;
    save();
    showReview(key);
    if (controls.status.value) applyFilters();
  }

  function showReview(key) {
    var status = statusOf(key);
    var row = ROWS[key];
    if (row) {
      var cell = row.querySelector(".rs");
      cell.textContent = STATUS_LABELS[status] || status;
      cell.className = "rs rs-" + status;
      row.querySelector(".rs-note").textContent = noteOf(key);
    }
    var note = noteOf(key);
    (PRINT[key] || []).forEach(function (node) {
      node.textContent = "Review: " + (STATUS_LABELS[status] || status) + (note ? " (" + note + ")" : "") + ".";
    });
  }
  Object.keys(FINDINGS).forEach(showReview);

  reviewerInput.addEventListener("change", function () {
    if (storage) try { storage.setItem(REVIEWER, reviewerInput.value.trim()); } catch (e) { /* kept in the page only */ }
  });

  // --- filters ----------------------------------------------------------------------------
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

  function current() {
    return {
      severity: controls.severity.value,
      verdict: controls.verdict.value,
      code: controls.code.value,
      doc: controls.doc.value,
      status: controls.status.value,
      search: controls.search.value.trim().toLowerCase()
    };
  }

  function itemMatches(item, f) {
    if (f.severity && item.severity !== f.severity) return false;
    if (f.verdict && item.verdict !== f.verdict) return false;
    if (f.code && item.codes.indexOf(f.code) < 0) return false;
    if (f.doc !== "" && String(item.doc) !== f.doc) return false;
    if (f.search && item.haystack.indexOf(f.search) < 0) return false;
    if (f.status && !item.findings.some(function (x) { return statusOf(x.key) === f.status; })) return false;
    return true;
  }

  function findingMatches(item, finding, f) {
    if (f.severity && finding.severity !== f.severity) return false;
    if (f.verdict && item.verdict !== f.verdict) return false;
    if (f.code && finding.code !== f.code) return false;
    if (f.doc !== "" && String(item.doc) !== f.doc) return false;
    if (f.search && item.haystack.indexOf(f.search) < 0) return false;
    if (f.status && statusOf(finding.key) !== f.status) return false;
    return true;
  }

  function applyFilters() {
    var t0 = performance.now();
    var f = current();
    var shown = 0, total = 0;
    var perDoc = {};
    Object.keys(NODES).forEach(function (id) {
      var item = ITEMS[id];
      var ok = itemMatches(item, f);
      NODES[id].forEach(function (node) {
        node.classList.toggle("is-out", !ok);
        if (node.dataset.primary !== undefined) node.setAttribute("aria-disabled", ok ? "false" : "true");
        if (node.tagName === "MARK" && node.dataset.primary !== undefined) node.tabIndex = ok ? 0 : -1;
      });
      total += 1;
      if (ok) { shown += 1; perDoc[item.doc] = (perDoc[item.doc] || 0) + 1; }
    });
    var counts = { error: 0, warning: 0, info: 0 };
    MATCHING = ORDER.filter(function (key) {
      var entry = FINDINGS[key];
      var ok = findingMatches(entry.item, entry.finding, f);
      if (ok) counts[entry.finding.severity] += 1;
      return ok;
    });
    var rowsShown = MATCHING.length;
    rowLimit = PAGE_ROWS;
    renderRows();
    articles.forEach(function (doc) {
      var hide = f.doc !== "" && doc.dataset.doc !== f.doc;
      if (hideControl.checked && !perDoc[doc.dataset.doc]) hide = true;
      doc.hidden = hide;
    });
    statusLine.textContent = "Showing " + shown + " of " + total + " figures and findings.";
    statusLine.dataset.shown = String(shown);
    listCounts.textContent = "Showing " + rowsShown + " of " + ORDER.length + " findings: " +
      counts.error + " error" + (counts.error === 1 ? "" : "s") + ", " +
      counts.warning + " warning" + (counts.warning === 1 ? "" : "s") + ", " + counts.info + " info.";
    listCounts.dataset.shown = String(rowsShown);
    ["error", "warning", "info"].forEach(function (s) { listCounts.dataset[s] = String(counts[s]); });
    window.ccLastFilterMs = performance.now() - t0;
  }

  // --- the findings list: rows written from the data, a page at a time --------------------
  var SEVERITY_ICONS = { error: "\u203c", warning: "\u25b2", info: "\u2139" };

  // a path wraps between its folders (a <wbr> after each "/"), never inside a name
  function pathInto(node, path) {
    path.split("/").forEach(function (part, n) {
      if (n) { node.appendChild(document.createTextNode("/")); node.appendChild(el("wbr")); }
      node.appendChild(document.createTextNode(part));
    });
    return node;
  }

  function cell(row, label, cls) {
    var td = el("td", null, cls);
    td.dataset.label = label;
    row.appendChild(td);
    return td;
  }

  function makeRow(key) {
    var entry = FINDINGS[key], f = entry.finding, item = entry.item;
    var row = el("tr");
    row.id = "finding-" + key;
    row.dataset.key = key;
    row.dataset.item = item.id;
    var sev = el("span", null, "sev sev-" + f.severity);
    var icon = el("span", SEVERITY_ICONS[f.severity], "sev-icon");
    icon.setAttribute("aria-hidden", "true");
    sev.appendChild(icon);
    sev.appendChild(document.createTextNode(" " + f.severity));
    cell(row, "Severity").appendChild(sev);
    var code = el("span", f.code, "code");
    code.title = f.name;
    cell(row, "Code").appendChild(code);
    var open = el("button", item.text, "row-open");
    open.type = "button";
    open.setAttribute("aria-label", "Open " + f.code + " on " + item.text);
    open.addEventListener("click", function () {
      openFinding(key);
      if (window.history && history.replaceState) history.replaceState(null, "", "#finding-" + key);
    });
    cell(row, "Figure").appendChild(open);
    pathInto(cell(row, "Draft:line", "where"), item.path + ":" + (f.where || f.line));
    withCode(cell(row, "Message", "message"), f.message);
    var registry = cell(row, "Registry id", "registry");
    if (f.registry_id) registry.textContent = f.registry_id;
    else if (f.closest_id) {
      // an unsupported figure has no registry id (as in lint's JSON): its closest claim,
      // which was not used, is labelled as such
      registry.appendChild(el("span", "closest: " + f.closest_id, "closest"));
      registry.title = "No claim supports this figure; " + f.closest_id + " is the closest, not used";
    } else registry.textContent = "\u2014";
    var review = cell(row, "Review", "review-cell");
    review.appendChild(el("span", null, "rs"));
    review.appendChild(el("span", null, "rs-note"));
    ROWS[key] = row;
    showReview(key);
    return row;
  }

  function renderRows() {
    if (!tbody) return;
    var frag = document.createDocumentFragment();
    MATCHING.slice(0, rowLimit).forEach(function (key) {
      var row = ROWS[key] || makeRow(key);
      row.classList.toggle("current", row.dataset.item === selectedId);
      frag.appendChild(row);
    });
    tbody.textContent = "";
    tbody.appendChild(frag);
    var left = MATCHING.length - Math.min(rowLimit, MATCHING.length);
    moreButton.hidden = left <= 0;
    moreButton.textContent = "Show " + Math.min(left, PAGE_ROWS) + " more (" + left + " not shown)";
  }

  // --- the two views of each draft -----------------------------------------------------------
  function setView(doc, view) {
    doc.dataset.view = view;
    Array.prototype.forEach.call(doc.querySelectorAll(".view"), function (v) {
      v.hidden = v.dataset.view !== view;
    });
    Array.prototype.forEach.call(doc.querySelectorAll(".view-btn"), function (b) {
      b.setAttribute("aria-pressed", b.dataset.view === view ? "true" : "false");
    });
  }

  // the element that stands for an item in its draft's current view
  function primary(id) {
    var item = ITEMS[id];
    var doc = articles[item.doc];
    var inSource = doc && doc.dataset.view === "source";
    var first = document.getElementById(inSource ? "src-" + id : id);
    return first || document.getElementById(inSource ? id : "src-" + id);
  }

  function visible() {
    var list = document.querySelectorAll("article.doc:not([hidden]) [data-primary]:not(.is-out)");
    return Array.prototype.filter.call(list, function (node) { return !node.closest(".view[hidden]"); });
  }

  // --- the panel ------------------------------------------------------------------------------
  function registryBlock(title, match) {
    var box = el("section");
    box.appendChild(el("h3", title));
    var r = match.registry;
    var dl = el("dl");
    function row(term, value, cls) {
      dl.appendChild(el("dt", term));
      dl.appendChild(el("dd", value, cls));
    }
    row("id", r.id, "registry-id");
    row("statement", r.statement);
    row("value", r.value);
    row("status", r.status);
    row("review by", (r.review_by || "none") + (r.stale ? " (past its review date)" : ""),
        r.stale ? "stale" : null);
    row("match score", match.score + " / 100", "score");
    if (match.not_used) row("not used", match.not_used, "not-used");
    row("defined in", "", "where");
    pathInto(dl.lastChild, r.where);  // a path wraps between its folders, as every path shown
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

  function reviewControls(f) {
    var box = el("div", null, "review");
    var statusLabel = el("label", "Review status");
    var select = el("select", null, "review-status-select");
    Object.keys(STATUS_LABELS).forEach(function (value) {
      var option = el("option", STATUS_LABELS[value]);
      option.value = value;
      select.appendChild(option);
    });
    select.value = statusOf(f.key);
    statusLabel.appendChild(select);
    var noteLabel = el("label", "Note");
    var note = el("textarea", null, "review-note");
    note.value = noteOf(f.key);
    note.rows = 2;
    noteLabel.appendChild(note);
    function changed() { setReview(f.key, select.value, note.value); }
    select.addEventListener("change", changed);
    note.addEventListener("change", changed);
    box.appendChild(statusLabel);
    box.appendChild(noteLabel);
    var link = el("a", "Link to this finding", "permalink");
    link.href = "#finding-" + f.key;
    box.appendChild(link);
    return box;
  }

  function render(item, focusKey) {
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
    panelBody.appendChild(pathInto(el("p", null, "where"), item.path + ":" + (item.where || item.line + ":" + item.col)));
    if (item.claim) {
      panelBody.appendChild(el("h3", "In the draft"));
      panelBody.appendChild(el("blockquote", item.claim, "claim"));
    }
    var focusBox = null;
    if (item.findings.length) {
      panelBody.appendChild(el("h3", item.findings.length === 1 ? "Finding" : "Findings (most severe first)"));
      item.findings.slice().sort(function (a, b) {
        return (RANK[b.severity] - RANK[a.severity]) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
      }).forEach(function (f) {
        var box = el("div", null, "finding f-" + f.severity);
        box.id = "panel-" + f.key;
        box.tabIndex = -1;
        var title = el("p");
        title.appendChild(el("span", f.severity, "sev sev-" + f.severity));
        title.appendChild(document.createTextNode(" " + f.code + " " + f.name));
        box.appendChild(title);
        box.appendChild(withCode(el("p", null, "message"), f.message));
        if (f.suggestion) box.appendChild(withCode(el("p", null, "suggestion"), "What to do: " + f.suggestion));
        box.appendChild(reviewControls(f));
        if (f.key === focusKey) { box.classList.add("current"); focusBox = box; }
        panelBody.appendChild(box);
      });
    } else if (item.verdict === "supported") {
      panelBody.appendChild(el("p", "Supported: the registry backs this figure."));
    }
    // a figure lint reports nothing for says why: no claim needed, or a finding left out
    if (item.note) panelBody.appendChild(el("p", item.note, "status-note"));
    if (item.match) {
      panelBody.appendChild(registryBlock("Registry claim", item.match));
    } else if (item.near_miss) {
      panelBody.appendChild(registryBlock("Closest registry claim (not used)", item.near_miss));
    } else if (item.verdict === "unsupported") {
      panelBody.appendChild(el("p", "No registry claim came close to this figure."));
    }
    return focusBox;
  }

  function mark(id, on) {
    (NODES[id] || []).forEach(function (node) { node.classList.toggle("selected", on); });
  }

  function select(id, options) {
    options = options || {};
    if (selectedId) mark(selectedId, false);
    selectedId = id;
    mark(id, true);
    var focusBox = render(ITEMS[id], options.key);
    document.body.classList.add("panel-open");
    Object.keys(ROWS).forEach(function (key) {
      ROWS[key].classList.toggle("current", ROWS[key].dataset.item === id);
    });
    var node = primary(id);
    if (node && options.scroll !== false) node.scrollIntoView({ block: "center", inline: "nearest" });
    if (node && SHEET.matches) {  // the panel covers the lower part of a phone: the figure goes above it
      var top = node.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * 0.3) window.scrollBy(0, top - window.innerHeight * 0.12);
    }
    // the panel (a phone's sheet) opens at its top: the figure, its verdict and severity;
    // it scrolls only when the chosen finding would start below what it shows
    panel.scrollTop = 0;
    if (focusBox) {
      var box = focusBox.getBoundingClientRect(), shown = panel.getBoundingClientRect();
      var head = panelHead.getBoundingClientRect();
      if (box.top > shown.bottom - 48) panel.scrollTop += box.top - head.bottom - 8;
      focusBox.focus({ preventScroll: true });
    } else if (node && options.focus !== false) {
      node.focus({ preventScroll: true });
    }
  }

  function move(step) {
    var list = visible();
    if (!list.length) return;
    var nodes = selectedId ? list.filter(function (n) { return n.dataset.id === selectedId; }) : [];
    var at = nodes.length ? list.indexOf(nodes[0]) : -1;
    if (at < 0 && selectedId) {
      // the selected item was filtered out: continue from its place in the page
      var was = primary(selectedId);
      at = step > 0 ? -1 : list.length;
      for (var i = 0; i < list.length; i++) {
        if (was && (was.compareDocumentPosition(list[i]) & Node.DOCUMENT_POSITION_FOLLOWING)) {
          at = step > 0 ? i - 1 : i;
          break;
        }
      }
    }
    var next = Math.max(0, Math.min(list.length - 1, at + step));
    select(list[next].dataset.id);
  }

  function closePanel() {
    var was = selectedId;
    if (selectedId) mark(selectedId, false);
    selectedId = null;
    document.body.classList.remove("panel-open");
    panelBody.textContent = "";
    panelBody.appendChild(el("p", "Select a highlighted figure or a finding to see its registry claim.", "hint"));
    var node = was && primary(was);
    if (node) node.focus({ preventScroll: true });
  }

  function openFinding(key, scroll) {
    var entry = FINDINGS[key];
    if (!entry) return false;
    var node = primary(entry.item.id);
    if (node && (node.classList.contains("is-out") || node.closest("article.doc[hidden]"))) {
      document.getElementById("filters").reset();
      applyFilters();
    }
    select(entry.item.id, { key: key, scroll: scroll });
    return true;
  }

  function fromHash() {
    var hash = decodeURIComponent(window.location.hash || "");
    if (hash.indexOf("#finding-") !== 0 || !openFinding(hash.slice(9))) return;
    // paragraphs off screen are laid out only when seen (content-visibility), so the first
    // scroll lands short; once those it passed are laid out, bring the figure into view again
    var id = selectedId;
    [80, 300, 800].forEach(function (ms) {
      setTimeout(function () {
        var node = selectedId === id && primary(id);
        if (node) node.scrollIntoView({ block: SHEET.matches ? "start" : "center", inline: "nearest" });
      }, ms);
    });
  }

  // --- sorting the list -----------------------------------------------------------------------
  var sortState = { key: "severity", dir: -1 };
  var SORT_KEYS = {
    severity: function (k) { return [RANK[FINDINGS[k].finding.severity]]; },
    code: function (k) { return [FINDINGS[k].finding.code]; },
    figure: function (k) { return [FINDINGS[k].item.text.toLowerCase()]; },
    where: function (k) { return [FINDINGS[k].item.doc, FINDINGS[k].finding.line]; },
    message: function (k) { return [FINDINGS[k].finding.message.toLowerCase()]; },
    registry: function (k) {
      var f = FINDINGS[k].finding;
      return [(f.registry_id || f.closest_id || "").toLowerCase()];
    },
    status: function (k) { return [STATUS_ORDER[statusOf(k)] || 0]; }
  };
  var FIRST = map();
  DATA.rows.forEach(function (key, n) { FIRST[key] = n; });

  function compare(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] < b[i]) return -1;
      if (a[i] > b[i]) return 1;
    }
    return 0;
  }

  function sortBy(key) {
    sortState.dir = sortState.key === key ? -sortState.dir : (key === "severity" ? -1 : 1);
    sortState.key = key;
    var keyOf = SORT_KEYS[key];
    var keyed = DATA.rows.map(function (k) { return { k: k, v: keyOf(k) }; });
    keyed.sort(function (a, b) { return sortState.dir * compare(a.v, b.v) || FIRST[a.k] - FIRST[b.k]; });
    ORDER = keyed.map(function (x) { return x.k; });
    Array.prototype.forEach.call(document.querySelectorAll("#findings-table th"), function (th) {
      if (th.dataset.sort === key) th.setAttribute("aria-sort", sortState.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    applyFilters();
  }

  // --- export and import ----------------------------------------------------------------------
  function record() {
    var reviewer = reviewerInput.value.trim();
    return {
      claimcheck_review: 1,
      run: DATA.run,
      generated: DATA.generated,
      claimcheck: DATA.version,
      exported: new Date().toISOString(),
      reviewer: reviewer,
      findings: DATA.rows.map(function (key) {
        var entry = FINDINGS[key], f = entry.finding, s = state[f.key] || {};
        return {
          key: f.key, fingerprint: f.fingerprint, code: f.code, id: f.anchor || null,
          text: f.norm, path: f.rel, line: f.line, figure: entry.item.text,
          registry_id: f.registry_id || null,
          severity: f.severity, message: f.message, status: statusOf(f.key), note: noteOf(f.key),
          reviewer: s.reviewer || (s.status ? reviewer : ""), time: s.time || null
        };
      }).sort(function (a, b) { return compare([a.path, a.line, a.code], [b.path, b.line, b.code]); })
    };
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = el("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;  // a spreadsheet must not run a cell
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  document.getElementById("export-json").addEventListener("click", function () {
    download("claimcheck-review-" + DATA.run + ".json", "application/json",
             JSON.stringify(record(), null, 2) + "\n");
    reviewStatus.textContent = "Exported the review record.";
  });
  document.getElementById("export-csv").addEventListener("click", function () {
    var columns = ["severity", "code", "figure", "path", "line", "message", "registry_id", "status", "note",
                   "reviewer", "time", "fingerprint"];
    var lines = [columns.join(",")];
    record().findings.forEach(function (f) {
      lines.push(columns.map(function (c) { return csvCell(f[c]); }).join(","));
    });
    download("claimcheck-findings-" + DATA.run + ".csv", "text/csv", lines.join("\r\n") + "\r\n");
    reviewStatus.textContent = "Exported the findings as CSV.";
  });
  document.getElementById("import").addEventListener("change", function (e) {
    var file = e.target.files && e.target.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var data;
      try { data = JSON.parse(String(reader.result)); } catch (err) { data = null; }
      if (!data || data.claimcheck_review !== 1 || !Array.isArray(data.findings)) {
        reviewStatus.textContent = file.name + " is not a claimcheck review record.";
        return;
      }
      var used = 0, unknown = 0;
      data.findings.forEach(function (entry) {
        var key = entry && typeof entry.key === "string" ? entry.key : null;
        if (!key || !has(FINDINGS, key)) {
          unknown += 1;
          return;
        }
        if (accept(key, entry)) {
          used += 1;
          showReview(key);
        }
      });
      save();
      applyFilters();
      if (selectedId) render(ITEMS[selectedId]);
      reviewStatus.textContent = "Imported " + used + " decision" + (used === 1 ? "" : "s") + " from " + file.name +
        (unknown ? "; " + unknown + " finding" + (unknown === 1 ? " is" : "s are") + " not in this report." : ".");
    };
    reader.readAsText(file);
    e.target.value = "";
  });

  // --- wiring ---------------------------------------------------------------------------------
  Object.keys(NODES).forEach(function (id) {
    NODES[id].forEach(function (node) {
      node.addEventListener("click", function () {
        select(id, { scroll: false, focus: false });
        var p = primary(id);
        if (p) p.focus({ preventScroll: true });
      });
    });
  });
  if (moreButton) moreButton.addEventListener("click", function () {
    rowLimit += PAGE_ROWS;
    renderRows();
  });
  window.addEventListener("beforeprint", function () {  // paper shows the whole list
    rowLimit = Infinity;
    renderRows();
  });
  Array.prototype.forEach.call(document.querySelectorAll("#findings-table th button"), function (b) {
    b.addEventListener("click", function () { sortBy(b.dataset.sort); });
  });
  articles.forEach(function (doc) {
    Array.prototype.forEach.call(doc.querySelectorAll(".view-btn"), function (b) {
      b.addEventListener("click", function () {
        setView(doc, b.dataset.view);
        if (selectedId && ITEMS[selectedId].doc === Number(doc.dataset.doc)) {
          var node = primary(selectedId);
          if (node) node.scrollIntoView({ block: "center" });
        }
      });
    });
  });
  viewControl.addEventListener("change", function () {
    articles.forEach(function (doc) { setView(doc, viewControl.value); });
  });
  Object.keys(controls).forEach(function (key) {
    controls[key].addEventListener("input", applyFilters);
    controls[key].addEventListener("change", applyFilters);
  });
  hideControl.addEventListener("change", applyFilters);
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("f-reset").addEventListener("click", function () {
    document.getElementById("filters").reset();
    articles.forEach(function (doc) { setView(doc, "page"); });
    applyFilters();
  });
  document.getElementById("panel-close").addEventListener("click", closePanel);
  window.addEventListener("hashchange", fromHash);

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
      select(target.dataset.id);
    }
  });

  applyFilters();
  fromHash();
})();
