"""A table's heading frames the whole table; each cell's own row and column headers frame
the cell. A cell whose row header names a band that a sibling claim holds ("2.1 to 3.0") is
that claim's figure, not the figure of the claim about everyone the heading names ("whose
level never exceeded 4.0"); a cell under the column "Number needed to diagnose" is no figure
of the claim about the number needed to invite."""

from __future__ import annotations

from verdict_helpers import lint_output

CLAIM = """\
- id: {id}
  statement: {statement}
  subject: [{subject}]
  context: [{context}]
  value: {{value: {value}, unit: {unit}}}
  sources:
    - citation: "Our own example source"
      url: https://example.org/{id}
      quote: "{statement}"
  status: approved
  review_by: 2028-12-31
"""

BANDS = [
    ("zx-all-under-8", "In the ZX trial, 12.0% of adults whose marker never exceeded 8.0 ng/mL "
     "had the disease on biopsy.", "ZX trial",
     "biopsy, marker, never exceeded 8.0, 8.0 ng/mL or less", 12.0),
    ("zx-band-2-4", "In the ZX trial, 9.5% of adults whose marker was 2.1 to 4.0 ng/mL had the "
     "disease on biopsy.", "ZX trial", "biopsy, marker, 2.1 to 4.0", 9.5),
    ("zx-band-4-8", "In the ZX trial, 17.5% of adults whose marker was 4.1 to 8.0 ng/mL had the "
     "disease on biopsy.", "ZX trial", "biopsy, marker, 4.1 to 8.0", 17.5),
]  # fmt: skip

NEEDED = [
    ("qs-10y-invite", "At 10 years of the QS screening trial, 900 adults needed to be invited to "
     "prevent one death.", "QS screening trial", "number needed to invite, invited", 900),
    ("qs-10y-diagnose", "At 10 years of the QS screening trial, 30 cancers needed to be diagnosed "
     "to prevent one death.", "QS screening trial", "number needed to diagnose, diagnosed", 30),
    ("qs-15y-invite", "At 15 years of the QS screening trial, 600 adults needed to be invited to "
     "prevent one death.", "QS screening trial", "number needed to invite, invited", 600),
]  # fmt: skip


def _lint(tmp_path, claims, draft: str) -> str:
    registry = "".join(
        CLAIM.format(
            id=i, statement=s, subject=subj, context=ctx, value=v,
            unit="percent" if isinstance(v, float) else "adults",
        )
        for i, s, subj, ctx, v in claims
    )  # fmt: skip
    return lint_output(tmp_path, registry, draft)


BAND_TABLE = """\
### Disease found on biopsy in the ZX trial, adults whose marker never exceeded 8.0 ng/mL

| Marker (ng/mL) | Disease on biopsy |
|---|---|
| 2.1 to 4.0 | {low} |
| 4.1 to 8.0 | {high} |
"""


def test_a_row_band_cell_is_its_bands_claims_not_the_headings(tmp_path):
    output = _lint(tmp_path, BANDS, BAND_TABLE.format(low="9.5%", high="17.5%"))
    assert '"9.5%"' not in output and '"17.5%"' not in output, output  # both supported


def test_swapped_band_cells_conflict_with_their_own_bands(tmp_path):
    output = _lint(tmp_path, BANDS, BAND_TABLE.format(low="17.5%", high="9.5%"))
    assert '"17.5%" conflicts with zx-band-2-4' in output, output
    assert '"9.5%" conflicts with zx-band-4-8' in output, output
    assert "zx-all-under-8" not in output


NEEDED_TABLE = """\
### QS screening trial: adults invited and cancers diagnosed to prevent one death

| Follow-up | Number needed to invite | Number needed to diagnose |
|---|---|---|
| 10 years | 900 | {ten} |
| 15 years | 600 | {fifteen} |
"""


def test_a_column_header_names_the_measure_of_its_cells(tmp_path):
    output = _lint(tmp_path, NEEDED, NEEDED_TABLE.format(ten="45", fifteen="22"))
    # 45 is the 10-year number needed to diagnose (30): a conflict with that claim, and 22,
    # at 15 years, is no figure of the 15-year number needed to invite
    assert '"45" conflicts with qs-10y-diagnose' in output, output
    assert '"22" conflicts' not in output, output
    assert "CC102" in output and "another claim's context (number needed to diagnose)" in output
