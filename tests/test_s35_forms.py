"""Number forms read wrong at the start of session 35 (issue 11), each kind with sentences of
our own: a bare number set against the figure right after it (``versus``, ``vs``,
``against``, ``compared with``) takes that figure's unit, said once at the end (``at 137
versus 58 per 100,000``, ``14 vs 18 months``). Each figure's values and the offset contract
(``text == file[start:end]``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_drafts, extract_paragraphs, fig


def _ci(low, high, level=95.0):
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": level}


CASES: list[tuple[str, list[dict]]] = [
    # the unit said once, after the second of two figures set against each other
    ("Kelvin's disease is commoner in women, at 137 versus 58 per 100,000.",
     [fig("137", 137, per="100,000"), fig("58 per 100,000", 58, per="100,000")]),
    ("The stillbirth rate was 4.1 vs 3.2 per 1,000 births.",
     [fig("4.1", 4.1, per="1,000 births"), fig("3.2 per 1,000 births", 3.2, per="1,000 births")]),
    ("Median survival was 14 versus 18 months.",
     [fig("14", 14, unit="month"), fig("18 months", 18, unit="month")]),
    ("Average stay fell, 9.1 compared with 6.6 days.",
     [fig("9.1", 9.1, unit="day"), fig("6.6 days", 6.6, unit="day")]),
    ("Weight loss was 5.2 against 1.1 kg.",
     [fig("5.2", 5.2, unit="kg"), fig("1.1 kg", 1.1, unit="kg")]),
    # … and two bare numbers stay bare
    ("Scores were 12 versus 15.", [fig("12", 12), fig("15", 15)]),
    # a confidence interval's level glued after its name, its bounds after "from" or "of …
    # and": the interval of the figure before it, never a figure of 95%
    ("The HR was 0.70 (CI95% 0.55–0.89).",
     [fig("HR was 0.70", 0.70, statistic="HR", spread=_ci(0.55, 0.89))]),
    ("The odds ratio was 1.8 (CI 90% 1.2-2.6).",
     [fig("odds ratio was 1.8", 1.8, statistic="OR", spread=_ci(1.2, 2.6, 90.0))]),
    ("HR 0.88 (95% CI from 0.79 to 0.98).",
     [fig("HR 0.88", 0.88, statistic="HR", spread=_ci(0.79, 0.98))]),
    ("The 95% confidence limits were 12.1 and 18.4.",
     [fig("95% confidence limits were 12.1 and 18.4", 12.1, 18.4, statistic="CI")]),
    # "points" beside a change's ends in percent are percentage points; a score's stay points
    ("Screening uptake rose 5 points to 62%.",
     [fig("5 points", 5, unit="percentage points"), fig("62%", 62, unit="percent")]),
    ("Coverage fell by 3 points, from 48% to 45%.",
     [fig("3 points", 3, unit="percentage points"), fig("48%", 48, unit="percent"),
      fig("45%", 45, unit="percent")]),
    ("The pain score improved by 5 points.", [fig("5 points", 5, unit="points")]),
    # "by X to Y" with no unit on either: the change, then the level reached, unless near
    # enough for one range of change
    ("Hospital beds fell by 1,200 to 98,000.",
     [fig("1,200", 1200), fig("98,000", 98000, role="after")]),
    ("The waiting list grew by 12,000 to 410,000.",
     [fig("12,000", 12000), fig("410,000", 410000, role="after")]),
    ("Doses were cut by 20 to 30.", [fig("20 to 30", 20, 30)]),
    # a rate's population said before its bare numbers, ending in a comma or colon
    ("Per 100,000 women, 8 were diagnosed with it.", [fig("8", 8, per="100,000 women")]),
    ("Rate per 1,000: 6.2", [fig("6.2", 6.2, per="1,000")]),
    ("Incidence per 100,000 population: 12.4 in men and 9.1 in women.",
     [fig("12.4", 12.4, per="100,000 population"), fig("9.1", 9.1, per="100,000 population")]),
    # … a counted figure keeps its own noun
    ("Per 1,000 live births, 4 babies died.", [fig("4 babies", 4, unit="babies")]),
    # … and a bound's "unit" is never a conjunction
    ("The 95% CI was 0.5 to 0.9 and the P value 0.01.",
     [fig("95% CI was 0.5 to 0.9", 0.5, 0.9, statistic="CI"),
      fig("P value 0.01", 0.01, statistic="P")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s35_forms"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:50] for t, _ in CASES])
def test_form_read_right(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


HEADED: dict[str, tuple[list[str], list[tuple[str, list[dict]]]]] = {
    # a heading's unit in brackets holds for the bare numbers of the list under it
    "rates": (["### Kelvin's disease by group (per 100,000)", "- Women: 137", "- Men: 58"],
              [("- Women: 137", [fig("137", 137, per="100,000")]),
               ("- Men: 58", [fig("58", 58, per="100,000")])]),
    "charges": (["### Average charges (USD)", "- Day case: 1,450", "- Overnight stay: 2,900"],
                [("- Day case: 1,450", [fig("1,450", 1450, unit="USD")]),
                 ("- Overnight stay: 2,900", [fig("2,900", 2900, unit="USD")])]),
    "shares": (["### Shares of adults (%)", "- Smokers: 13.2", "- Vapers: 5.1"],
               [("- Smokers: 13.2", [fig("13.2", 13.2, unit="percent")]),
                ("- Vapers: 5.1", [fig("5.1", 5.1, unit="percent")])]),
    # … not to an item with a unit of its own, nor under a heading giving a year
    "waits": (["### Waiting times (weeks)", "- Hip: 18", "- Knee: 9 days"],
              [("- Hip: 18", [fig("18", 18, unit="week")]),
               ("- Knee: 9 days", [fig("9 days", 9, unit="day")])]),
    "year": (["### Top clinics (2023)", "- Clinic A: 12"],
             [("- Clinic A: 12", [fig("12", 12)])]),
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted_headed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s35_headed")
    return extract_drafts(folder, {name: draft for name, (draft, _) in HEADED.items()})


@pytest.mark.parametrize("name", list(HEADED))
def test_a_headings_unit_holds_for_its_list(extracted_headed, name):
    for line, expected in HEADED[name][1]:
        got = extracted_headed[name].get(line) or []
        assert_read_as(got, line, expected)
