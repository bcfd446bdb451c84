"""A funder's number for a grant, an award, a contract or a project names the funding, as a
phone number or a lot number names its thing (session 45): ``Wellcome Trust grant
204829/Z/16/Z``, ``award 1234567``, ``grants 81970432 and 82070512`` are no figures to verify.
A grant's amount and a count after a verb of the same spelling stay figures."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

IDENTIFIERS = [
    "Funding: a Wellcome Trust grant 204829/Z/16/Z paid for the scans.",
    "The charity's award 1234567 covered the nurse's salary.",
    "Supported by grants 81970432 and 82070512 from the national foundation.",
    "The trial ran under contract 56789 with the health department.",
    "Funded by the research council (project 987654).",
    "Fellowship 209123/Z/17/Z funded the first author.",
    "Research grant #45678 covered the pilot.",
    "The work was funded by award 7654321 and grant 54321.",
    "Funded by grant 12 from the local trust.",
    "The cohort is funded by grant numbers 17/44/29, 16/31/98 and 15/57/22.",
    "This work was supported by NIH grant R01 HL123456.",
    "Under contract HHSN272201400008C with the institute.",
    "Project reference 12345 covered the pilot.",
    "Supported by award no. 2019-1234 from the foundation.",
    "Funded by the NIHR (grant number 17/44/29).",
]

AMOUNTS = [
    ("The grant of £2.5 million funded 12 clinics.",
     [fig("£2.5 million", 2_500_000, unit="GBP"), fig("12 clinics", 12, unit="clinics")]),
    ("Employers must grant 3 weeks of paid leave.", [fig("3 weeks", 3, unit="week")]),
    ("We will contract 12 nurses from the agency.", [fig("12 nurses", 12, unit="nurses")]),
    ("Analysts project 40% growth in demand.", [fig("40%", 40, unit="percent")]),
    ("Councils will grant 12 children places.", [fig("12 children", 12, unit="children")]),
    ("Funded by grant 12345, the trial enrolled 300 patients.",
     [fig("300 patients", 300, unit="patients")]),
    ("We received 3 grants worth £1.2 million.",
     [fig("3 grants", 3, unit="grants"), fig("£1.2 million", 1_200_000, unit="GBP")]),
]  # fmt: skip

TEXTS = IDENTIFIERS + [t for t, _e in AMOUNTS]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("funding"), TEXTS)


@pytest.mark.parametrize("text", IDENTIFIERS, ids=[t[:40] for t in IDENTIFIERS])
def test_a_funders_number_is_no_figure(extracted, text):
    assert extracted[text] == []


@pytest.mark.parametrize(("text", "expected"), AMOUNTS, ids=[t[:40] for t, _ in AMOUNTS])
def test_amounts_and_counts_near_funding_words_stay(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
