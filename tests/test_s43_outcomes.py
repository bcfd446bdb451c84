"""A clause's own outcome word decides which outcome its figure is (session 43): "were
cured" is no recurrence, "relapsed" or "the infection came back" no cure, whatever value a
sibling claim about the same arm states. A cure is a response that lasts, so a sustained
response claim still backs "cured"."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

OUTCOMES = "".join(
    (
        approved_claim(
            "clearwater-cure-drug",
            "In the CLEARWATER trial, clinical cure was achieved in 81.7% of patients given"
            " oteseconazole.",
            81.7,
            "CLEARWATER, oteseconazole",
            "clinical cure",
        ),
        approved_claim(
            "clearwater-recurrence-drug",
            "In the CLEARWATER trial, 17.3% of patients given oteseconazole had a recurrence"
            " within 8 weeks.",
            17.3,
            "CLEARWATER, oteseconazole",
            "recurrence",
        ),
        approved_claim(
            "clearwater-cure-comparator",
            "In the CLEARWATER trial, clinical cure was achieved in 79.4% of patients given"
            " fluconazole.",
            79.4,
            "CLEARWATER, fluconazole",
            "clinical cure",
        ),
        approved_claim(
            "clearwater-recurrence-comparator",
            "In the CLEARWATER trial, 28.6% of patients given fluconazole had a recurrence"
            " within 8 weeks.",
            28.6,
            "CLEARWATER, fluconazole",
            "recurrence",
        ),
        approved_claim(
            "velpa-svr12",
            "In VELPA-1, 98.6% of patients given velpatasvir had a sustained virologic response"
            " 12 weeks after treatment.",
            98.6,
            "VELPA-1, velpatasvir",
            "sustained virologic response, SVR12",
        ),
    )
)
lint_outcomes = figure_verdicts_fixture(OUTCOMES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the CLEARWATER trial, 17.3% of patients given oteseconazole were cured.",
            {"17.3%": ("CC101", "clearwater-cure-drug")},
        ),
        (
            "In CLEARWATER, oteseconazole cured 17.3% of patients.",
            {"17.3%": ("CC101", "clearwater-cure-drug")},
        ),
        ("In the CLEARWATER trial, 81.7% of patients given oteseconazole were cured.", {}),
        (
            "In the CLEARWATER trial, 81.7% of patients given oteseconazole relapsed.",
            {"81.7%": ("CC101", "clearwater-recurrence-drug")},
        ),
        (
            "In the CLEARWATER trial, the infection came back in 79.4% of patients given"
            " fluconazole.",
            {"79.4%": ("CC101", "clearwater-recurrence-comparator")},
        ),
        (
            "In the CLEARWATER trial, the infection came back in 28.6% of patients given"
            " fluconazole.",
            {},
        ),
        (
            "In the CLEARWATER trial, 17.3% of patients given oteseconazole had a recurrence.",
            {},
        ),
        # a cure is a lasting response: the SVR claim backs "cured"
        ("In VELPA-1, velpatasvir cured 98.6% of patients.", {}),
        ("In VELPA-1, velpatasvir cured 95% of patients.", {"95%": ("CC101", "velpa-svr12")}),
    ],
)
def test_cure_is_no_recurrence(lint_outcomes, text, expected):
    assert lint_outcomes(text) == expected


LABELS = "".join(
    (
        approved_claim(
            "seminoma-5y",
            "Five-year relative survival for seminoma is 95.2%.",
            95.2,
            "seminoma",
            "five-year survival",
        ),
        approved_claim(
            "seminoma-10y",
            "Ten-year survival for seminoma is 91.3%.",
            91.3,
            "seminoma",
            "ten-year survival",
        ),
        approved_claim(
            "seminoma-age",
            "The average age at diagnosis of seminoma is 33 years.",
            0,
            "seminoma",
            "average age, diagnosis",
        ).replace("{value: 0, unit: percent}", "{value: 33, unit: year}"),
    )
)
lint_labels = figure_verdicts_fixture(LABELS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item's time label says when its figure holds: no age, no figure of its own
        ("### Seminoma survival\n\n- Five years: 95.2%\n- Ten years: 91.3%", {}),
        ("### Seminoma survival\n\n- 5 years: 95.2%\n- 10 years: 91.3%", {}),
        ("### Seminoma survival\n\n- At 5 years: 95.2%", {}),
        # a label that is the figure itself stays one
        ("Average age at diagnosis of seminoma: 33 years", {}),
        (
            "Average age at diagnosis of seminoma: 40 years",
            {"40 years": ("CC101", "seminoma-age")},
        ),
    ],
)
def test_time_labels_of_list_items(lint_labels, text, expected):
    assert lint_labels(text) == expected


AVOIDED = approved_claim(
    "lapp-appendectomy-5y",
    "In the LAPP trial, 39.1% of patients treated with antibiotics for appendicitis had an"
    " appendectomy within five years.",
    39.1,
    "appendicitis, LAPP",
    "antibiotics, appendectomy",
)
lint_avoided = figure_verdicts_fixture(AVOIDED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share who avoided the event is the complement: never the claim's figure
        (
            "In the LAPP trial, 60.9% of patients treated with antibiotics for appendicitis"
            " avoided an appendectomy within five years.",
            {"60.9%": ("CC102", None)},
        ),
        (
            "In the LAPP trial, 39.1% of patients treated with antibiotics for appendicitis"
            " did not need an appendectomy within five years.",
            {"39.1%": ("CC102", None)},
        ),
        (
            "In the LAPP trial, 39.1% of patients treated with antibiotics for appendicitis had"
            " an appendectomy within five years.",
            {},
        ),
    ],
)
def test_avoided_event_is_the_complement(lint_avoided, text, expected):
    assert lint_avoided(text) == expected
