"""Before-and-after figures and the sign of a change (issue 12, the infection-prevention
set and the break32 round): a figure said before an intervention came in is no figure of the
claim about after it, and the reverse, so a swapped pair of phases is a conflict with the
right phase's claim, not support from the other's. The intervention is what "before"/"after"
must reach ("before the bundle was rolled out", "once the tax was in place", "at baseline");
the "after" of "infections after surgery" is no phase. A loss said in words ("lost 12.4%")
is a registry's negative change (-12.4%)."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

BUNDLE = _claim(
    "clabsi-bundle-before",
    "In the ward study, central line infections followed 4.2% of line insertions before the"
    " insertion bundle was introduced.",
    4.2,
    "central line infections, line infections",
    "insertion bundle, before the bundle, baseline",
) + _claim(
    "clabsi-bundle-after",
    "In the ward study, central line infections followed 1.9% of line insertions after the"
    " insertion bundle was introduced.",
    1.9,
    "central line infections, line infections",
    "insertion bundle, after the bundle",
)
lint_bundle = figure_verdicts_fixture(BUNDLE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # right phases, said before or after the figure, in one clause or two
        (
            "Before the insertion bundle was introduced, central line infections followed"
            " 4.2% of line insertions.",
            {},
        ),
        (
            "Central line infections followed 4.2% of line insertions before the bundle and"
            " 1.9% once it was in use.",
            {},
        ),
        (
            "Line infections fell from 4.2% to 1.9% of insertions after the insertion bundle"
            " was rolled out.",
            {},
        ),
        # swapped phases: each is the other phase's figure
        (
            "Before the insertion bundle was introduced, central line infections followed"
            " 1.9% of line insertions.",
            {"1.9%": ("CC101", "clabsi-bundle-before")},
        ),
        (
            "Central line infections followed 1.9% of line insertions before the bundle and"
            " 4.2% once it was in use.",
            {
                "1.9%": ("CC101", "clabsi-bundle-before"),
                "4.2%": ("CC101", "clabsi-bundle-after"),
            },
        ),
        (
            "Since the insertion bundle was adopted, line infections have followed 4.2% of"
            " insertions.",
            {"4.2%": ("CC101", "clabsi-bundle-after")},
        ),
    ],
)
def test_a_phase_is_its_own_claims(lint_bundle, text, expected):
    assert lint_bundle(text) == expected


@pytest.mark.parametrize(
    ("text", "phases"),
    [
        ("before the checklist was introduced", {"before"}),
        ("once it was in use", {"after"}),
        ("since the sugar levy came into force", {"after"}),
        ("compliance at baseline", {"before"}),
        ("in the post-intervention period", {"after"}),
        ("prior to the vaccination programme", {"before"}),
        # no intervention reached: a measure's or a time's "after", no phase
        ("deaths after surgery", set()),
        ("infections within 30 days after the operation", set()),
        ("weight lost from baseline", set()),
        ("before the age of 5", set()),
    ],
)
def test_phase_words(text, phases):
    from claimcheck.verify.frames import read_frame

    assert read_frame(text).phases == phases


CHANGE = _claim(
    "kestrel-drug-k-weight-change",
    "In the KESTREL trial, the mean change in body weight at week 72 was -12.4% with drug K 10 mg.",
    -12.4,
    "KESTREL, drug K",
    "body weight change, weight change",
)
lint_change = figure_verdicts_fixture(CHANGE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loss said in words is the registry's negative change, compared with its sign
        ("In KESTREL, people on drug K lost 12.4% of their body weight by week 72.", {}),
        ("In KESTREL, people on drug K lost about 12% of their body weight.", {}),
        ("In KESTREL, drug K users shed an average of 12.4% of their weight.", {}),
        ("KESTREL found a 12.4% reduction in body weight with drug K.", {}),
        ("In KESTREL, body weight fell by 12.4% on drug K.", {}),
        ("In KESTREL, the change in body weight on drug K was -12.4%.", {}),
        # … and a wrong loss, or a gain, is a conflict with it
        (
            "In KESTREL, people on drug K lost 15.2% of their body weight by week 72.",
            {"15.2%": ("CC101", "kestrel-drug-k-weight-change")},
        ),
        (
            "In KESTREL, people on drug K gained 12.4% of their body weight.",
            {"12.4%": ("CC101", "kestrel-drug-k-weight-change")},
        ),
    ],
)
def test_a_loss_in_words_is_a_negative_change(lint_change, text, expected):
    assert lint_change(text) == expected


UNVACCINATED = _claim(
    "pertussis-unvaccinated-share",
    "Of the 412 pertussis cases in infants reported in 2022, 64% were in unvaccinated infants.",
    64,
    "pertussis, whooping cough",
    "infants, unvaccinated, not vaccinated",
) + _claim(
    "sepsis-untreated-deaths",
    "Among patients with untreated septic shock, 38% died.",
    38,
    "septic shock",
    "untreated",
)
lint_unvaccinated = figure_verdicts_fixture(UNVACCINATED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of infant pertussis cases in 2022, 64% were in unvaccinated infants.", {}),
        ("In 2022, 64% of infant pertussis cases were in infants not vaccinated.", {}),
        # the claim names those without; a figure about those with is none of its own
        (
            "Of infant pertussis cases in 2022, 64% were in vaccinated infants.",
            {"64%": ("CC102", None)},
        ),
        (
            "Of infant pertussis cases in 2022, 36% were in vaccinated infants.",
            {"36%": ("CC102", None)},
        ),
        ("Of patients with untreated septic shock, 38% died.", {}),
        (
            "Of patients with septic shock who were treated, 38% died.",
            {"38%": ("CC102", None)},
        ),
    ],
)
def test_a_claim_about_those_without_is_no_figure_of_those_with(lint_unvaccinated, text, expected):
    assert lint_unvaccinated(text) == expected


ROUNDS = _valued(
    "falls-clinic-round1",
    "In the falls clinic audit, 9.4 falls per 1,000 bed-days were recorded at the first audit.",
    "{value: 9.4, unit: falls per 1000}",
    "falls clinic audit, falls",
    "first audit",
) + _valued(
    "falls-clinic-round3",
    "In the falls clinic audit, 5.2 falls per 1,000 bed-days were recorded at the third audit.",
    "{value: 5.2, unit: falls per 1000}",
    "falls clinic audit, falls",
    "third audit",
)
lint_rounds = figure_verdicts_fixture(ROUNDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change's start that says what it is of ("at the first audit") is that claim's
        (
            "In the falls clinic audit, falls dropped from 9.4 per 1,000 bed-days at the first"
            " audit to 5.2 per 1,000 bed-days at the third audit.",
            {},
        ),
        (
            "In the falls clinic audit, falls rose from 5.2 per 1,000 bed-days at the first"
            " audit to 9.4 per 1,000 bed-days at the third audit.",
            {
                "5.2 per 1,000 bed-days": ("CC101", "falls-clinic-round1"),
                "9.4 per 1,000 bed-days": ("CC101", "falls-clinic-round3"),
            },
        ),
        # a bare start is a baseline: the end's claim does not accuse it
        (
            "In the falls clinic audit, falls at the third audit dropped from 7.0 to 5.2 per"
            " 1,000 bed-days.",
            {"7.0": ("CC102", None)},
        ),
    ],
)
def test_a_change_start_with_words_of_its_own_is_its_claims(lint_rounds, text, expected):
    assert lint_rounds(text) == expected


HERON_5PCT = _claim(
    "heron-drug-k-5pct",
    "In HERON, 81.2% of participants on drug K lost at least 5% of body weight by week 52.",
    81.2,
    "HERON, drug K",
    "at least 5%, responders",
)
RESPONDERS = HERON_5PCT + _claim(
    "heron-drug-k-mean-change",
    "In HERON, the mean change in body weight by week 52 was -11.8% with drug K.",
    -11.8,
    "HERON, drug K",
    "mean change, body weight",
)
lint_responders = figure_verdicts_fixture(RESPONDERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a row's threshold defines the cell's outcome: the ≥15% row is no ≥5% claim's, nor
        # the mean change's
        (
            "HERON at week 52\n\n| Outcome | Drug K |\n|---|---|\n| Weight loss ≥5% | 81.2% |\n"
            "| Weight loss ≥15% | 38.0% |",
            {"38.0%": ("CC102", None)},
        ),
        (
            "HERON at week 52\n\n| Outcome | Drug K |\n|---|---|\n| Weight loss ≥5% | 72.0% |",
            {"72.0%": ("CC101", "heron-drug-k-5pct")},
        ),
        (
            # (the threshold itself is no mean change to accuse, only a figure no claim backs)
            "In HERON, 38.0% of participants on drug K lost at least 15% of body weight.",
            {"38.0%": ("CC102", None), "at least 15%": ("CC102", None)},
        ),
    ],
)
def test_a_threshold_in_a_row_header_defines_the_cells_outcome(lint_responders, text, expected):
    assert lint_responders(text) == expected


RESPONDER_PAIR = HERON_5PCT + _claim(
    "heron-drug-k-10pct",
    "In HERON, 57.3% of participants on drug K lost at least 10% of body weight by week 52.",
    57.3,
    "HERON, drug K",
    "at least 10%, responders",
)
lint_responder_pair = figure_verdicts_fixture(RESPONDER_PAIR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thresholds listed before "respectively" pair with the shares in order
        (
            "In HERON, a loss of at least 5% and at least 10% of body weight was reached by"
            " 81.2% and 57.3% of participants on drug K, respectively.",
            {},
        ),
        (
            "In HERON, a loss of at least 5% and at least 10% of body weight was reached by"
            " 57.3% and 81.2% of participants on drug K, respectively.",
            {
                "57.3%": ("CC101", "heron-drug-k-5pct"),
                "81.2%": ("CC101", "heron-drug-k-10pct"),
            },
        ),
    ],
)
def test_thresholds_listed_with_respectively_pair_in_order(lint_responder_pair, text, expected):
    assert lint_responder_pair(text) == expected


MEASLES = _valued(
    "ruritania-measles-2019",
    "In 2019, Ruritania reported 1,274 measles cases.",
    "{value: 1274, unit: cases}",
    "measles",
    "Ruritania, in 2019",
)
lint_measles = figure_verdicts_fixture(MEASLES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year "since" which is a point of comparison, not the figure's own year
        (
            "In 2024, Ruritania reported 285 measles cases, more than in any year since 2019.",
            {"285 measles cases": ("CC102", None)},
        ),
        (
            "Ruritania's 285 measles cases in 2024 were the most since 2019.",
            {"285 measles cases": ("CC102", None)},
        ),
        ("In 2019, Ruritania reported 1,274 measles cases, the most since 1992.", {}),
        (
            "In 2019, Ruritania reported 1,500 measles cases, the most since 1992.",
            {"1,500 measles cases": ("CC101", "ruritania-measles-2019")},
        ),
    ],
)
def test_the_year_since_which_is_no_figures_year(lint_measles, text, expected):
    assert lint_measles(text) == expected
