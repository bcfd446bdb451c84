"""An HTML page's blocks outside tables are lines of their own: the page's <title> or first
heading is never a figure's row header, and a table after prose gets its own headers."""

from __future__ import annotations

from verdict_helpers import by_figure, registry_linter

REGISTRY = """\
- id: bp-adults
  statement: Nearly half of adults in the country (48.1%) have high blood pressure.
  subject: [high blood pressure, hypertension]
  context: [adults]
  value: {value: 48.1, unit: percent}
  sources: [{citation: "National heart survey 2024", quote: "48.1% of adults have hypertension"}]
  status: approved
  review_by: 2030-01-01

- id: bp-adults-aware
  statement: Among adults with high blood pressure, 63% are aware of it.
  subject: [high blood pressure, hypertension]
  context: [aware]
  value: {value: 63, unit: percent}
  sources: [{citation: "National heart survey 2024", quote: "63% were aware"}]
  status: approved
  review_by: 2030-01-01
"""

TITLED = """\
<!doctype html>
<html><head><title>Pharmacy drop-in clinic: opening times and parking</title></head>
<body><h1>Your heart</h1>
<p>Our pharmacists can take a reading while you wait.</p>
<p>Nearly half of adults have high blood pressure, {0}.</p>
</body></html>
"""

TABLE_AFTER_PROSE = """\
<html><head><title>Heart numbers from our county team</title></head><body>
<h1>Heart numbers</h1><p>Our county team gathered these.</p><p>Ask us about them.</p>
<h2>Adults with high blood pressure</h2>
<table><tr><th>Measure</th><th>Share</th></tr>
<tr><td>Adults with hypertension</td><td>{0}</td></tr>
<tr><td>Aware of their hypertension</td><td>{1}</td></tr></table>
<p>Check your own reading at a pharmacy.</p></body></html>
"""


def lint(tmp_path, run_cli, name, text):
    return registry_linter(tmp_path, run_cli, REGISTRY)(name, text)


def test_title_words_are_not_the_figures_words(tmp_path, run_cli):
    findings = lint(tmp_path, run_cli, "page.html", TITLED.format("46%"))
    assert by_figure(findings) == {"46%": ("CC101", "bp-adults")}
    assert not any("Pharmacy" in f["message"] or "parking" in f["message"] for f in findings)


def test_title_words_stay_out_of_a_near_miss(tmp_path, run_cli):
    text = TITLED.replace("Nearly half of adults", "Pharmacy staff said adults").format("12%")
    findings = lint(tmp_path, run_cli, "page.html", text)
    (finding,) = findings
    assert finding["code"] == "CC102"
    assert "opening" not in finding["message"] and "times" not in finding["message"]


def test_table_after_paragraphs_reads_its_own_headers(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)
    assert findings("page.html", TABLE_AFTER_PROSE.format("48.1%", "63%")) == []
    findings = findings("other.html", TABLE_AFTER_PROSE.format("38.1%", "73%"))
    assert by_figure(findings) == {
        "38.1%": ("CC101", "bp-adults"),
        "73%": ("CC101", "bp-adults-aware"),
    }
