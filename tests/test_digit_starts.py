"""A pattern whose every match starts a run of digits is tried only at the text's run starts
(nlp/quantities/digit_starts.py, first_chars.StartScanned) and finds what the plain pattern
finds: issue 17's extraction speed."""

from __future__ import annotations

import random
import re

import pytest
from test_first_chars import SCANNED_TEXTS
from test_regex_shortcuts import soup

from claimcheck.nlp.quantities.digit_starts import ends_a_digit_run, starts_a_digit_run
from claimcheck.nlp.quantities.first_chars import StartScanned


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?<![\w./,-])(?P<n>\d{2,3})/\d", 0, True),
        (r"(?<!\d)\d+%", 0, True),
        (r"\b\d{1,2}(?:st|nd)", 0, True),
        (r"(?<![\w.])(?:\d+|[0-9]\.)x", re.IGNORECASE, True),  # each branch a digit
        (r"(?<![\w.])(?:\d+|a)x", 0, False),  # a branch may start with a letter
        (r"\d+%", 0, False),  # nothing shuts out a digit before: "12%" has a match at "2"
        (r"(?<![.,])\d+", 0, False),  # (a digit may stand before)
        (r"(?<![\w.])\d*x", 0, False),  # the first character may be no digit
        (r"(?<![^\w])\d", 0, False),  # a negated class shuts out nothing said here
        (r"(?<!\w)\d", re.ASCII, False),  # ASCII's \d and \w are not the runs'
        (r"\B\d", 0, False),
    ],
)
def test_starts_a_digit_run(pattern: str, flags: int, expected: bool) -> None:
    assert starts_a_digit_run(re.compile(pattern, flags)) is expected


RUN_PATTERNS = [
    r"(?<![\w./,-])(?P<n>\d{1,3})(?:[ \t]*[-–][ \t]*(?P<m>\d{1,3}))?(?:[ \t]*(?:mmHg|%))?",
    r"\b\d{1,2}(?:st|nd|rd|th)?\b",
    r"(?<!\d)\d+(?:\.\d+)?(?=\s*%)",
    r"(?<![\w/.,+])(?P<weeks>\d{1,2})(?:\+(?P<days>[0-6]))?/40(?![\w/]|[.,]\d)",
]
TEXTS = [
    *SCANNED_TEXTS,
    *soup(600, seed=61),
    "١٢ and 3٤: digits of other scripts join a run; ٣4/40 women, 12/40 women, x12/40",
    "120-80 mmHg, 1st 2nd 33rd 4th; 45% 4.5 % 12.3.4 %; 7+3/40; 12/40.5",
    "",
]


@pytest.mark.parametrize("pattern", RUN_PATTERNS)
def test_run_scans_find_what_the_plain_scans_find(pattern: str) -> None:
    compiled = re.compile(pattern)
    scanned = StartScanned(compiled)
    assert scanned.at_digit_runs
    rng = random.Random(pattern)
    for text in TEXTS:
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        for args in ((), (start,), (start, end)):
            assert [(m.span(), m.groups()) for m in scanned.finditer(text, *args)] == [
                (m.span(), m.groups()) for m in compiled.finditer(text, *args)
            ], (text, args)
            found, plain = scanned.search(text, *args), compiled.search(text, *args)
            assert (found and found.span()) == (plain and plain.span()), (text, args)


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\d[a-z]?[ \t*_]*:", 0, True),
        (r"\d[ \u00a0]?(?P<unit>%|[A-Za-z][A-Za-z/]{0,8}),", 0, True),
        (r"(?<=x)\d(?:%|\s)", 0, True),
        (r"\d{1,2}:", 0, False),  # a repeat of digits may start inside the run
        (r"\d[a-z]?", 0, False),  # the match may end after the digit, a digit next
        (r"\d\w", 0, False),  # a word character may be a digit
        (r"\d[^a]", 0, False),
        (r"\d[\u0660-\u0669x]", 0, False),  # Arabic-Indic digits are digits too
        (r"\d(?:x|\S)", 0, False),
        (r"\d:", re.ASCII, False),
    ],
)
def test_ends_a_digit_run(pattern: str, flags: int, expected: bool) -> None:
    assert ends_a_digit_run(re.compile(pattern, flags)) is expected


END_PATTERNS = [r"\d[a-z]?[ \t*_]*:", r"\d[ \u00a0]?(?P<unit>%|[A-Za-z]{1,3}),(?=\d+(?P=unit))"]


@pytest.mark.parametrize("pattern", END_PATTERNS)
def test_run_end_scans_find_what_the_plain_scans_find(pattern: str) -> None:
    compiled = re.compile(pattern)
    scanned = StartScanned(compiled)
    assert scanned.at_run_ends
    texts = [*TEXTS, "Visit 3a: 12 mg,14 mg; 5%,6% and ٣%,4%; Dose 12 : 1; 1:2:3"]
    rng = random.Random(pattern)
    for text in texts:
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        for args in ((), (start,), (start, end)):
            assert [(m.span(), m.groups()) for m in scanned.finditer(text, *args)] == [
                (m.span(), m.groups()) for m in compiled.finditer(text, *args)
            ], (text, args)
            found, plain = scanned.search(text, *args), compiled.search(text, *args)
            assert (found and found.span()) == (plain and plain.span()), (text, args)
