"""Messages are one line and quote the figure as a reader sees it: markup left out, entities
decoded, a range wrapped over two lines joined by a space. (The JSON ``quantity.text`` stays
the file's own text: ``text == file[start:end]``.)"""

from __future__ import annotations

import json

import pytest
from workflow_helpers import make_project

from claimcheck.findings import Finding


@pytest.fixture
def project(tmp_path, monkeypatch):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint_json(run_cli, path) -> list[dict]:
    result = run_cli("lint", path, "--format", "json", "--no-cache", "--ignore", "CC201")
    return json.loads(result.stdout)["findings"]


def test_markdown_figures_are_quoted_without_markup_or_line_breaks(project, run_cli):
    page = project / "drafts" / "a.md"
    page.write_text(
        "# Waiting times\n\nA first visit took roughly **4,321 minutes** last winter, and a\n"
        "scan took 6 to 9\nweeks in our region.\n"
    )
    findings = lint_json(run_cli, page)
    messages = [f["message"] for f in findings]
    assert any(m.startswith('"roughly 4,321 minutes" is not backed') for m in messages), messages
    assert any(m.startswith('"6 to 9 weeks" is not backed') for m in messages), messages
    raw = page.read_text()
    for f in findings:  # the contract's text is still the file's
        assert raw[f["start"] : f["end"]] == f["quantity"]["text"]
    assert any("\n" in f["quantity"]["text"] for f in findings)


def test_html_entities_are_decoded_in_messages(project, run_cli):
    page = project / "drafts" / "b.html"
    page.write_text(
        "<h1>Trial</h1><p>The new drug lowered relapse (HR&nbsp;=&nbsp;0.71, "
        "P&lt;0.02) against placebo in &lt;30% of a small trial.</p>"
    )
    messages = [f["message"] for f in lint_json(run_cli, page)]
    assert any(m.startswith('"HR = 0.71" is not backed') for m in messages), messages
    assert any(m.startswith('"<30%" is not backed') for m in messages), messages
    assert not any("P<0.02" in m for m in messages), messages  # a P value is not verified
    assert not any("&" in m for m in messages)


def test_rule_matches_are_quoted_as_read_and_text_output_stays_one_line(project, run_cli):
    page = project / "drafts" / "c.md"
    page.write_text("# Our offer\n\nThe treatment has *no side\neffects* at all.\n")
    result = run_cli("lint", page, "--no-cache", "--ignore", "CC201")
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{page}:3:")
    assert '"no side effects"' in lines[0]
    assert lines[1].startswith("    hint: ")
    assert len(lines) == 3  # the finding, its hint, the summary


def test_a_finding_message_and_hint_are_one_line_whatever_they_quote():
    finding = Finding(
        path="a.md", line=1, col=1, code="CC101", start=0, end=1, severity="error",
        message='"5%" conflicts with x: 7% (Smith J,\n  2021)',
        suggestion='the source supports 7%: "seven\nper cent"',
    )  # fmt: skip
    assert finding.message == '"5%" conflicts with x: 7% (Smith J, 2021)'
    assert finding.suggestion == 'the source supports 7%: "seven per cent"'


def test_the_one_line_shortcut_reads_as_the_pattern():
    """``_one_line`` (printable and no two spaces in a row, else the pattern) says what
    ``_ONE_LINE.fullmatch`` says of each character alone, between letters, after and before
    a space and doubled (every one up to U+3100, past the last whitespace character, and
    every 97th after), and of texts mixing spaces, breaks and unprintable characters."""
    import random
    import sys

    from claimcheck.findings import _ONE_LINE, _one_line

    for code in [*range(0x3100), *range(0x3100, sys.maxunicode + 1, 97)]:
        char = chr(code)
        for text in (char, f"a{char}b", f" {char}", f"{char} ", char * 2):
            assert _one_line(text) == (_ONE_LINE.fullmatch(text) is not None), repr(text)
    pieces = [" ", "  ", "\t", "\n", "\xa0", "\u2009", "\u200b", "\x85", "x", "5%", '"', ""]
    rng = random.Random(17)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert _one_line(text) == (_ONE_LINE.fullmatch(text) is not None), repr(text)


def test_a_fraction_in_a_quote_states_a_percentage_value(tmp_path, run_cli):
    """A claim whose value is 20 (percent) and whose quote says "nearly one in five" has its
    evidence quoted: the hint never sends the writer to ``registry check`` for a quote
    that states the value in other words (a new user's trial, session 26)."""
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "c.yaml").write_text(
        """\
- id: freedonia-smoking-share
  statement: Smoking causes nearly one in five deaths in Freedonia.
  subject: [smoking]
  context: [Freedonia]
  measure: deaths
  value: {value: 20, approx: true, unit: percent}
  sources:
    - citation: Freedonia Health Office
      quote: "This is nearly one in five deaths"
  status: approved
  review_by: 2030-01-01
""",
        encoding="utf-8",
    )
    draft = tmp_path / "page.md"
    draft.write_text("Smoking causes about 1 in 3 deaths in Freedonia.\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--registry", folder, "--select", "CC101", draft)
    assert 'hint: the source supports ~20%: "This is nearly one in five deaths"' in result.stdout
    assert "registry check" not in result.stdout
