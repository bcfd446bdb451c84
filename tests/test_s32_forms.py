"""Number forms a fresh tester found read wrong (issue 11), each kind with sentences of our
own: a space-grouped thousand before a dose and its form (``1 000 mg tablets``), a footnote
mark glued before the percent sign (``64†%``, ``18.2<sup>a</sup>%``), word fractions at the
ends of a change (``from a fifth to a third``), a verb after ``N or more`` (``needs``), a
time of day (``opens at 8.30``), a spaced lower-case litre (``2.5 l of fluid``), proportions
written two ways (``One in 4 to 1 in 2``, ``1 adult in every 5 adults``), ranges of fractions
(``by a quarter to a third``) and of decimal doses (``0.5–1 sachet``). Each
figure's values and the offset contract (``text == file[start:end]``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    # a thousands group never starts a dose with a zero: "1 000 mg" is 1,000 mg
    ("Ibuprofen 1 000 mg tablets are not sold over the counter.",
     [fig("1 000 mg", 1000, unit="mg")]),
    ("Vitamin D 4 000 IU capsules are a high dose.", [fig("4 000 IU", 4000, unit="IU")]),
    ("Give 2 050 mg sachets once.", [fig("2 050 mg", 2050, unit="mg")]),
    ("Take 2 500 mg tablets twice a day.",
     [fig("2", 2, unit="tablets"), fig("500 mg", 500, unit="mg"),
      fig("twice a day", 2, unit="times/day")]),
    ("Metformin\u00a01\u00a0000\u00a0mg tablets are scored.",
     [fig("1\u00a0000\u00a0mg", 1000, unit="mg")]),
    # a footnote mark between a number and its percent sign
    ("Five-year survival was 58†% in the audit.", [fig("58†%", 58, unit="percent")]),
    ("Uptake reached 83*% among nurses.", [fig("83*%", 83, unit="percent")]),
    ("About 9¹% of adults had it.", [fig("About 9¹%", 9, unit="percent", approx=True)]),
    ("Rates fell from 21.4<sup>b</sup>% to 17.0%.",
     [fig("21.4<sup>b</sup>%", 21.4, unit="percent", role="before"),
      fig("17.0%", 17.0, unit="percent", role="after")]),
    ("Cover was 66<sup>2</sup>% in 2023.", [fig("66<sup>2</sup>%", 66, unit="percent")]),
    ("Rates fell from 12.5‡% to 9.9%.",
     [fig("12.5‡%", 12.5, unit="percent", role="before"),
      fig("9.9%", 9.9, unit="percent", role="after")]),
    # word fractions at the ends of a change: each a figure with its role
    ("Obesity went up from a sixth to a quarter.",
     [fig("a sixth", 1 / 6, unit="proportion", role="before"),
      fig("a quarter", 0.25, unit="proportion", role="after")]),
    ("The share fell from half to a fifth.",
     [fig("half", 0.5, unit="proportion", role="before"),
      fig("a fifth", 0.2, unit="proportion", role="after")]),
    ("Screening rose from a third to 52%.",
     [fig("a third", 1 / 3, unit="proportion", role="before"),
      fig("52%", 52, unit="percent", role="after")]),
    ("Vaping climbed to a quarter, up from a tenth.",
     [fig("a quarter", 0.25, unit="proportion", role="after"),
      fig("a tenth", 0.1, unit="proportion", role="before")]),
    ("Smoking fell to a fifth in 2020.",
     [fig("a fifth", 0.2, unit="proportion", role="after"), ]),
    ("Half to one tablet is enough.", [fig("Half to one tablet", 0.5, 1, unit="tablet")]),
    # a verb after "N or more" is no counted noun
    ("A PHQ-9 score of 15 or more needs a referral.",
     [fig("15 or more", 15, None)]),
    ("A systolic reading of 160 or higher needs treatment.", [fig("160 or higher", 160, None)]),
    ("A score of 8 or above triggers a review.", [fig("8 or above", 8, None)]),
    # a time of day with quarter-hour minutes after a word of when is no figure
    ("The drop-in clinic opens at 8.30 and closes at 4.45 on Fridays.", []),
    ("Arrive by 7.15 so the scan can start before 8.00.", []),
    ("HbA1c at 7.30 mmol/mol is high.", [fig("7.30 mmol/mol", 7.3, unit="mmol/mol")]),
    # a spaced lower-case l before what a volume takes is the litre
    ("Adults should drink 2.5 l of fluid a day.", [fig("2.5 l", 2.5, unit="L")]),
    ("Give 0,5 l per day.", [fig("0,5 l per day", 0.5, unit="L", per="day")]),
    # proportions: ends written each their own way, a whole that names its people again
    ("One in 4 to 1 in 2 smokers will try to quit.",
     [fig("One in 4 to 1 in 2", 0.25, 0.5, unit="proportion")]),
    ("1 adult in every 5 adults snores.", [fig("1 adult in every 5", 0.2, unit="proportion")]),
    ("One man in 9 men develops the cancer.", [fig("One man in 9", 1 / 9, unit="proportion")]),
    ("4 nurses in 12 wards left.", [fig("4 nurses", 4, unit="nurses"),
                                    fig("12 wards", 12, unit="wards")]),
    # a relative change as a range of fractions; a decimal range of one dose form
    ("Exercise cuts the risk by a quarter to a third.",
     [fig("a quarter to a third", 0.25, 1 / 3, unit="proportion")]),
    ("Statins lower it by about a third to a half in trials.",
     [fig("about a third to a half", 1 / 3, 0.5, unit="proportion", approx=True)]),
    ("Give 0.5–1 sachet at bedtime.", [fig("0.5–1 sachet", 0.5, 1, unit="sachet")]),
    ("Take 1–1.5 capsule with food.", [fig("1–1.5 capsule", 1, 1.5, unit="capsule")]),
    # what a counted person was given is no part of what is counted
    ("Only 1 child given regular transfusions had a stroke.", [fig("1 child", 1, unit="child")]),
    ("2 adults randomised to surgery and 1 patient treated with drugs died.",
     [fig("2 adults", 2, unit="adults"), fig("1 patient", 1, unit="patient")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s32_forms"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_form_read_right(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
