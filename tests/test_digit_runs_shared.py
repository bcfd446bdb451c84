"""The passes that start from a text's digit runs (the blockers' windows, ages in
apposition, a model's number after a count) find what the whole-page patterns found: the
digit-led search is a speed change only."""

from __future__ import annotations

import re

import pytest

from claimcheck.nlp.quantities import filters, finder, groups

TEXTS = [
    "Maria Lopez, 34, said the clinic helped. Tom, 52, a nurse from Leeds, agreed.",
    "Ana Maria De Souza, 41, who lives nearby, and Joe, 7, from the school.",
    "On Monday, 12, patients came; in May, 3, of them left.",
    "The trust bought two new Aquilion 640 scanners and three 737 Max jets.",
    "They ordered 4 Series 9 watches and 3 Galaxy 21 phones for the ward.",
    "Phase 3 200 patients; 4 Series 9 watches; 12345 Abc units; ward 7 beds.",
    "No digits here at all, just Words And Capitals.",
]
OLD_APPOSED = groups.APPOSED_AGE
OLD_MODEL_NEAR = re.compile(
    rf"(?:\d{{1,4}}(?:{finder.H}+[A-Z][\w&'’.-]*){{1,2}}|[A-Z][\w&'’.-]*{finder.H}+\d{{1,4}}"
    rf"(?:{finder.H}+[A-Z][\w&'’.-]*){{0,2}}){finder.H}+[a-z][a-z-]*[a-rt-z]s\b"
)


@pytest.mark.parametrize("text", TEXTS)
def test_digit_runs_are_every_run(text: str) -> None:
    assert filters.digit_runs(text) == tuple(m.span() for m in re.finditer(r"\d+", text))


@pytest.mark.parametrize("text", TEXTS)
def test_apposed_ages_found_from_digits(text: str) -> None:
    assert [m.span() for m in groups._apposed_matches(text)] == [
        m.span() for m in OLD_APPOSED.finditer(text)
    ]


def _old_counts_before_a_model(text: str) -> list[tuple[int, int]]:
    """The count matches as the whole-page pattern found them."""
    matches: list[re.Match[str]] = []
    for near in OLD_MODEL_NEAR.finditer(text):
        after = matches[-1].end() if matches else 0
        if near.end() <= after:
            continue
        match = finder.COUNT_BEFORE_A_MODEL.search(
            text, max(after, near.start() - 60), near.end() + 80
        )
        if match:
            matches.append(match)
    return [match.span("count") for match in matches]


@pytest.mark.parametrize("text", TEXTS)
def test_model_counts_found_from_digits(text: str) -> None:
    got = [(q.start, q.end) for q in finder._counts_before_a_model(text, [])]
    old = [
        span
        for span in _old_counts_before_a_model(text)
        if not filters.names_a_number(text, span[0])
    ]
    assert got == old
