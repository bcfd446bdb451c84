"""A near miss ruled out by its year or place says both sides: "not used: it is about United
States, the figure about Canada", so an editor sees what the page says, not only the claim."""

from __future__ import annotations

from verdict_helpers import registry_linter

REGISTRY = """\
- id: gout-us-2016
  statement: In 2015-2016, 3.9% of adults in the US had gout.
  subject: [gout]
  context: [US]
  value: {value: 3.9, unit: percent}
  sources: [{citation: "NHANES", quote: "3.9% of US adults"}]
  status: approved
  review_by: 2030-01-01
"""


def test_place_and_year_reasons_name_the_figure_side(tmp_path, run_cli):
    lint = registry_linter(tmp_path, run_cli, REGISTRY)
    text = "In Canada, 3.0% of adults had gout.\n\nIn 2010, 3.2% of adults in the US had gout.\n"
    messages = [f["message"] for f in lint("page.md", text) if f["code"] == "CC102"]
    assert any("it is about United States, the figure about Canada" in m for m in messages)
    assert any("the figure about 2010" in m for m in messages)
