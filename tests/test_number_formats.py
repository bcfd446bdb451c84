"""Numerals as real pages write them (issue 11, kinds 1, 8 and 9): digit grouping of other
styles, powers of ten, and dashes and signs.

Every case is a paragraph of our own. The Markdown cases go through one ``claimcheck extract
--format json`` run on one draft, the HTML cases through another, so each expectation is what a
user sees, offsets included (``text == file[start:end]``). An expected figure gives its surface,
``low``, ``high``, inclusivity, ``approx`` and unit; ``[]`` means nothing may be read.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import fig

from claimcheck.cli import main

NBSP, THIN, NARROW = "\u00a0", "\u2009", "\u202f"


GROUPING = [
    (
        "A national survey reached 1 250 000 adults last year.",
        [fig("1 250 000 adults", 1_250_000, unit="adults")],
    ),
    ("Each cycle is billed at 12 500 € in private clinics.", [fig("12 500 €", 12500, unit="EUR")]),
    (
        "Registries logged 905 677 new cases worldwide.",
        [fig("905 677 new cases", 905_677, unit="new cases")],
    ),
    (
        f"The trial screened 3{NBSP}480 volunteers.",
        [fig(f"3{NBSP}480 volunteers", 3480, unit="volunteers")],
    ),
    (
        f"About 2{NARROW}400{NARROW}000 doses were shipped.",
        [fig(f"About 2{NARROW}400{NARROW}000 doses", 2_400_000, unit="doses", approx=True)],
    ),
    (
        f"Some 1{THIN}500 nurses signed the letter.",
        [fig(f"Some 1{THIN}500 nurses", 1500, unit="nurses", approx=True)],
    ),
    ("Treatment cost 1’850 francs at the clinic.", [fig("1’850 francs", 1850, unit="CHF")]),
    ("A night on the ward costs CHF 1'200.", [fig("CHF 1'200", 1200, unit="CHF")]),
    ("The procedure costs ₹2,35,000 in Delhi.", [fig("₹2,35,000", 235_000, unit="INR")]),
    (
        "Nearly 12,00,000 people were screened.",
        [fig("Nearly 12,00,000 people", 1_200_000, unit="people", approx=True)],
    ),
    (
        "Packages cost ₹1,50,000–₹3,00,000 a year.",
        [fig("₹1,50,000–₹3,00,000 a year", 150_000, 300_000, unit="INR")],
    ),
    ("The relapse rate was 12,5 % in the cohort.", [fig("12,5 %", 12.5, unit="percent")]),
    ("Each tablet holds 3,75 mg of the drug.", [fig("3,75 mg", 3.75, unit="mg")]),
    ("The odds ratio was 0,8 overall.", [fig("odds ratio was 0,8", 0.8, statistic="OR")]),
    ("Weight fell 2,4 kg on average.", [fig("2,4 kg", 2.4, unit="kg")]),
    # exactly three digits after a comma are thousands
    ("Clinics enrolled 1,250 patients.", [fig("1,250 patients", 1250, unit="patients")]),
    ("Each vial holds 3,750 mg in total.", [fig("3,750 mg", 3750, unit="mg")]),
    # never two separate figures joined
    ("In 2019 12 patients relapsed.", [fig("12 patients", 12, unit="patients")]),
    ("Scores of 18 65 and 90 were noted.", [fig("18", 18), fig("65", 65), fig("90", 90)]),
    ("The Phase 3 200 patients were followed.", [fig("200 patients", 200, unit="patients")]),
    (
        "Take 2 500 mg tablets twice daily.",  # two tablets of 500 mg: the 2 counts tablets
        [
            fig("2", 2, unit="tablets"),
            fig("500 mg", 500, unit="mg"),
            fig("twice daily", 2, unit="times/day"),
        ],
    ),
    (
        "Drink 2 250 ml glasses of water.",
        [fig("2", 2, unit="glasses"), fig("250 ml", 250, unit="mL")],
    ),
    ("Cycles fell on days 1,8,15 of each month.", []),  # a schedule's list: when, no figure
    (
        "Doses of 5,10 and 20 mg were tried.",  # a list, its unit said once: each is mg
        [fig("5", 5, unit="mg"), fig("10", 10, unit="mg"), fig("20 mg", 20, unit="mg")],
    ),
    (
        "Doses between 2,5 and 3,5 mg were tried.",
        [fig("between 2,5 and 3,5 mg", 2.5, 3.5, unit="mg")],
    ),
    (
        "Incidence was 12.4 per 100 000 population.",
        [fig("12.4 per 100 000 population", 12.4, per="100,000 population")],
    ),
]

POWERS_OF_TEN = [
    ("Each infusion held 5 × 10⁸ cells.", [fig("5 × 10⁸ cells", 5e8, unit="cells")]),
    ("The graft contained 5 x 10^8 cells.", [fig("5 x 10^8 cells", 5e8, unit="cells")]),
    ("We seeded 5*10^8 cells per flask.", [fig("5*10^8 cells", 5e8, unit="cells")]),
    ("Cultures held 3·10^7 cells.", [fig("3·10^7 cells", 3e7, unit="cells")]),
    (
        "Viral load reached 5e8 copies/mL before treatment.",
        [fig("5e8 copies/mL", 5e8, unit="copies/mL")],
    ),
    ("A titre of 5.0E+08 copies/mL was seen.", [fig("5.0E+08 copies/mL", 5e8, unit="copies/mL")]),
    (
        "Exposure was 2.5 × 10^-3 mg per day.",
        [fig("2.5 × 10^-3 mg per day", 0.0025, unit="mg", per="day")],
    ),
    ("The annual risk is 1.2 × 10⁻⁴ overall.", [fig("1.2 × 10⁻⁴", 1.2e-4)]),
    ("The target dose is 10^6 cells/kg.", [fig("10^6 cells/kg", 1e6, unit="cells/kg")]),
    ("Platelets of 150–400 × 10⁹/L are normal.", [fig("150–400 × 10⁹/L", 1.5e11, 4e11, unit="/L")]),
    (
        "A marrow dose of 2 × 10<sup>6</sup> cells/kg was given.",
        [fig("2 × 10<sup>6</sup> cells/kg", 2e6, unit="cells/kg")],
    ),
]

DASHES_AND_SIGNS = [
    ("Stays of 3\u20115 days are typical.", [fig("3\u20115 days", 3, 5, unit="day")]),
    ("Loss of 2\u20124 kg was common.", [fig("2\u20124 kg", 2, 4, unit="kg")]),
    ("Scores of 10\u221215 points were seen.", [fig("10\u221215 points", 10, 15, unit="points")]),
    ("Mean weight change was \u22123.2 kg.", [fig("\u22123.2 kg", -3.2, unit="kg")]),
    ("HbA1c showed a change of -0.4 in the trial.", [fig("-0.4", -0.4)]),
    ("Sales fell -14.9% this year.", [fig("-14.9%", -14.9, unit="percent")]),
    ("Temperatures of \u22124 °C were recorded.", [fig("\u22124 °C", -4, unit="°C")]),
    (
        "Changes ranged from \u22125 to \u22122 kg.",
        [fig("from \u22125 to \u22122 kg", -5, -2, unit="kg")],
    ),
    (
        "The shift was between -3 and -1 points.",
        [fig("between -3 and -1 points", -3, -1, unit="points")],
    ),
    (
        "The difference was 1.1 (95% CI \u22120.6 to 2.8) overall.",
        [
            fig(
                "1.1",
                1.1,
                spread={"kind": "CI", "value": None, "low": -0.6, "high": 2.8, "level": 95.0},
            )
        ],
    ),
    # a hyphen glued to "to" joins words; it is no sign
    (
        "A 200,000 to-260,000 year-old skull was found.",
        [fig("200,000 to-260,000 year-old", 200_000, 260_000, unit="year-old")],
    ),
]

HTML_CASES = [
    (
        "The bag held 5 &times; 10<sup>8</sup> cells.",
        [fig("5 &times; 10<sup>8</sup> cells", 5e8, unit="cells")],
    ),
    (
        "Risk was 1.2&nbsp;&times;&nbsp;10<sup>&minus;4</sup> per year.",
        [fig("1.2&nbsp;&times;&nbsp;10<sup>&minus;4</sup> per year", 1.2e-4, per="year")],
    ),
    (
        "Counts of 4&ndash;11&nbsp;&times;&nbsp;10<sup>9</sup>/L are normal.",
        [fig("4&ndash;11&nbsp;&times;&nbsp;10<sup>9</sup>/L", 4e9, 1.1e10, unit="/L")],
    ),
    (
        "The fee was 12&nbsp;500&nbsp;&euro; per cycle.",
        [fig("12&nbsp;500&nbsp;&euro; per cycle", 12500, unit="EUR")],
    ),
    (
        "It reached 1&#8239;250&#8239;000 adults.",
        [fig("1&#8239;250&#8239;000 adults", 1_250_000, unit="adults")],
    ),
    ("Loss was &minus;2.5&nbsp;kg.", [fig("&minus;2.5&nbsp;kg", -2.5, unit="kg")]),
]

MARKDOWN_CASES = [
    *(("grouping", text, expected) for text, expected in GROUPING),
    *(("powers of ten", text, expected) for text, expected in POWERS_OF_TEN),
    *(("dashes and signs", text, expected) for text, expected in DASHES_AND_SIGNS),
]


def _extract(path) -> dict[str, list[dict]]:
    """{paragraph: its quantities} for one draft, checking every offset against the file."""
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_bytes().decode("utf-8")
    by_paragraph: dict[str, list[dict]] = {}
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for quantity in claim["quantities"]:
            assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
            line_start = file_text.rfind("\n", 0, quantity["start"]) + 1
            line = file_text[line_start : file_text.find("\n", quantity["start"])]
            by_paragraph.setdefault(line, []).append(quantity)
    return by_paragraph


@pytest.fixture(scope="module")
def markdown_read(tmp_path_factory):
    path = tmp_path_factory.mktemp("formats") / "formats.md"
    path.write_text("\n\n".join(text for _k, text, _e in MARKDOWN_CASES) + "\n", encoding="utf-8")
    return _extract(path)


@pytest.fixture(scope="module")
def html_read(tmp_path_factory):
    path = tmp_path_factory.mktemp("formats") / "formats.html"
    body = "\n".join(f"<p>{text}</p>" for text, _e in HTML_CASES)
    path.write_text(f"<html><body>\n{body}\n</body></html>\n", encoding="utf-8")
    return {line.removeprefix("<p>").removesuffix("</p>"): q for line, q in _extract(path).items()}


def _assert_read(got: list[dict], expected: list[dict]) -> None:
    assert [q["text"] for q in got] == [e["text"] for e in expected]
    for quantity, want in zip(got, expected, strict=True):
        for key, value in want.items():
            wanted = pytest.approx(value, rel=1e-9) if isinstance(value, float) else value
            assert quantity[key] == wanted, (quantity["text"], key)


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    MARKDOWN_CASES,
    ids=[f"{kind}:{text[:45]}" for kind, text, _ in MARKDOWN_CASES],
)
def test_numeral_is_read_as_written(markdown_read, kind, text, expected):
    _assert_read(markdown_read.get(text, []), expected)


@pytest.mark.parametrize(
    ("text", "expected"), HTML_CASES, ids=[text[:45] for text, _ in HTML_CASES]
)
def test_numeral_in_html_is_read_as_written(html_read, text, expected):
    _assert_read(html_read.get(text, []), expected)


def test_footnote_sup_is_not_an_exponent(tmp_path):
    """Only a ``<sup>`` after a bare 10 is a power; after a word it stays what it was."""
    path = tmp_path / "note.html"
    path.write_text("<p>Cases rose 10<sup>a</sup> and 40 patients<sup>2</sup> left.</p>\n")
    found = [q for quantities in _extract(path).values() for q in quantities]
    assert all(q["low"] not in (1e2, 1e10) for q in found)
    assert any(q["text"] == "40 patients" and q["low"] == 40 for q in found)


REGISTRY = """\
- id: condition-q-new-cases
  statement: Registries counted 905,677 new cases of condition Q in 2020.
  subject: [condition Q]
  value: {value: 905677, unit: cases}
  sources:
    - citation: "Doe J, et al. Example Registry Report 2021;1:1-10"
  status: approved
  review_by: 2030-01-01
"""


@pytest.mark.parametrize(
    ("figure", "codes"),
    [
        ("905 677", []),
        (f"905{NBSP}677", []),
        ("905’677", []),
        ("905 977", ["CC101"]),
    ],
)
def test_lint_judges_a_grouped_figure_as_one(tmp_path, run_cli, figure, codes):
    """Read as two numbers, ``905 677`` gave two false conflicts and a contradiction."""
    registry = tmp_path / "claims"
    registry.mkdir()
    (registry / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    draft = tmp_path / "page.md"
    draft.write_text(
        f"# Condition Q\n\nRegistries counted {figure} new cases of condition Q in 2020.\n",
        encoding="utf-8",
    )
    result = run_cli("lint", "--registry", registry, "--format", "json", draft)
    findings = json.loads(result.stdout)["findings"]
    assert [f["code"] for f in findings if f["code"].startswith(("CC1", "CC4"))] == codes
