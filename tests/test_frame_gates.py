"""Issue 17's shortcuts on the lint side find exactly what the plain patterns find.

- a frame's word lists (measures, stages, sexes, settings, ethnic groups, severities, dose
  levels, schedules) are searched only where a word every match needs stands
  (verify/gates.py);
- a plain-text draft's wrapped figures are looked for from each line end, not from every
  character (documents/text.py).
"""

from __future__ import annotations

import random
import re

import pytest

from claimcheck.documents.text import WRAPPED_FIGURE, text_analysis
from claimcheck.verify import frames, matching
from claimcheck.verify.gates import GatedNames, lowered

WORD_LISTS = {
    "measures": frames.MEASURES,
    "stages": frames.STAGES,
    "sexes": frames.SEXES,
    "settings": frames.SETTINGS,
    "ethnicities": frames.ETHNICITIES,
    "severities": frames.SEVERITIES,
    "dose levels": frames.DOSE_LEVELS,
    "schedules": frames.SCHEDULES,
}

WORDS = (
    "women", "Men", "GIRLS", "boys", "mothers", "female", "severe", "Mild", "moderate-intensity",
    "stage", "IV", "II", "distant", "metastatic", "local", "Hispanic", "non-Hispanic", "Black",
    "White", "blood", "cells", "adults", "Māori", "ICU", "intensive", "care", "home", "after",
    "surgery", "low-dose", "standard", "dose", "daily", "twice", "weekly", "every", "2", "weeks",
    "died", "deaths", "cases", "survival", "hospital", "admissions", "cost", "£12", "response",
    "injuries", "in", "the", "community", "of", "a", "İ", "ı", "ſevere", "\u212aids", "-", ",",
    "45%", "aged", "65", "years", "as", "needed", "once", "monthly", "all", "severities",
)  # fmt: skip


def clauses(count: int, seed: int) -> list[str]:
    """Random clauses of the words above, with the case-folding letters that lower-case to
    no ASCII letter among them."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 14))) for _ in range(count)]


PROSE = [
    "Among non-Hispanic Black women aged 40 to 49, 12% had severe disease at stage IV.",
    "In intensive care, 30% of critically ill adults given a low-dose regimen twice daily died.",
    "White blood cells rose in 20% of care home residents with mild symptoms.",
    "ſevere disease in 4% of men; the \u212aaplan–Meier estimate of survival was 80%.",
]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_gated_word_lists_find_what_searching_every_pattern_finds(name: str) -> None:
    patterns = WORD_LISTS[name]
    gated = GatedNames(patterns)
    for text in PROSE + clauses(3000, seed=len(name)):
        plain = frozenset(n for n, pattern in patterns.items() if pattern.search(text))
        assert gated.found(text, lowered(text)) == plain, text


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_searched_patterns_hold_every_match_in_order(name: str) -> None:
    # the patterns a text's needles let through: in the mapping's order, and every pattern
    # that matches the text among them
    patterns = WORD_LISTS[name]
    gated = GatedNames(patterns)
    order = list(patterns)
    for text in PROSE + clauses(2000, seed=len(name) + 1):
        searched = [n for n, _pattern in gated.searched(text, lowered(text))]
        assert searched == sorted(searched, key=order.index)
        assert {n for n, pattern in patterns.items() if pattern.search(text)} <= set(searched)


def test_measure_stems_are_those_of_every_measure_pattern() -> None:
    # Surroundings.measure_stems reads only the measures a clause's needles let through:
    # the same stems as reading every measure's pattern
    for clause in PROSE + clauses(1500, seed=29):
        telling = frozenset(matching.comparable_words(clause).split())
        around = matching.Surroundings(
            clause=clause,
            clause_names=frozenset(),
            sentence_names=frozenset(),
            before_names=frozenset(),
            document_names=frozenset(),
            years=frozenset(),
            frame=frames.Frame(),
            telling_words=telling,
        )
        plain: dict[str, frozenset[str]] = {}
        for measure, pattern in frames.MEASURES.items():
            stems = frozenset(
                word
                for said in pattern.finditer(clause)
                for word in matching.comparable_words(said.group(0)).split()
            )
            if stems & telling:
                plain[measure] = stems & telling
        assert around.measure_stems == plain, clause
        assert list(around.measure_stems) == list(plain)


def test_a_pattern_without_a_needed_word_is_always_searched() -> None:
    gated = GatedNames({"digits": re.compile(r"\d+"), "word": re.compile(r"\bcare\b", re.I)})
    assert gated.found("in 2020", lowered("in 2020")) == {"digits"}
    assert gated.found("CARE", lowered("CARE")) == {"word"}


def test_case_folding_letters_search_every_pattern() -> None:
    # "ſ" (long s) matches "s" without case but lower-cases to itself
    assert lowered("ſevere") is None
    assert GatedNames(frames.SEVERITIES).found("ſevere", None) == {"severe"}


def plain_wrapped_figure() -> re.Pattern[str]:
    """The pattern as first written: a look-behind, then the newline."""
    return re.compile(
        r"(?<=\d)\r?\n(?=[ \t]*(?:[a-zµμ]|%))"
        r"|(?<=[a-z,])\r?\n(?=[ \t]*[$€£]?\d)(?![ \t]*\d{1,2}[.)](?:[ \t]|$))",
        re.MULTILINE,
    )


def test_wrapped_figures_are_the_plain_patterns() -> None:
    plain = plain_wrapped_figure()
    rng = random.Random(17)
    pieces = ("5", "12", "a", "days", ",", "\n", "\r\n", " ", "\t", "%", "$", "1.", "2)", "Z", "μ")
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) for _ in range(20000)]
    texts += ["no more than 63\ndays before", "within the first\r\n10 days", "items,\n1. first"]
    for text in texts:
        assert [m.span() for m in WRAPPED_FIGURE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], repr(text)


def test_a_wrapped_figure_reads_as_one_line() -> None:
    raw = "Give no more than 63\ndays before surgery.\r\nWithin the first\r\n10 days."
    # the wraps inside a figure's words read as spaces; the line that ends a sentence stays
    assert text_analysis(raw).text == (
        "Give no more than 63 days before surgery. \nWithin the first  10 days."
    )


def test_the_sexes_a_sentence_names_are_its_frames() -> None:
    # the matcher asks a whole sentence only for its sexes (frames.sexes_named), not its frame
    for text in PROSE + clauses(1000, seed=5) + ["", "Girls and boys", "3,200 women"]:
        assert frames.sexes_named(text) == frames.read_frame(text).sexes, text


def _verdict_set_texts() -> list[str]:
    """Every labelled draft of the verdict sets, and its pieces before and after each comma
    (the parts of a sentence the matcher asks one slot of)."""
    import yaml

    from tests.conftest import REPO

    texts = []
    for path in sorted((REPO / "tests" / "data" / "verdicts").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            text = case["text"]
            texts.append(text)
            for at in [m.start() for m in re.finditer(",", text)][:3]:
                texts += [text[:at], text[at + 1 :]]
    return texts


def test_one_slot_of_a_frame_is_the_frames_own() -> None:
    """The slot readers (whether a text names the control arm, its ages, timepoints, a stage
    of life or an age) give what a whole frame of the text gives (read_frame, no unit)."""
    texts = _verdict_set_texts()
    assert len(texts) > 10_000
    for text in texts + PROSE + clauses(500, seed=9) + ["", "placebo", "aged 65 and over"]:
        frame = frames.read_frame(text)
        assert frames.control_named(text) == frame.control, text
        assert frames.ages_named(text) == frame.ages, text
        assert frames.timepoints_named(text) == frame.timepoints, text
        assert frames.stage_or_age_named(text) == bool(frame.life_stages or frame.ages), text
        assert frames.regions_named(text) == frame.regions, text


def test_the_control_slot_with_a_figure_skipped_is_the_frames_own() -> None:
    """``control_named(text, skip)`` is ``read_frame(text, unit, skip).control`` for each
    figure-like number of a text blanked out (the first figure's clause, as the matcher asks
    whether later figures carry on its control arm), whatever the unit."""
    texts = _verdict_set_texts()[::3] + PROSE + clauses(500, seed=13)
    texts += ["22.7% with placebo in EM-I", "30% of those on placebo versus 27%", "placebo 5%"]
    asked = 0
    for text in texts:
        for found in list(re.finditer(r"\d+(?:[.,]\d+)?\s*%?", text))[:3]:
            skip = found.span()
            for unit in (None, "%"):
                frame = frames.read_frame(text, unit, skip=skip)
                assert frames.control_named(text, skip) == frame.control, (text, skip)
                asked += 1
    assert asked > 5_000


def plain_bodies(text: str) -> frozenset[str]:
    """:func:`matching.bodies_in` with the guideline bodies' alternation as first written:
    every branch tried at every character."""
    pattern = re.compile(
        "|".join(
            rf"(?P<{acronym}>\b{acronym}s?\b|\b{name}\b)"
            for acronym, name in matching.GUIDELINE_BODIES.items()
        )
    )
    return frozenset(said.lastgroup for said in pattern.finditer(text) if said.lastgroup)


def test_guideline_bodies_are_found_as_by_the_plain_alternation() -> None:
    # the alternation sits behind a look-ahead at the letters a body's name can start with
    names = [*matching.GUIDELINE_BODIES, *matching.GUIDELINE_BODIES.values()]
    pieces = [*names, "NICEs", "nice", "WHO's", "xNICE", "the", "recommends", "7", ",", "-", "("]
    rng = random.Random(12)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += [
        "NICE recommends 10 days; the WHO advises 14, and IDSA guidance says 7.",
        "The American Cancer Society and ACS differ from the Chief Medical Officers.",
    ]
    for text in texts:
        assert matching.bodies_in(text) == plain_bodies(text), text
    assert matching.bodies_in("NICE and the World Health Organization") == {"NICE", "WHO"}
