"""The editors' report shows each draft's words as a reader sees them, everywhere.

An HTML draft's entities (``&nbsp;``, ``&#8217;``, ``&amp;``, ``&lt;``) are decoded in the
findings list, the claim panel, the page view and both exports; a figure inside a risky
wording (``100% safe``) is drawn as the rule's finding with its error, not as an unsupported
figure; printing on A4 breaks no word and names a source only for a claim that was used; the
phone's sheet opens at its top; an image's alt text is read, checked and shown.

Browser tests use Debian's chromium through Playwright (see tests/test_report_html.py).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from test_report_html import CLAIMS, EXAMPLES, SCREENSHOTS, Page, browser  # noqa: F401

from claimcheck.cli import read_drafts
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.report import html
from claimcheck.report import markdown as markdown_report
from claimcheck.rules.loader import load_rules

ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")

HTML_DRAFT = """<!doctype html>
<html><head><title>Statins &amp; you</title></head><body>
<h1>What the numbers say</h1>
<p>The study&#8217;s hazard ratio was HR&nbsp;=&nbsp;0.74 for strokes (P&lt;0.05).</p>
<p>Roughly 2.4&nbsp;million people in the region take a statin &amp; most feel fine.</p>
<p>Our tablet is 100% safe for children and adults.</p>
<img src="trend.png" alt="Line chart: prescriptions rose by 18&nbsp;% between 2015 and 2022">
</body></html>
"""


def run_lint(paths):
    """lint as the command runs it: the shipped registry and the default wording rules."""
    documents, failures = read_drafts([str(p) for p in paths])
    assert documents and not failures
    return lint(documents, load_registry(str(CLAIMS)), rules=load_rules())


@pytest.fixture(scope="module")
def html_result(tmp_path_factory):
    folder = tmp_path_factory.mktemp("drafts")
    draft = folder / "statins.html"
    draft.write_text(HTML_DRAFT, encoding="utf-8")
    return run_lint([draft])


def report_data(result) -> dict:
    return Page(html.render(result)).data()


# --- without a browser --------------------------------------------------------------------------


def test_items_and_sentences_show_decoded_entities(html_result):
    items = report_data(html_result)["items"].values()
    texts = {item["text"] for item in items}
    assert "HR = 0.74" in texts and "P<0.05" in texts
    assert "Roughly 2.4 million people" in texts
    for item in items:
        for shown in (item["text"], item["claim"] or ""):
            assert not ENTITY.search(shown), shown
        for finding in item["findings"]:
            assert not ENTITY.search(finding["norm"]), finding["norm"]
    sentence = next(i["claim"] for i in items if i["text"] == "HR = 0.74")
    assert sentence == "The study’s hazard ratio was HR = 0.74 for strokes (P<0.05)."


def test_a_figure_in_risky_wording_is_drawn_as_the_rule_finding(html_result):
    page = Page(html.render(html_result))
    items = page.data()["items"]
    (safe,) = [i for i in items.values() if "CC306" in i["codes"]]
    assert safe["text"] == "100% safe"
    assert (safe["verdict"], safe["severity"]) == ("rule", "error")
    assert not any(i["text"] == "100%" for i in items.values())  # no unsupported "100%"
    (mark,) = [a for tag, a in page.elements if tag == "mark" and a.get("id") == safe["id"]]
    assert "v-rule" in mark["class"] and "s-error" in mark["class"]
    assert mark["aria-label"].startswith("rule finding, error, CC306")
    # the counts leave it out as a figure, in the HTML and the Markdown reports alike
    document = html_result.documents[0]
    judged = document.judged
    assert len(judged) == len(document.verdicts) - 1
    counts = dict(re.findall(r'data-count="([\w-]+)">(\d+)<', html.render(html_result)))
    assert int(counts["figures"]) == len(judged)
    table_row = next(
        line
        for line in markdown_report.format_result(html_result).splitlines()
        if "statins.html" in line
    )
    assert table_row.split("|")[2].strip() == str(len(judged))


def test_print_names_a_source_only_for_the_claim_that_was_used(examples_result_here):
    page = Page(html.render(examples_result_here))
    notes = [a for tag, a in page.elements if tag == "span" and a.get("class") == "pn"]
    assert notes
    text = html.render(examples_result_here)
    chunks = re.findall(r'<span class="pn">(.*?)<span class="print-status"', text)
    unsupported = [c for c in chunks if "CC102" in c]
    conflicts = [c for c in chunks if "CC101" in c]
    assert unsupported and conflicts
    assert not any("Source:" in c for c in unsupported)
    assert all("Source:" in c for c in conflicts)


@pytest.fixture(scope="module")
def examples_result_here():
    return run_lint([EXAMPLES])


def test_alt_text_is_read_checked_and_shown(html_result):
    result = html_result.documents[0]
    document = result.document
    raw = document.raw
    alt_start = raw.index("Line chart")
    figures = [v.quantity for v in result.verdicts if v.quantity.start > alt_start]
    assert [document.as_read(q.start, q.end) for q in figures][:1] == ["18 %"]
    assert all(raw.index("alt=") < q.start < raw.index('">', alt_start) for q in figures)
    # a sentence of its own: the image's description, not the paragraph before it
    claim = next(v.claim for v in result.verdicts if v.quantity.start > alt_start)
    assert document.as_read(claim.start, claim.end).startswith("Line chart: prescriptions")
    # lint reports it at its place in the file
    found = {(f.line, f.code) for f in result.findings}
    line = raw[:alt_start].count("\n") + 1
    assert (line, "CC102") in found
    # the page shows it as the image's description, the figure marked in it
    page = html.render(html_result)
    image = re.search(r'<span class="r-img"[^>]*>(Line chart.*?)</mark>', page)
    assert image and re.search(r"prescriptions rose by <mark [^>]*>18\s%$", image.group(1))


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ('<img alt="Up to 30% of cases" src="a.png">', ["30%"]),
        ("<img src='b.png' alt='about 12 mg a day'/>", ["about 12 mg"]),
        ('<img title="alt=40%" src="c.png">', []),  # inside another attribute's value
        ('<img alt="" src="d.png">', []),  # decorative
        ('<noscript><img alt="55% of users"></noscript>', []),  # never shown
    ],
)
def test_which_alt_texts_are_read(extract_json, tmp_path, tag, expected):
    draft = tmp_path / "page.html"
    draft.write_text(f"<html><body><p>Plain words here.</p>{tag}</body></html>", "utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    read = [q["text"] for c in claims for q in c["quantities"]]
    assert [r for r in read if any(e in r for e in expected)] == read
    assert len(read) == len(expected)


def test_a_markdown_image_description_is_a_sentence_of_its_own(extract_json, tmp_path):
    draft = tmp_path / "page.md"
    draft.write_text(
        "Fewer people smoke now. ![Graph: smoking fell to 11% by 2023](s.png) The rest quit.\n",
        encoding="utf-8",
    )
    claims = extract_json(draft)["documents"][0]["claims"]
    assert [c["text"] for c in claims] == ["Graph: smoking fell to 11% by 2023"]


# --- in a browser ---------------------------------------------------------------------------------


def open_page(browser, tmp_path, result, **context):  # noqa: F811
    path = tmp_path / "report.html"
    path.write_text(html.render(result), encoding="utf-8")
    opened = browser.new_context(**(context or {"viewport": {"width": 1440, "height": 1000}}))
    page = opened.new_page()
    page.goto(path.as_uri())
    return opened, page


def test_browser_list_panel_and_exports_show_characters_not_entities(
    browser,  # noqa: F811
    html_result,
    tmp_path,
):
    context, page = open_page(browser, tmp_path, html_result, accept_downloads=True)
    try:
        figures = page.eval_on_selector_all(
            "#findings-body .row-open", "bs => bs.map(b => b.textContent)"
        )
        assert "HR = 0.74" in figures and "Roughly 2.4 million people" in figures
        assert "P<0.05" not in figures  # a P value is read, not verified: no finding
        assert not any(ENTITY.search(f) for f in figures)
        page.locator("#findings-body .row-open", has_text="HR = 0.74").click()
        panel = page.locator("#panel").inner_text()
        assert "The study’s hazard ratio was HR = 0.74" in panel
        assert not ENTITY.search(panel)
        with page.expect_download() as download:
            page.click("#export-json")
        record = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        with page.expect_download() as download:
            page.click("#export-csv")
        rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    finally:
        context.close()
    for entry in record["findings"]:
        for field in ("figure", "text", "message"):
            assert not ENTITY.search(entry[field] or ""), entry[field]
    shown = {"HR = 0.74", "Roughly 2.4 million people"}
    assert shown | {"100% safe"} <= {e["figure"] for e in record["findings"]}
    assert shown <= {r["figure"] for r in rows}
    assert not any(ENTITY.search(r["figure"] + r["message"]) for r in rows)


BROKEN_WORDS = """(selector) => {
  const word = /[\\p{L}\\p{N}][\\p{L}\\p{N}'’,.%]*[\\p{L}\\p{N}%]/gu;
  const broken = [];
  document.querySelectorAll(selector).forEach(root => {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      if (node.parentElement.closest('.where, .registry, .per-doc th, [hidden]')) continue;
      for (const m of node.textContent.matchAll(word)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                                .map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  });
  return broken;
}"""
"""The words under ``selector`` that a line break cuts in two (paths and registry ids, which
may wrap between their parts, are left out: a draft's path in the findings list and in the
per-draft tallies, whose folder names can be long random words such as a temporary folder's)."""


def test_browser_print_on_a4_breaks_no_word(browser, examples_result_here, tmp_path):  # noqa: F811
    # A4 at 96 dpi less Chromium's default margins: the width print lays the page out at
    context, page = open_page(
        browser, tmp_path, examples_result_here, viewport={"width": 718, "height": 1000}
    )
    try:
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
        page.emulate_media(media="print")
        page.add_style_tag(content=".reading > * { content-visibility: visible !important; }")
        broken = page.evaluate(BROKEN_WORDS, "#findings-table, .print-note, .tallies, .reading")
        assert broken == []
        page.screenshot(path=str(SCREENSHOTS / "claimcheck-report-print.png"), full_page=True)
    finally:
        context.close()


def test_browser_phone_sheet_opens_at_its_top_and_breaks_no_word(
    browser,  # noqa: F811
    examples_result_here,
    tmp_path,
):
    context, page = open_page(
        browser,
        tmp_path,
        examples_result_here,
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    try:
        assert page.evaluate(BROKEN_WORDS, ".tallies, #findings-table") == []
        rows = page.locator("#findings-body .row-open")
        for n in range(min(rows.count(), 4)):
            rows.nth(n).tap()
            assert page.evaluate("() => document.getElementById('panel').scrollTop") == 0
            head = page.locator("#panel .panel-head").bounding_box()
            figure = page.locator("#panel-body .figure").bounding_box()
            assert figure["y"] >= head["y"] + head["height"] - 1  # not under the sheet's head
            assert page.locator("#panel .finding.current").is_visible()
            page.click("#panel-close")
    finally:
        context.close()
