"""A subject named in other forms of its words (session 46): a page says "dying at home"
for deaths at home, "teeth" for tooth loss, "spent" for spending, "drug-resistant" for drug
resistance. Irregular forms are read as their base word and each word of a longer name may
be said by its first :data:`~claimcheck.verify.matching.SAME_ROOT` letters, so the figure is
judged against its claim (supported or a conflict) instead of left unsupported.

And a change's two ends ("from 9 days to 7.5 days") are levels: never the size of a
change a claim states ("shortened it by 1.5 days")."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        approved_claim(
            "home-deaths-1990",
            "In 1990, 24% of deaths in Ruritania occurred at home.",
            24,
            "home deaths, deaths at home",
            'Ruritania, place of death, "1990"',
        ),
        approved_claim(
            "tooth-loss-over-75",
            "Among Ruritanians aged 75 and over, 31% had lost all their natural teeth.",
            31,
            "complete tooth loss, edentulism",
            "Ruritania, aged 75 and over",
        ),
        approved_claim(
            "oop-spending-2018",
            "In 2018, 9.2% of Ruritanian households spent more than a tenth of their budget on "
            "out-of-pocket health spending.",
            9.2,
            "out-of-pocket health spending, catastrophic health spending",
            'Ruritania, households, "2018"',
        ),
        approved_claim(
            "drug-resistance-tb",
            "In 2021, 4.1% of new tuberculosis cases in Ruritania had drug resistance.",
            4.1,
            "drug resistance, drug-resistant tuberculosis",
            'Ruritania, new cases, "2021"',
        ),
        valued_claim(
            "zanamivir-days",
            "Zanamivir shortened the duration of symptoms by 1.5 days.",
            "{value: 1.5, unit: days}",
            "zanamivir",
            "duration of symptoms",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Ruritania in 1990, 24% of people were dying at home.", {}),
        (
            "In Ruritania in 1990, 31% of people were dying at home.",
            {"31%": ("CC101", "home-deaths-1990")},
        ),
        ("Among Ruritanians aged 75 and over, 31% had suffered a complete loss of teeth.", {}),
        (
            "Among Ruritanians aged 75 and over, 13% had suffered a complete loss of their teeth.",
            {"13%": ("CC101", "tooth-loss-over-75")},
        ),
        (
            "In 2018, 2.9% of Ruritanian households spent over a tenth of their budget on "
            "out-of-pocket health costs.",
            {"2.9%": ("CC101", "oop-spending-2018")},
        ),
        (
            "In 2021, 14% of new tuberculosis cases in Ruritania were drug-resistant.",
            {"14%": ("CC101", "drug-resistance-tb")},
        ),
        ("In 2021, 4.1% of new tuberculosis cases in Ruritania were drug-resistant.", {}),
    ],
)
def test_subject_words_in_other_forms(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zanamivir brought the duration of symptoms down from 6 days to 4.5 days.",
        "On zanamivir the duration of symptoms fell from 6 days to 4.5 days.",
        "Zanamivir cut the duration of symptoms from 6 days to 4.5 days.",
    ],
)
def test_ends_of_a_change_are_not_its_size(lint_text, text):
    findings = lint_text(text)
    assert all(code != "CC101" for code, _ in findings.values()), findings


def test_an_end_equal_to_the_size_is_not_backed(lint_text):
    # the level reached equals the size of the change the claim states: no restatement
    text = "Zanamivir cut the duration of symptoms from 3 days to 1.5 days."
    assert lint_text(text) == {"3 days": ("CC102", None), "1.5 days": ("CC102", None)}


def test_size_of_the_change_is_still_judged(lint_text):
    assert lint_text("Zanamivir shortened the duration of symptoms by 2.5 days.") == {
        "2.5 days": ("CC101", "zanamivir-days")
    }


BARE_REGISTRY = approved_claim(
    "bare-home-deaths",
    "In Borduria, 27% of deaths happened at home in 2020.",
    27,
    "home deaths",
    "place of death",
)
lint_bare = figure_verdicts_fixture(BARE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2020, 27% of Bordurians who died were dying at home.", {}),
        (
            "In 2020, 35% of Bordurians who died were dying at home.",
            {"35%": ("CC101", "bare-home-deaths")},
        ),
        (
            "Deaths at home made up 35% of the total in 2020.",
            {"35%": ("CC101", "bare-home-deaths")},
        ),
    ],
)
def test_a_sentence_naming_no_registry_name_as_written(lint_bare, text, expected):
    # no name of the registry as written in the sentence: the claim is found by the words of
    # its subject said in other forms
    assert lint_bare(text) == expected


def test_a_large_registry_needs_a_name_as_written(lint_bare, monkeypatch):
    # above the limit the words' index is not built (it would cost a large registry seconds)
    from claimcheck.verify import matching

    monkeypatch.setattr(matching, "OTHER_WORDS_LIMIT", 0)
    assert lint_bare("In 2020, 35% of Bordurians who died were dying at home.") == {
        "35%": ("CC102", None)
    }


PHRASE_REGISTRY = valued_claim(
    "doxy-doses",
    "Doxycycline for chest infections is given as 2 doses a day.",
    "{value: 2, unit: doses/day}",
    "doxycycline",
    "chest infections",
)
lint_phrase = figure_verdicts_fixture(PHRASE_REGISTRY)


def test_the_claims_own_phrase_narrows_nothing(lint_phrase):
    # "chest infections" is read in other words ("lower respiratory tract infection") on both
    # sides: its "chest" is the claim's own word, no narrowing of its subject
    assert lint_phrase("Doxycycline for chest infections is taken 2 times a day.") == {}
    assert lint_phrase("Doxycycline for chest infections is taken 4 times a day.") == {
        "4 times a day": ("CC101", "doxy-doses")
    }
