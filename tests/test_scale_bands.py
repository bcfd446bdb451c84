"""A range right after a clinical scale's name is the band a group of patients falls in
(``GCS 9-12``, ``an NIHSS of 0–5``, ``CKD stage 4-5``): a group label, no figure to verify, as
``ECOG PS 0-1`` is. A single score, a change in a score and a scored result stay figures."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("Drivers with GCS 9-12 after the crash were admitted to intensive care.", []),
    ("Half the cohort had an NIHSS of 0–5 on arrival.", [fig("Half", 0.5, unit="proportion")]),
    (
        "Newborns with an Apgar 4-6 at one minute were given oxygen.",
        [fig("one minute", 1, unit="minute")],
    ),
    ("The mRS 3-5 group stayed longer in hospital.", []),
    ("Those with a PHQ-9 score between 15 and 19 were referred.", []),
    ("The drug is not advised in NYHA class III–IV failure.", []),
    ("Adults with CKD stage 4-5 need a renal diet.", []),
    ("A CURB-65 score of 3-5 calls for admission to hospital.", []),
    # a patient's own score, a change in it and a scored result stay figures
    (
        "Her MMSE fell from 27 to 21 over two years.",
        [
            fig("27", 27, role="before"),
            fig("21", 21, role="after"),
            fig("two years", 2, unit="year"),
        ],
    ),
    ("He scored 18/30 on the screening test.", [fig("18/30", 18)]),
    ("The mean NIHSS was 12 at baseline.", [fig("12", 12)]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("scales"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_scale_band_is_no_figure(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
