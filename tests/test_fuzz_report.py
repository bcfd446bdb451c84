"""The report's page and source views on generated drafts (the lint fuzz test's drafts):
rendering never raises, the page is always well formed and holds no element of the draft's
own, the source is exactly the file, and every figure or finding is marked on the page where
the analysis read it (its pieces read as the figure) or listed as not on the page.
``CLAIMCHECK_FUZZ_REPORT_EXAMPLES`` sets how many drafts (default: a fifth of the lint fuzz
test's ``CLAIMCHECK_FUZZ_EXAMPLES``, at least 25: a page costs more than a lint)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from test_fuzz_lint import EXAMPLES, REGISTRY, drafts, suffixes
from test_report_reading import Rendered

from claimcheck.documents.document import DocumentError
from claimcheck.documents.reader import read_document
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.report import html
from claimcheck.rules import load_rules

OURS = {"h3", "h4", "h5", "h6", "div", "span", "mark", "b", "em", "strong", "s", "code", "pre",
        "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "blockquote", "br", "hr", "sup", "sub", "small", "i", "u", "kbd", "abbr", "cite", "q",
        "del", "ins", "time", "var", "samp", "dl", "dt", "dd", "figure", "figcaption"}  # fmt: skip


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-report") / "claims"
    folder.mkdir()
    (folder / "q.yaml").write_text(REGISTRY, encoding="utf-8")
    return load_registry(folder), load_rules()


@settings(
    max_examples=int(os.environ.get("CLAIMCHECK_FUZZ_REPORT_EXAMPLES", max(EXAMPLES // 5, 25))),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(draft=drafts, suffix=suffixes)
@example(draft="&about 15%\n", suffix=".html")  # an unknown entity the figure starts inside
@example(draft="3 in 0<b>15%\n", suffix=".md")  # a tag inside a figure, shown as nothing
@example(draft="about \u200b15%\n", suffix=".md")  # a zero-width space inside a figure
def test_page_and_source_views_of_any_draft(engine, draft, suffix):
    registry, rules = engine
    try:
        document = read_document(Path(f"drafts/page{suffix}"), draft.encode("utf-8"))
    except DocumentError:
        return
    result = lint([document], registry, today=date(2026, 1, 1), rules=rules)
    context = html.build_context(result, root=Path.cwd())
    (doc,) = context["documents"]
    page = Rendered(doc["page"])
    assert page.balanced and not page.stack
    for tag, attrs in page.tags:
        assert tag in OURS, tag
        assert set(attrs) <= {"class", "data-id", "id", "data-primary", "data-start",
                              "data-end", "tabindex", "role", "aria-label", "title",
                              "colspan", "rowspan", "start", "data-key"}, attrs  # fmt: skip
    inline, _top = html.build_items(0, result.documents[0])
    offpage = {item.id for item in doc["offpage"]}
    for item in inline:
        read = document.as_read(item.start, item.end)
        if item.id not in offpage and read:  # (a finding about markup alone reads as nothing)
            # (a zero-width space shows as nothing, in the page as in the message)
            shown = " ".join("".join(page.marked[item.id]).replace("\u200b", "").split())
            assert shown == read, item.text
    source = Rendered(doc["source"])
    assert "".join(source.text) == document.raw
