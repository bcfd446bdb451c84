# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""Event-free survival is not being alive. Trial reports keep progression-free, disease-free
and overall survival apart (ICH E9; the CONSORT items on outcomes): "94.1% were alive at 12
months" is no figure of the claim about progression-free survival at 12 months, not even
when it equals it (a page that says "alive" of the PFS figure misstates it), and a
progression-free survival figure is no figure of an overall survival claim. A page may say
the event-free kind in its own words: "free of invasive disease", "alive without
progression", "alive without a tracheostomy", "PFS". A hazard ratio of a survival outcome is the hazard of its events: "cut
the risk of recurrence or death by 30%" is the disease-free survival's hazard ratio."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "heron-pfs-12m",
            "In HERON, progression-free survival at 12 months was 71.3% with zanotinib.",
            "{value: 71.3, unit: percent}",
            "zanotinib, HERON",
            "progression-free survival, PFS, 12 months",
            timepoint="12 months",
        ),
        valued_claim(
            "heron-os-median",
            "In HERON, median overall survival was 28.4 months with zanotinib.",
            "{value: 28.4, unit: months}",
            "zanotinib, HERON",
            "overall survival, median",
        ),
        valued_claim(
            "heron-dfs-hr",
            "In HERON, the hazard ratio for disease-free survival with zanotinib against placebo was 0.70.",
            "{value: 0.70}",
            "zanotinib, HERON",
            "disease-free survival, hazard ratio",
        ),
        valued_claim(
            "heron-pfs-median",
            "In HERON, median progression-free survival was 11.2 months with zanotinib.",
            "{value: 11.2, unit: months}",
            "zanotinib, HERON",
            "progression-free survival, median, PFS",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_being_alive_is_no_event_free_survival(lint_text):
    for figure in ("93.0%", "71.3%"):
        text = f"In HERON, {figure} of patients given zanotinib were alive at 12 months."
        assert lint_text(text) == {figure: ("CC102", None)}, text


def test_an_event_free_survival_in_the_pages_own_words(lint_text):
    assert (
        lint_text(
            "In HERON, 71.3% of patients on zanotinib were alive and free of disease progression a year on."
        )
        == {}
    )
    assert lint_text(
        "In HERON, 74.0% of patients on zanotinib were alive without progression at 12 months."
    ) == {"74.0%": ("CC101", "heron-pfs-12m")}


VENTILATION_FREE = valued_claim(
    "orca-ventilation-free-18m",
    "In ORCA-2, 61.2% of patients on velorine were alive without a tracheostomy at 18 months.",
    "{value: 61.2, unit: percent}",
    "velorine, ORCA-2",
    "tracheostomy-free survival, 18 months",
    timepoint="18 months",
)

lint_free = figure_verdicts_fixture(VENTILATION_FREE)


def test_alive_without_an_event_is_that_events_free_survival(lint_free):
    assert (
        lint_free(
            "In ORCA-2, 61.2% of patients on velorine were alive without a tracheostomy at 18 months."
        )
        == {}
    )
    assert lint_free(
        "At 18 months in ORCA-2, 54.0% of patients on velorine survived without a tracheostomy."
    ) == {"54.0%": ("CC101", "orca-ventilation-free-18m")}


def test_progression_free_and_overall_survival_are_kept_apart(lint_text):
    assert lint_text(
        "In HERON, median progression-free survival with zanotinib was 28.4 months."
    ) == {"28.4 months": ("CC101", "heron-pfs-median")}
    assert lint_text("In HERON, median overall survival with zanotinib was 11.2 months.") == {
        "11.2 months": ("CC101", "heron-os-median")
    }


def test_a_survival_hazard_ratio_is_the_hazard_of_its_events(lint_text):
    assert lint_text("In HERON, zanotinib cut the risk of recurrence or death by 30%.") == {}
    assert lint_text("In HERON, zanotinib lowered the risk of relapse or death by 30%.") == {}


def test_lived_a_median_of_is_overall_survival(lint_text):
    """``lived a median of 11.2 months`` says how long patients lived: overall survival, never
    the progression-free claim's figure, though the numbers match; ``lived with`` is none."""
    assert lint_text("In HERON, patients given zanotinib lived a median of 11.2 months.") == {
        "11.2 months": ("CC101", "heron-os-median")
    }
    assert lint_text("In HERON, patients given zanotinib lived a median of 28.4 months.") == {}
