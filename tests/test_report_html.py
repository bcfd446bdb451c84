"""The editors' report (`claimcheck report`, `lint --format html`): what the page says, that
a hostile draft or registry cannot run code in it, and, in a real browser (Debian's chromium
driven by Playwright, one browser for the module), that an editor can count, select, filter,
search and move by keyboard, read each draft as its page or its source, work through the
findings list, record a review that survives a reload and reaches `lint --review-record`,
print every message, and do all of it on a 390 px phone.

Expected counts are computed here from `lint()`, never written down: the examples change.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.cli import read_drafts
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.report import html
from claimcheck.report.figures import figure_statuses

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
CLAIMS = REPO / "claims"
HOSTILE = REPO / "tests" / "fixtures" / "report"
HOSTILE_CLAIMS = HOSTILE / "claims"
CHROMIUM = "/usr/bin/chromium"
SCREENSHOT = "/tmp/claimcheck-report.png"
SCREENSHOTS = Path("/tmp")  # claimcheck-report-1440.png, -390.png: for a person to look at
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def run_lint(paths, registry_dir):
    documents, failures = read_drafts([str(p) for p in paths])
    assert documents and not failures
    return lint(documents, load_registry(str(registry_dir)))


@pytest.fixture(scope="module")
def examples_result():
    return run_lint([EXAMPLES], CLAIMS)


@pytest.fixture(scope="module")
def hostile_result():
    return run_lint([HOSTILE], HOSTILE_CLAIMS)


class Page(HTMLParser):
    """Every element with its attributes, the script bodies, and each draft's <pre> text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.drafts: list[str] = []
        self._in: str | None = None
        self._buffer: list[str] = []
        self._attrs: dict = {}
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        is_draft = tag == "pre" and "draft" in (attrs.get("class") or "").split()
        if (tag == "script" or is_draft) and self._in is None:
            self._in, self._buffer, self._attrs = tag, [], attrs

    def handle_endtag(self, tag):
        if tag == self._in:
            text = "".join(self._buffer)
            if tag == "script":
                self.scripts.append((self._attrs, text))
            else:  # as a browser does, drop the one newline that opens a <pre>
                self.drafts.append(text[1:] if text.startswith("\n") else text)
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buffer.append(data)

    def data(self) -> dict:
        (block,) = [body for attrs, body in self.scripts if attrs.get("id") == "cc-data"]
        return json.loads(block)


def raw_texts(result) -> list[str]:
    return [d.document.raw for d in result.documents]


# --- the page, without a browser -------------------------------------------------------------


def test_summary_counts_are_the_lint_result(examples_result):
    page = html.render(examples_result)
    counts = dict(re.findall(r'data-count="([\w-]+)">(\d+)<', page))
    docs = examples_result.documents
    # each figure as lint reports it: "unsupported" is a CC102, never a figure with no finding
    statuses = [figure_statuses(d) for d in docs]
    verdicts = Counter(s.status for by_verdict in statuses for s in by_verdict.values())
    codes = Counter(f.code for f in examples_result.findings)
    assert verdicts["unsupported"] == codes["CC102"] and verdicts["conflict"] == codes["CC101"]
    severities = Counter(f.severity for f in examples_result.findings)
    assert int(counts["drafts"]) == len(docs)
    assert int(counts["claims"]) == sum(len(d.claims) for d in docs)
    assert int(counts["figures"]) == sum(len(d.verdicts) for d in docs)
    assert int(counts["findings"]) == len(examples_result.findings)
    for status in html.VERDICTS:
        assert int(counts[f"verdict-{status}"]) == verdicts[status]
    for severity in html.SEVERITIES:
        assert int(counts[f"severity-{severity}"]) == severities[severity]


def test_each_draft_is_shown_as_its_exact_text_with_every_figure_marked(examples_result):
    page = Page(html.render(examples_result))
    assert page.drafts == raw_texts(examples_result)  # offsets map exactly
    marks = [a for tag, a in page.elements if tag == "mark" and "id" in a]
    for index, result in enumerate(examples_result.documents):
        spans = {
            (int(a["data-start"]), int(a["data-end"]))
            for a in marks
            if a["id"].startswith(f"src-d{index}-")
        }
        for verdict in result.verdicts:
            assert (verdict.quantity.start, verdict.quantity.end) in spans
    items = page.data()["items"]
    assert {a["data-id"] for a in marks} <= items.keys()
    for a in marks:  # every highlight says its verdict in words, not colour only
        assert items[a["data-id"]]["verdict_label"] in a["aria-label"]
        assert items[a["data-id"]]["severity"] in a["class"]  # and its worst severity


def test_every_finding_is_on_some_item(examples_result):
    data = Page(html.render(examples_result)).data()
    on_items = Counter(
        (item["path"], f["code"], f["line"], f["col"])
        for item in data["items"].values()
        for f in item["findings"]
    )
    assert on_items == Counter((f.path, f.code, f.line, f.col) for f in examples_result.findings)


def test_a_drafts_leading_newline_survives_the_pre_element(tmp_path):
    draft = tmp_path / "lead.txt"
    draft.write_text("\n\nAbout 40% of cases are found late.\n", encoding="utf-8")
    result = run_lint([draft], CLAIMS)
    assert Page(html.render(result)).drafts == raw_texts(result)


def test_a_hostile_draft_and_registry_stay_text(hostile_result):
    text = html.render(hostile_result)
    page = Page(text)
    scripts = page.scripts
    assert [a.get("type") for a, _ in scripts] == ["application/json", None]
    ours = scripts[1][1]
    assert "__pwned" not in ours
    csp = next(a["content"] for t, a in page.elements if a.get("http-equiv"))
    digest = base64.b64encode(hashlib.sha256(ours.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    for tag, attrs in page.elements:
        assert tag not in ("img", "iframe", "svg", "a") or not any(
            "__pwned" in (v or "") for v in attrs.values()
        ), tag
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:")
    assert page.drafts == raw_texts(hostile_result)
    json_block = scripts[0][1]
    assert "<" not in json_block and ">" not in json_block and "&" not in json_block
    statements = [
        i["match"]["registry"]["statement"] for i in page.data()["items"].values() if i["match"]
    ]
    assert any("<script>" in s for s in statements)  # intact as data, escaped on the way


def test_only_http_links_survive():
    assert html.safe_url("https://doi.org/10.1/x") == "https://doi.org/10.1/x"
    assert html.safe_url("HTTP://example.org") == "HTTP://example.org"
    for url in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "", None):
        assert html.safe_url(url) is None


def test_embedded_json_cannot_close_its_script():
    text = str(html.embed_json({"x": "</script><script>a&b</script>\u2028"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><script>a&b</script>\u2028"}


def test_a_closest_claim_not_used_says_why_as_the_lint_message_does(examples_result):
    page = Page(html.render(examples_result))
    near = [item["near_miss"] for item in page.data()["items"].values() if item.get("near_miss")]
    assert near, "the examples hold figures whose closest claim was not used"
    messages = " ".join(f.message for d in examples_result.documents for f in d.findings)
    for side in near:  # each reason is the one its CC102 message gives after "not used:"
        assert side["not_used"] and side["not_used"] in messages


def test_report_command_writes_the_page_atomically(run_cli, tmp_path):
    out = tmp_path / "report.html"
    out.write_text("old", encoding="utf-8")
    result = run_cli("report", str(HOSTILE), "--registry", str(HOSTILE_CLAIMS), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert str(out) in result.stdout
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]  # no temp file left


def test_report_command_fails_cleanly_on_a_missing_folder(run_cli, tmp_path):
    out = tmp_path / "missing" / "report.html"
    result = run_cli("report", str(HOSTILE), "--registry", str(HOSTILE_CLAIMS), "-o", str(out))
    assert result.exit_code == 2
    assert "cannot write the report" in result.stderr
    assert not out.parent.exists()


def test_lint_format_html_prints_the_page_and_keeps_the_exit_code(run_cli):
    args = ("lint", str(HOSTILE), "--registry", str(HOSTILE_CLAIMS))
    as_text = run_cli(*args)
    as_html = run_cli(*args, "--format", "html")
    assert as_html.exit_code == as_text.exit_code
    assert as_html.stdout.startswith("<!DOCTYPE html>")


def test_paths_from_the_config_are_shown_relative_not_absolute(run_cli, tmp_path, monkeypatch):
    from workflow_helpers import CONFLICT_PAGE, make_project

    make_project(tmp_path, "registry: claims\nrules: ['claimcheck:default', site-rules]\n")
    (tmp_path / "site-rules").mkdir()
    (tmp_path / "site-rules" / "r.yaml").write_text(
        (Path(__file__).parent.parent / "rules" / "cell-therapy-site.yaml").read_text()
    )
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    monkeypatch.chdir(tmp_path)
    assert run_cli("report", "-o", "r.html").exit_code == 0
    page = Page((tmp_path / "r.html").read_text(encoding="utf-8"))
    where = {
        side["registry"]["where"]
        for item in page.data()["items"].values()
        for side in (item.get("match"), item.get("near_miss"))
        if side
    }
    assert where == {"claims/antigens.yaml:3"}, where
    assert str(tmp_path) not in (tmp_path / "r.html").read_text(encoding="utf-8")
    explained = run_cli("rules", "explain", "price-hype")
    assert "Defined in site-rules/r.yaml:" in explained.stdout
    assert str(tmp_path) not in explained.stdout


# --- in a browser ----------------------------------------------------------------------------


def _browser_or_skip():
    """Playwright and /usr/bin/chromium, or a skip that says which is missing (a failure in CI,
    where .ci/run sets CLAIMCHECK_REQUIRE_BROWSER after installing both)."""
    missing = None
    try:
        from playwright import sync_api
    except ImportError:
        missing = "playwright is not installed (pip install -e '.[browser]')"
    if not os.path.exists(CHROMIUM):
        missing = f"{CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)"
    if missing and os.environ.get("CLAIMCHECK_REQUIRE_BROWSER"):
        pytest.fail(missing)
    if missing:
        pytest.skip(missing)
    return sync_api


@pytest.fixture(scope="module")
def browser():
    playwright = _browser_or_skip()
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_report(browser, tmp_path):
    pages = []

    def open_(result, name="report.html"):
        path = tmp_path / name
        path.write_text(html.render(result), encoding="utf-8")
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:")
                   else route.continue_())  # fmt: skip
        page.goto(path.as_uri())
        page.errors = errors
        pages.append(page)
        return page

    yield open_
    for page in pages:
        page.close()


def shown_items(page) -> list[str]:
    """The ids of the items the filters leave shown (each once, however many pieces)."""
    return page.eval_on_selector_all(
        "[data-primary].cc-item:not(.is-out)", "els => [...new Set(els.map(e => e.dataset.id))]"
    )


def test_browser_counts_match_lint(open_report, examples_result):
    page = open_report(examples_result)

    def count(name):
        return page.locator(f"[data-count='{name}']")

    assert int(count("drafts").inner_text()) == len(examples_result.documents)
    assert int(count("figures").inner_text()) == sum(
        len(d.verdicts) for d in examples_result.documents
    )
    severities = Counter(f.severity for f in examples_result.findings)
    for severity in html.SEVERITIES:
        assert int(count(f"severity-{severity}").inner_text()) == severities[severity]
    total = len(json.loads(page.locator("#cc-data").text_content())["items"])
    assert (
        page.locator("#status").inner_text() == f"Showing {total} of {total} figures and findings."
    )
    assert page.errors == []


def test_browser_selecting_a_conflict_shows_its_source_quote(
    open_report, examples_result, tmp_path
):
    conflicts = [v for d in examples_result.documents for v in d.verdicts if v.status == "conflict"]
    if not conflicts:
        pytest.skip("the examples have no conflict")
    verdict = conflicts[0]
    page = open_report(examples_result)
    page.locator(f".view-page mark[data-start='{verdict.quantity.start}'].v-conflict").click()
    panel = page.locator("#panel")
    claim = verdict.registry_claim
    assert claim.id in panel.inner_text()
    quotes = [s.quote for s in claim.sources if s.quote]
    if quotes:
        assert page.locator("#panel blockquote.quote").first.inner_text() == quotes[0]
    assert "CC101" in panel.inner_text()
    assert page.locator("#panel .score").inner_text().endswith("/ 100")
    # every page stating the claim, for its owner: the command that lists them
    assert page.locator("#panel .usage").inner_text() == f"claimcheck registry usage {claim.id}"
    shot = page.screenshot(path=str(tmp_path / "claimcheck-report.png"))  # what the editor sees
    Path(SCREENSHOT).write_bytes(shot)  # one copy where a person can look at it


def test_browser_filter_to_errors(open_report, examples_result):
    page = open_report(examples_result)
    page.select_option("#f-severity", "error")
    items = json.loads(page.locator("#cc-data").text_content())["items"]
    shown = shown_items(page)
    assert all(items[i]["severity"] == "error" for i in shown)
    errors = {(f.path, f.line, f.col) for f in examples_result.findings if f.severity == "error"}
    covered = {(items[i]["path"], f["line"], f["col"]) for i in shown for f in items[i]["findings"]}
    assert errors <= covered
    assert page.locator("#status").get_attribute("data-shown") == str(len(shown))
    page.select_option("#f-verdict", "supported")  # filters combine
    assert shown_items(page) == []
    page.click("#f-reset")
    assert len(shown_items(page)) == len(items)


def test_browser_search_and_document_filter(open_report, examples_result):
    page = open_report(examples_result)
    first = examples_result.documents[0]
    q = first.verdicts[0].quantity
    read = first.document.as_read(q.start, q.end)  # the figure as the page shows it
    page.fill("#f-search", read.upper())
    shown = shown_items(page)
    assert shown
    items = json.loads(page.locator("#cc-data").text_content())["items"]
    assert any(items[i]["text"] == read for i in shown)
    page.fill("#f-search", "no such words anywhere 9f8e7d")
    assert shown_items(page) == []
    page.fill("#f-search", "")
    last = len(examples_result.documents) - 1
    page.select_option("#f-doc", str(last))
    assert all(items[i]["doc"] == last for i in shown_items(page))
    assert page.locator("article.doc:visible").count() == 1


def test_browser_keyboard_moves_between_claims(open_report, examples_result):
    page = open_report(examples_result)
    ids = page.eval_on_selector_all(
        "[data-primary].cc-item", "els => els.filter(e => e.offsetParent).map(e => e.id)"
    )
    assert len(ids) >= 2
    active = "() => document.activeElement.id"
    page.keyboard.press("j")
    assert page.evaluate(active) == ids[0]
    page.keyboard.press("j")
    assert page.evaluate(active) == ids[1]
    assert page.locator(f"#{ids[1]}").get_attribute("class").count("selected") == 1
    page.keyboard.press("ArrowUp")
    assert page.evaluate(active) == ids[0]
    panel_text = page.locator("#panel-body").inner_text()
    assert json.loads(page.locator("#cc-data").text_content())["items"][ids[0]]["text"] in (
        panel_text
    )
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.id") == "f-search"


def test_browser_hostile_draft_runs_no_script(open_report, hostile_result):
    page = open_report(hostile_result, "hostile.html")
    for view in ("page", "source"):  # each view, every registry text rendered in the panel
        page.select_option("#f-view", view)
        for item in page.locator(".cc-item:visible").all():
            item.click()
            item.hover()
    page.keyboard.press("j")
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('script').length") == 2
    assert page.evaluate("() => document.querySelectorAll('img, iframe, svg circle').length") == 0
    hrefs = page.eval_on_selector_all("[href], [src]", "els => els.map(e => e.href || e.src)")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    handlers = page.evaluate(
        """() => [...document.querySelectorAll('*')].flatMap(
               e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => a.name))"""
    )
    assert handlers == []
    drafts = page.eval_on_selector_all("pre.draft", "els => els.map(e => e.textContent)")
    assert drafts == raw_texts(hostile_result)
    assert page.errors == []


def test_rule_findings_show_in_place_and_a_missing_disclaimer_at_the_top(examples_result):
    """Rule findings (issue 4) arrive in DocumentResult.findings: spans in the text become
    highlights, one on a figure joins it, and a missing disclaimer heads the draft."""
    from dataclasses import replace

    from claimcheck.findings import Finding

    first = examples_result.documents[0]
    raw = first.document.raw
    figure = first.verdicts[0].quantity
    word_start = raw.index("cancer", raw.index("\n# "))  # a word of the page, in no figure
    assert not any(v.quantity.start <= word_start < v.quantity.end for v in first.verdicts)

    def rule_finding(code, start, end, rule):
        line, col = first.document.line_col(start)
        return Finding(first.document.path, line, col, code, start, end, "warning",
                       f"{rule} <b>says</b>", suggestion="say it plainly", rule=rule)  # fmt: skip

    extra = [
        rule_finding("CC201", 0, 0, "not-medical-advice"),
        rule_finding("CC301", word_start, word_start + 6, "avoid-cure"),
        rule_finding("CC302", figure.start, figure.end - 1, "relative-needs-absolute"),
    ]
    changed = replace(first, findings=sorted([*first.findings, *extra]))
    result = replace(examples_result, documents=[changed, *examples_result.documents[1:]])
    text = html.render(result)
    page = Page(text)
    assert page.drafts[0] == raw
    items = page.data()["items"]
    top = [
        a for tag, a in page.elements if tag == "button" and a.get("data-id", "").startswith("d0-")
    ]
    assert [items[a["data-id"]]["codes"] for a in top] == [["CC201"]]
    assert top[0]["aria-label"] == "rule finding, warning, CC201: the whole draft"
    assert items[top[0]["data-id"]]["text"] == "the whole draft"  # the panel's headline
    marks = {a["data-start"]: a for tag, a in page.elements if tag == "mark" and "id" in a}
    assert "v-rule" in marks[str(word_start)]["class"]
    assert "CC302" in items[marks[str(figure.start)]["data-id"]]["codes"]
    assert "&lt;b&gt;says&lt;/b&gt;" in text and "<b>says" not in text


# --- the review workspace, in a browser --------------------------------------------------------

MARKUP = ("**", "## ", "|---", "](", "&nbsp;", "&lt;", "<p>", "<li>", "</", "title:")


def test_browser_reading_view_shows_pages_not_markup(open_report, examples_result):
    page = open_report(examples_result)
    # paragraphs off screen are laid out only when seen (content-visibility), and innerText
    # is what layout shows: lay them all out to read them
    page.add_style_tag(content=".reading > * { content-visibility: visible !important; }")
    pages = page.eval_on_selector_all(".view-page .reading", "els => els.map(e => e.innerText)")
    assert len(pages) == len(examples_result.documents)
    for text, result in zip(pages, examples_result.documents, strict=True):
        for markup in MARKUP:
            assert markup not in text, markup
        for verdict in result.verdicts:  # the page's words are all there, as read
            q = verdict.quantity
            assert result.document.as_read(q.start, q.end) in " ".join(text.split())
    front = page.locator(".front-matter").first.inner_text()
    assert "title" in front
    # every figure is marked on the page: each item's pieces, read together, are the figure
    items = json.loads(page.locator("#cc-data").text_content())["items"]
    pieces = page.evaluate(
        """() => { const out = {};
            document.querySelectorAll('.view-page .reading mark[data-id]').forEach(m => {
              out[m.dataset.id] = (out[m.dataset.id] || '') + m.textContent; });
            return out; }"""
    )
    for result in examples_result.documents:
        for verdict in result.verdicts:
            q = verdict.quantity
            read = result.document.as_read(q.start, q.end)
            assert any(" ".join(t.split()) == read for t in pieces.values()), read
    assert set(pieces) <= set(items)
    # the source toggle shows the file, numbered
    first = page.locator("article.doc").first
    first.locator(".view-btn[data-view=source]").click()
    assert first.locator("pre.draft").is_visible() and not first.locator(".reading").is_visible()
    raw = examples_result.documents[0].document.raw
    assert first.locator("pre.draft .ln").count() == raw.count("\n") + (not raw.endswith("\n"))
    assert first.locator("pre.draft").text_content() == raw
    page.keyboard.press("j")  # keyboard moves through the source view now
    assert page.evaluate("() => document.activeElement.id").startswith(("src-", "d0-"))
    assert page.errors == []


def row_keys(page) -> list[str]:
    return page.eval_on_selector_all(
        "#findings-body tr:not([hidden])", "rows => rows.map(r => r.dataset.key)"
    )


def test_browser_findings_list_sorts_filters_counts_and_opens(open_report, examples_result):
    page = open_report(examples_result)
    findings = examples_result.findings
    assert len(row_keys(page)) == len(findings)
    counts = page.locator("#list-counts")
    severities = Counter(f.severity for f in findings)
    for severity in html.SEVERITIES:
        assert counts.get_attribute(f"data-{severity}") == str(severities[severity])
    data = json.loads(page.locator("#cc-data").text_content())
    by_key = {f["key"]: f for item in data["items"].values() for f in item["findings"]}
    page.click("th[data-sort=code] button")
    codes_up = [by_key[k]["code"] for k in row_keys(page)]
    assert codes_up == sorted(codes_up)
    assert page.get_attribute("th[data-sort=code]", "aria-sort") == "ascending"
    page.click("th[data-sort=code] button")
    assert [by_key[k]["code"] for k in row_keys(page)] == sorted(codes_up, reverse=True)
    # the same filters as the highlights; counts follow them
    page.select_option("#f-severity", "warning")
    shown = row_keys(page)
    assert shown and all(by_key[k]["severity"] == "warning" for k in shown)
    assert len(shown) == severities["warning"]
    assert counts.get_attribute("data-shown") == str(len(shown))
    assert counts.get_attribute("data-error") == "0"
    # drafts with nothing shown can be hidden
    page.check("#f-hide")
    with_warnings = {f.path for f in findings if f.severity == "warning"}
    shown_docs = page.eval_on_selector_all(
        "article.doc:not([hidden]) h2 .doc-path", "hs => hs.map(h => h.textContent)"
    )
    assert set(shown_docs) == with_warnings
    # a row opens its figure: scrolled into view, selected, the panel showing that finding
    key = shown[-1]
    page.click(f"#finding-{key} .row-open")
    item_id = page.get_attribute(f"#finding-{key}", "data-item")
    assert "selected" in page.get_attribute(f"#{item_id}", "class")
    assert page.locator(f"#{item_id}").is_visible()
    box = page.locator(f"#{item_id}").bounding_box()
    assert 0 <= box["y"] <= 1000
    assert by_key[key]["message"] in page.locator("#panel .finding.current").inner_text()
    assert page.evaluate("() => location.hash") == f"#finding-{key}"
    assert page.errors == []


def test_browser_severity_shows_on_each_highlight_in_shape_not_colour_only(
    open_report, examples_result
):
    page = open_report(examples_result)
    styles = page.evaluate(
        """() => ['error', 'warning', 'info', 'none'].map(s => {
              const m = document.querySelector('.view-page mark[data-primary].s-' + s)
                     || document.querySelector('.legend-mark.s-' + s);
              const cs = getComputedStyle(m), after = getComputedStyle(m, '::after');
              return [s, cs.borderTopStyle, after.content]; })"""
    )
    frames = {s: (border, icon) for s, border, icon in styles}
    assert frames["error"][0] == "solid" and "‼" in frames["error"][1]
    assert frames["warning"][0] == "dashed" and "▲" in frames["warning"][1]
    assert frames["info"][0] == "dotted"
    assert frames["none"][1] in ("none", "normal")
    assert len({border for border, _ in frames.values()}) == 4  # four frames, not four colours


def test_browser_deep_link_opens_its_finding(browser, examples_result, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(html.render(examples_result), encoding="utf-8")
    data = Page(path.read_text(encoding="utf-8")).data()
    item = next(i for i in data["items"].values() if len(i["findings"]) and i["doc"] > 0)
    key = item["findings"][-1]["key"]
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto(path.as_uri() + f"#finding-{key}")
        assert page.locator("body.panel-open").count() == 1
        assert page.locator("#panel .finding.current").get_attribute("id") == f"panel-{key}"
        assert "selected" in page.get_attribute(f"#{item['id']}", "class")
        page.wait_for_timeout(1000)  # off-screen paragraphs are laid out as the scroll passes
        top = page.evaluate(
            f"() => document.getElementById('{item['id']}').getBoundingClientRect().top"
        )
        assert 0 <= top <= 1000, f"the linked figure is off screen (top {top})"
        page.evaluate("() => { location.hash = ''; }")
        page.click("#panel-close")
        page.evaluate(f"() => {{ location.hash = '#finding-{key}'; }}")  # while open, too
        page.wait_for_selector("#panel .finding.current")
    finally:
        page.close()


def test_browser_review_survives_a_reload_and_reaches_lint(browser, run_cli, tmp_path, monkeypatch):
    from workflow_helpers import CONFLICT_PAGE, make_project

    make_project(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli("report", "-o", "r.html").exit_code == 0
    assert run_cli("lint", "--no-cache").exit_code == 1
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto((tmp_path / "r.html").as_uri())
        page.fill("#reviewer", "Ana Ruiz")
        page.dispatch_event("#reviewer", "change")
        keys = row_keys(page)
        assert keys
        for key in keys:
            page.click(f"#finding-{key} .row-open")
            box = page.locator(f"#panel-{key}")
            box.locator("select").select_option("accepted")
            box.locator("textarea").fill(f"agreed with the author on {key[:6]}")
            box.locator("textarea").dispatch_event("change")
        page.select_option("#f-status", "accepted")
        assert len(row_keys(page)) == len(keys)
        page.reload()
        assert page.input_value("#reviewer") == "Ana Ruiz"
        for key in keys:
            assert page.locator(f"#finding-{key} .rs").inner_text() == "accepted"
        page.click(f"#finding-{keys[0]} .row-open")
        assert page.locator(f"#panel-{keys[0]} select").input_value() == "accepted"
        with page.expect_download() as download:
            page.click("#export-json")
        download.value.save_as(tmp_path / "review.json")
        with page.expect_download() as download:
            page.click("#export-csv")
        csv_text = Path(download.value.path()).read_text(encoding="utf-8")
    finally:
        page.close()
    exported = json.loads((tmp_path / "review.json").read_text(encoding="utf-8"))
    assert exported["claimcheck_review"] == 1 and exported["reviewer"] == "Ana Ruiz"
    assert {e["status"] for e in exported["findings"]} == {"accepted"}
    assert all(e["reviewer"] == "Ana Ruiz" and e["time"] for e in exported["findings"])
    assert csv_text.splitlines()[0].startswith("severity,code,figure,path,line,message")
    assert len(csv_text.strip().splitlines()) == len(keys) + 1
    result = run_cli("lint", "--no-cache", "--review-record", "review.json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stderr.count("accepted in review.json by Ana Ruiz: agreed with the author") == (
        len(keys)
    )
    # the record goes back into a fresh browser (another editor's machine)
    other = browser.new_context()
    page = other.new_page()
    try:
        page.goto((tmp_path / "r.html").as_uri())
        assert page.locator(f"#finding-{keys[0]} .rs").inner_text() == "open"
        page.set_input_files("#import", str(tmp_path / "review.json"))
        page.wait_for_function(
            "() => /Imported/.test(document.getElementById('review-status').textContent)"
        )
        assert page.locator(f"#finding-{keys[0]} .rs").inner_text() == "accepted"
    finally:
        other.close()


def test_browser_print_keeps_every_message_source_and_status(open_report, examples_result):
    page = open_report(examples_result)
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")  # as printing does
    page.emulate_media(media="print")
    text = page.evaluate("() => document.body.innerText")
    for finding in examples_result.findings:
        assert finding.message in text, finding.message
    notes = page.eval_on_selector_all(".print-note", "ns => ns.map(n => n.innerText)")
    assert notes and all("Review: open." in n for n in notes)
    assert any("Source: " in n for n in notes)
    assert not page.locator("#panel").is_visible() and not page.locator("#filters").is_visible()
    # beside its figure: each note follows the mark it explains
    follows = page.evaluate(
        """() => [...document.querySelectorAll('.print-note')].every(n =>
              n.previousElementSibling && n.previousElementSibling.matches('mark[data-primary]'))"""
    )
    assert follows


def test_browser_phone_width_has_no_sideways_scroll_and_a_reachable_panel(
    browser, examples_result, tmp_path
):
    path = tmp_path / "report.html"
    path.write_text(html.render(examples_result), encoding="utf-8")
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        page.select_option("#f-view", "source")
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        page.select_option("#f-view", "page")
        mark = page.locator(".view-page mark.v-conflict[data-primary]").first
        mark.scroll_into_view_if_needed()
        page.evaluate("() => window.scrollBy(0, window.innerHeight * 0.35)")  # low on screen
        mark.tap()
        panel = page.locator("#panel").bounding_box()
        assert panel["y"] >= 0 and panel["y"] + panel["height"] <= 844 + 1
        assert page.locator("#panel .finding").first.is_visible()
        figure = mark.bounding_box()
        assert figure["y"] >= 0 and figure["y"] + figure["height"] <= panel["y"]  # above the sheet
        page.screenshot(path=str(SCREENSHOTS / "claimcheck-report-390.png"))
        page.click("#panel-close")
        assert not page.locator("#panel").is_visible()
        page.locator("#findings-body .row-open").first.tap()
        assert page.locator("#panel .finding.current").is_visible()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        page.screenshot(path=str(SCREENSHOTS / "claimcheck-report-390-row.png"))
    finally:
        context.close()


def test_browser_desktop_screenshot(open_report, examples_result):
    page = open_report(examples_result)
    page.screenshot(path=str(SCREENSHOTS / "claimcheck-report-1440-top.png"))
    page.locator("#findings-body .row-open").first.click()
    page.screenshot(path=str(SCREENSHOTS / "claimcheck-report-1440.png"))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1440


def long_draft(paragraphs: int = 2400) -> str:
    """A long Markdown page written here: a heading every 100 paragraphs, and a figure or two
    in every fourth paragraph (one in bold, one in a table-like line), prose in the rest."""
    shapes = (
        "In clinic {n}, about {p}% of the adults screened were referred.",
        "Waiting lists fell to **{d} days** at site {n}.",
        "A survey of {c} carers | found {p}% wanted more notice.",
    )
    parts = []
    for n in range(paragraphs):
        if n % 100 == 0:
            parts.append(f"## Region {n // 100 + 1}")
        if n % 4:
            parts.append("Staff asked each visitor about recent travel and any symptoms.")
            continue
        values = {"n": n, "p": 10 + n % 80, "d": 3 + n % 40, "c": 100 + n}
        parts.append(shapes[n // 4 % len(shapes)].format(**values))
    return "\n\n".join(parts) + "\n"


def test_browser_a_long_draft_opens_and_filters_fast(browser, tmp_path):
    """The timings are measured with the Performance API and reported (printed and written
    to /tmp/claimcheck-report-timings.json), not asserted: the machine's load varies."""
    draft = tmp_path / "long.md"
    draft.write_text(long_draft(), encoding="utf-8")
    result = run_lint([draft], CLAIMS)
    path = tmp_path / "long.html"
    path.write_text(html.render(result), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto(path.as_uri())
        loaded = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
        page.select_option("#f-severity", "warning")
        severity_ms = page.evaluate("() => window.ccLastFilterMs")
        page.fill("#f-search", "carers")
        search_ms = page.evaluate("() => window.ccLastFilterMs")
        shown = int(page.get_attribute("#list-counts", "data-shown"))
        assert 0 < shown < len(result.findings)
        assert page.locator("#findings-body tr").count() == min(shown, 200)  # a page of rows
        if shown > 200:
            page.click("#list-more")
            assert page.locator("#findings-body tr").count() == min(shown, 400)
        page.locator("#findings-body .row-open").last.click()
        assert page.locator("#panel .finding.current").is_visible()
    finally:
        page.close()
    timings = {
        "paragraphs": 2400,
        "findings": len(result.findings),
        "page_bytes": path.stat().st_size,
        "load_ms": round(loaded),
        "filter_severity_ms": round(severity_ms, 1),
        "filter_search_ms": round(search_ms, 1),
    }
    Path("/tmp/claimcheck-report-timings.json").write_text(json.dumps(timings, indent=2))
    print(f"\nlong draft report: {timings}")


def test_browser_a_hostile_review_record_changes_only_what_it_may(
    open_report, examples_result, tmp_path
):
    page = open_report(examples_result)
    data = json.loads(page.locator("#cc-data").text_content())
    key = data["rows"][0]
    entries = [
        {"key": "__proto__", "status": "accepted"},
        {"key": "toString", "status": "accepted"},
        {"key": key, "status": "constructor"},
        {"key": key, "status": "toString", "note": "<img src=x onerror=alert(1)>"},
        {"key": key, "status": "needs-source", "note": "<b>ask</b> the author"},
    ]
    record = tmp_path / "review.json"
    record.write_text(json.dumps({"claimcheck_review": 1, "findings": entries}))
    page.set_input_files("#import", str(record))
    page.wait_for_function(
        "() => /Imported/.test(document.querySelector('#review-status').textContent)"
    )
    assert "Imported 1 decision" in page.locator("#review-status").inner_text()
    row = page.locator(f"#finding-{key}")
    assert row.locator(".rs").inner_text() == "needs source"
    assert row.locator(".rs-note").inner_text() == "<b>ask</b> the author"  # text, not markup
    assert page.evaluate("() => ({}).status === undefined && typeof window.alert") == "function"
    assert page.locator("#findings-body img").count() == 0
    assert page.errors == []


OVERFLOWING = """() => {
  // every shown element past the viewport's edge, but those a scroll box (the findings list,
  // a draft's source) holds: they scroll inside their box, never the page sideways
  const width = document.documentElement.clientWidth;
  const scrolls = (e) => {
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible") return true;
    }
    return false;
  };
  return [...document.querySelectorAll("body *")].filter((e) => {
    if (e.matches(".skip, .sr-only") || e.closest(".sr-only")) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5) && !scrolls(e);
  }).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().width)}`);
}"""

PATH_BREAKS = """(selector) => {
  // each shown path's line breaks: a new line may start only after a "/" (or a ":" before
  // the line number), never inside a folder's or a file's name
  const broken = [];
  for (const el of document.querySelectorAll(selector)) {
    if (!el.getClientRects().length) continue;
    const text = el.textContent;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let top = null, before = "", node;
    while ((node = walker.nextNode())) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (top !== null && rect.top > top + 2 && !/[\\/:\\s]/.test(before)) broken.push(text);
        top = rect.top;
        before = node.data[i];
      }
    }
  }
  return broken;
}"""

LONG_PATH = "content/oncology/liver-cancer/treatments/car_t_cell_therapy_patient_guide.md"


def test_browser_at_390px_nothing_is_wider_than_the_screen_and_paths_wrap_at_slashes(
    browser, tmp_path, monkeypatch
):
    draft = tmp_path / LONG_PATH
    draft.parent.mkdir(parents=True)
    draft.write_text((EXAMPLES / "car-t-liver-cancer.md").read_text("utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the report shows the path as given: long, nested, relative
    result = run_lint([LONG_PATH, EXAMPLES / "faq.txt"], CLAIMS)
    path = tmp_path / "report.html"
    path.write_text(html.render(result), encoding="utf-8")
    paths = ".per-doc th a, .doc-path, .findings-table .where, .panel .where"
    for width in (390, 768):  # a phone, and a tablet where the findings list is a table
        phone = width == 390
        context = browser.new_context(
            viewport={"width": width, "height": 844}, is_mobile=phone, has_touch=phone
        )
        page = context.new_page()
        try:
            page.goto(path.as_uri())
            assert page.evaluate(OVERFLOWING) == []
            if phone:  # the per-draft summary, as an editor first sees it on a phone
                page.locator(".per-doc").scroll_into_view_if_needed()
                page.screenshot(path=str(SCREENSHOTS / "claimcheck-report-390-paths.png"))
            page.locator("#findings-body .row-open").first.click()  # the panel shows a path too
            assert page.locator("#panel p.where").is_visible()
            assert page.evaluate(OVERFLOWING) == []
            assert page.evaluate(PATH_BREAKS, paths) == []
            assert page.evaluate("() => document.documentElement.scrollWidth") <= width
        finally:
            context.close()


def test_inline_code_in_a_hint_is_code_and_stays_escaped():
    shown = str(html.inline_code("add a claim (`claimcheck registry suggest` drafts one) & `<b>`"))
    assert shown == (
        "add a claim (<code>claimcheck registry suggest</code> drafts one) &amp; "
        "<code>&lt;b&gt;</code>"
    )
    assert str(html.inline_code("an odd ` backtick <i>")) == "an odd ` backtick &lt;i&gt;"


def unsupported_page(tmp_path, paragraphs: int = 1):
    """A short page of our own: one figure no claim backs, then plain paragraphs."""
    page = tmp_path / "clinic.md"
    filler = "\n\n".join(
        ["The nurse explains the visit, the forms and the waiting room."] * (paragraphs - 1)
        + ["Last of all, bring your repeat prescription list."]
    )
    page.write_text(
        f"# Our clinic\n\nOur clinic saw 4,321 walk-in visitors last winter.\n\n{filler}\n",
        encoding="utf-8",
    )
    return run_lint([page], CLAIMS)


def test_the_report_shows_a_hints_command_as_code_not_backticks(open_report, tmp_path):
    result = unsupported_page(tmp_path)
    (finding,) = [f for f in result.findings if f.code == "CC102"]
    assert "`claimcheck registry suggest`" in finding.suggestion  # the terminal and JSON keep it
    page = open_report(result)
    page.locator("#findings-body .row-open").first.click()
    hint = page.locator("#panel-body .suggestion")
    assert hint.inner_text() == (
        "What to do: add a sourced claim (claimcheck registry suggest drafts one) "
        "or remove the figure"
    )
    assert hint.locator("code").inner_text() == "claimcheck registry suggest"
    assert "`" not in page.locator("#findings-body").inner_text()
    assert not page.errors


def test_a_full_page_screenshot_paints_the_whole_draft(open_report, tmp_path):
    """A page taller than the window comes out whole in a full-page screenshot (and so in a
    print): no paragraph below the first screen is left unpainted (content-visibility)."""
    page = open_report(unsupported_page(tmp_path, paragraphs=60))
    last = page.locator(".view-page .reading > *").last
    assert "Last of all" in last.inner_text()
    box = last.bounding_box()
    assert box and box["y"] > 2 * page.viewport_size["height"]  # far below the first screen
    shot = tmp_path / "full.png"
    page.screenshot(path=str(shot), full_page=True)
    image_module = pytest.importorskip("PIL.Image")
    image = image_module.open(shot).convert("L")
    clip = image.crop((int(box["x"]), int(box["y"]), int(box["x"] + box["width"]),
                       int(box["y"] + box["height"])))  # fmt: skip
    low, high = clip.getextrema()
    assert high - low > 100, "the last paragraph is blank in the full-page screenshot"


def test_browser_registry_column_terms_and_info_count_as_lint_says(open_report, examples_result):
    """The findings list's registry id is lint's (none for an unsupported figure, whose
    closest claim is labelled "closest:", as it was not used); a draft's line counts
    sentences with figures, never "claims"; the per-draft table has an Info column."""
    page = open_report(examples_result)
    lint_ids = {(f.path, f.line, f.code): f.registry_id for f in examples_result.findings}
    data = json.loads(page.locator("#cc-data").text_content())
    by_key = {f["key"]: (item, f) for item in data["items"].values() for f in item["findings"]}
    closest_shown = 0
    for key in row_keys(page):
        item, f = by_key[key]
        shown = page.locator(f"#finding-{key} td[data-label='Registry id']").inner_text()
        registry_id = lint_ids[(f"{item['path']}", f["line"], f["code"])]
        assert f["registry_id"] == registry_id
        if registry_id:
            assert shown == registry_id
        elif item["near_miss"]:
            assert shown == "closest: " + item["near_miss"]["registry"]["id"]
            closest_shown += 1
        else:
            assert shown == "\u2014"
    assert closest_shown  # the examples have unsupported figures with a closest claim
    metas = page.eval_on_selector_all(".doc-meta", "ps => ps.map(p => p.textContent)")
    assert metas and all(" sentences with figures · " in m or " sentence with figures · " in m
                         for m in metas)  # fmt: skip
    assert not any(" claims " in m or " claim " in m for m in metas)
    headers = page.eval_on_selector_all(".per-doc thead th", "ths => ths.map(t => t.textContent)")
    assert headers[-3:] == ["Errors", "Warnings", "Info"]
    infos = page.eval_on_selector_all(
        ".per-doc tbody td[data-label='Info']", "tds => tds.map(t => t.textContent)"
    )
    assert infos == [
        str(sum(f.severity == "info" for f in d.findings)) for d in examples_result.documents
    ]
    assert page.errors == []


def test_the_code_filter_names_a_project_rule_by_its_id(examples_result):
    """A project rule's code (CC350 and up, not in the built-in table) is shown in the Code
    filter with the rule's id, as `claimcheck rules list` shows it, not as its code twice."""
    from dataclasses import replace

    from claimcheck.findings import Finding

    first = examples_result.documents[0]
    line, col = first.document.line_col(0)
    own = Finding(first.document.path, line, col, "CC350", 0, 4, "warning", "no painless",
                  rule="no-painless")  # fmt: skip
    changed = replace(first, findings=sorted([*first.findings, own]))
    text = html.render(replace(examples_result, documents=[changed]))
    assert '<option value="CC350">CC350 no-painless (1)</option>' in text
