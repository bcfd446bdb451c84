"""Number forms a fresh tester found read wrong (issue 11, session 33), each kind with
sentences of our own: hedge abbreviations glued to the number by their point (``c.65%``,
``approx.2 mg``: the point is the abbreviation's, never a decimal point), and timepoints
listed after ``at`` with their unit said once (``at 3 and 9 months``: times, no ages), and a
statistic named a few words before its value (``The HR for stroke was 0.79``), an acronym's
plural as the counted noun (``9 PUs``) and hospital events a rate is per (``per 100
deliveries``).
Each figure's values and the offset contract (``text == file[start:end]``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig


def _ci(low: float, high: float) -> dict:
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": 95.0}


CASES: list[tuple[str, list[dict]]] = [
    # a hedge abbreviation glued to its number: approximate, and the number whole
    ("Turnover in the team ran at c.65%.", [fig("c.65%", 65, unit="percent", approx=True)]),
    ("Take approx.2 mg at night.", [fig("approx.2 mg", 2, unit="mg", approx=True)]),
    ("The register lists ca.4,500 donors.",
     [fig("ca.4,500 donors", 4500, unit="donors", approx=True)]),
    ("Screening found est.90 new cases.",
     [fig("est.90 new cases", 90, unit="new cases", approx=True)]),
    ("Coverage fell to c.8.5% last winter.",
     [fig("c.8.5%", 8.5, unit="percent", approx=True)]),
    ("Ca.3 million adults smoke.",
     [fig("Ca.3 million adults", 3e6, unit="adults", approx=True)]),
    ("The course lasts cca.10 days.", [fig("cca.10 days", 10, unit="day", approx=True)]),
    # a leading point after a word that is no hedge keeps its meaning
    ("The level was .8 mg/L.", [fig(".8 mg/L", 0.8, unit="mg/L")]),
    # timepoints listed after "at", the unit said once after the last: times, not ages
    ("Children had hearing tests at 3 and 9 months.",
     [fig("3", 3, unit="month"), fig("9 months", 9, unit="month")]),
    ("Women were called back at 4, 8 and 26 weeks.",
     [fig("4", 4, unit="week"), fig("8", 8, unit="week"), fig("26 weeks", 26, unit="week")]),
    ("Patients had their drains checked at 1 and 3 days.",
     [fig("1", 1, unit="day"), fig("3 days", 3, unit="day")]),
    ("Adults were seen again at 2 and 4 years.",
     [fig("2", 2, unit="year"), fig("4 years", 4, unit="year")]),
    ("Glucose was measured in patients at 1, 2 and 3 hours.",
     [fig("1", 1, unit="hour"), fig("2", 2, unit="hour"), fig("3 hours", 3, unit="hour")]),
    # a statistic named a few words before its value, what it is about between them
    ("The HR for stroke or systemic embolism was 0.79.",
     [fig("0.79", 0.79, statistic="HR")]),
    ("The odds ratio of readmission within the year was 1.35.",
     [fig("1.35", 1.35, statistic="OR")]),
    ("The relative risk among current smokers was 2.6 (95% CI 1.9-3.4).",
     [fig("2.6", 2.6, statistic="RR", spread=_ci(1.9, 3.4))]),
    ("Hazard ratio for any fracture, 0.64; 95% CI, 0.50 to 0.82.",
     [fig("0.64", 0.64, statistic="HR", spread=_ci(0.5, 0.82))]),
    ("The NNT to prevent one admission was 24.", [fig("24", 24, statistic="NNT")]),
    ("The odds ratios were 1.8 and 2.2.",
     [fig("1.8", 1.8, statistic="OR"), fig("2.2", 2.2, statistic="OR")]),
    ("The hazard ratio for death at 90 days was 0.88.",
     [fig("90 days", 90, unit="day"), fig("0.88", 0.88, statistic="HR")]),
    # a heart rate stays a rate, however far its label
    ("HR, 88 on arrival.", [fig("88", 88)]),
    # an acronym's plural is the counted noun, and a rate's population after it is kept
    ("The ward logged 9 PUs in May.", [fig("9 PUs", 9, unit="PUs")]),
    ("There were 31 AKIs and 4 DVTs.",
     [fig("31 AKIs", 31, unit="AKIs"), fig("4 DVTs", 4, unit="DVTs")]),
    ("The team saw 2.4 VAEs per 1,000 ventilator days.",
     [fig("2.4 VAEs per 1,000 ventilator days", 2.4,
          unit="VAEs/1,000 ventilator days", per="1,000 ventilator days")]),
    ("The region has 6 GPs per 10,000 residents.",
     [fig("6 GPs per 10,000 residents", 6, unit="GPs/10,000 residents",
          per="10,000 residents")]),
    # the hospital events a rate is per
    ("Third-degree tears occurred at 2.9 per 100 deliveries.",
     [fig("2.9 per 100 deliveries", 2.9, per="100 deliveries")]),
    ("Falls ran at 1.3 per 1,000 admissions.",
     [fig("1.3 per 1,000 admissions", 1.3, per="1,000 admissions")]),
    ("The unit saw 8 falls per 1,000 occupied bed days.",
     [fig("8 falls per 1,000 occupied bed days", 8, unit="falls/1,000 occupied bed days",
          per="1,000 occupied bed days")]),
    ("Perinatal deaths were 5.1 per 1,000 total births.",
     [fig("5.1 per 1,000 total births", 5.1, per="1,000 total births")]),
    # a trial's "extended"/"prolonged" with what it changed before "from": a change
    ("Lorafenib extended median survival from 7.1 to 10.6 months.",
     [fig("7.1", 7.1, unit="month", role="before"),
      fig("10.6 months", 10.6, unit="month", role="after")]),
    ("The new regimen prolonged remission from 14 to 22 weeks.",
     [fig("14", 14, unit="week", role="before"), fig("22 weeks", 22, unit="week", role="after")]),
    # … while what "extends from" one figure to another is an interval
    ("The redness extends from 3 to 6 cm around the bite.",
     [fig("from 3 to 6 cm", 3, 6, unit="cm")]),
    ("Lorafenib prolonged the time to relapse from 9 to 15 months.",
     [fig("9", 9, unit="month", role="before"), fig("15 months", 15, unit="month", role="after")]),
    # … and as adjectives, what lasts "from" one figure to another is an interval
    ("Prolonged fever lasting from 5 to 7 days needs a review.",
     [fig("from 5 to 7 days", 5, 7, unit="day")]),
    ("An extended course from 10 to 14 days may be given.",
     [fig("from 10 to 14 days", 10, 14, unit="day")]),
    # a glued hedge before a year or a gene variant's position is no figure
    ("The infirmary was built c.1790 by subscription.", []),
    ("The GJB2 c.1624_1626del variant is rare.", []),
    # an operating room's count is no odds ratio; a name's digits are no figure between a
    # statistic and its value
    ("The OR for hip surgery was 4 theatres.", [fig("4 theatres", 4, unit="theatres")]),
    ("The hazard ratio for death in HER2-positive disease was 0.71.",
     [fig("0.71", 0.71, statistic="HR")]),
    ("The odds ratio for relapse in type 1 diabetes was 1.6.", [fig("1.6", 1.6, statistic="OR")]),
    # a count that opens a paragraph with an acronym's plural is no section number
    ("31 PEs were confirmed on CT.", [fig("31 PEs", 31, unit="PEs")]),
    # a rate per hospital events with a word before them
    ("Sepsis was coded in 4.4 per 1,000 emergency admissions.",
     [fig("4.4 per 1,000 emergency admissions", 4.4, per="1,000 emergency admissions")]),
    # a ratio between two groups, named as one, is a multiple; other colon pairs stay none
    ("Gout's male-to-female ratio is about 4:1.", [fig("4:1", 4, unit="fold", approx=True)]),
    ("The ratio of boys to girls was 1.8:1 in the clinic.", [fig("1.8:1", 1.8, unit="fold")]),
    ("A sex ratio (F:M) of 1:2 was seen.", [fig("1:2", 0.5, unit="fold")]),
    ("Participants were randomised 2:1 to drug or placebo.", []),
    ("The odds were 3:1 against.", []),
    # a list that ends "years old" stays ages, named who the figure is about
    ("Women screened at 50 and 60 years old made up 44% of the total.",
     [fig("44%", 44, unit="percent")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s33_forms"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_form_read_right(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
