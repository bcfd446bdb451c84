"""The group finder's age-bound scans from where a match can start give the plain scans'
matches (``nlp/quantities/age_bound_scans.py``), on generated texts and the shipped examples."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from claimcheck.nlp.quantities import groups
from claimcheck.nlp.quantities.age_bound_scans import opening_bound, turning_bound, words_then_bound

Scan = Callable[[re.Pattern[str], str], Iterator[re.Match[str]]]
SCANS: tuple[tuple[re.Pattern[str], Scan], ...] = (
    (groups.AGE_BOUND_OF_AN_EVENT, words_then_bound),
    (groups.CLAUSE_OPENING_AGE, opening_bound),
    (groups.AGE_BOUND_AFTER_A_GROUPS_EVENT, words_then_bound),
    (groups.AGE_THEY_TURN, turning_bound),
)
PIECES = (
    " ", "  ", "\t", "\n", "\xa0", "\u2009", ".", ",", ";", ":", "!", "?", "(", ")", "-", "'",
    "’", "%", "\u2029", "Nine in ten", "smokers", "start", "started", "before", "after",
    "under", "over", "above", "below", "Over", "UNDER", "By", "until", "they", "you", "turn",
    "are", "18", "40", "35", "110", "200", "12%", "4,000", "1.5", "weeks", "years old", "and",
    "women", "people", "who", "smoke", "diagnosed", "menopause", "having a first baby",
    "a first", "put on", "put\non", "give up", "gain weight", "cover", "however", "overall",
    "baby", "K", "İ", "é", "_", "x", "patients", "gains", "with", "by the time",
    ". Over 80,", "\nUnder 50, the risk", "; above\xa065,", "before they turn 18",
    "until you are 25", "Most smokers started smoking before 20", "adults gain weight after 40",
)  # fmt: skip


def generated(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        pieces = [rng.choice(PIECES) for _ in range(rng.randint(3, 40))]
        texts.append("".join(piece + rng.choice(("", " ", " ", "\n")) for piece in pieces))
    return texts


def spans(matches: Iterator[re.Match[str]]) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


def corpus() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    shared = root.parent / "shared" / "corpus" / "drafts"
    paths = [*sorted((root / "examples").rglob("*.md")), *sorted(shared.glob("*.txt"))]
    return [path.read_text(encoding="utf-8") for path in paths]


@pytest.mark.parametrize(
    ("pattern", "scan"), SCANS, ids=lambda value: getattr(value, "__name__", "")
)
def test_each_scan_finds_the_plain_scans_matches(pattern: re.Pattern[str], scan: Scan) -> None:
    texts = [*generated(4000, 55), *corpus()]
    found = 0
    for text in texts:
        expected = spans(pattern.finditer(text))
        assert spans(scan(pattern, text)) == expected, text
        found += len(expected)
    assert found  # the generated texts do say each kind of bound


def test_a_text_that_folds_to_ascii_or_lengthens_is_scanned_as_it_is() -> None:
    text = "İ smokers start before 18. Over 80, it is rare. Before they turn 18"
    for pattern, scan in SCANS:
        assert spans(scan(pattern, text)) == spans(pattern.finditer(text))
