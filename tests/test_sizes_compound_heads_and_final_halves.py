"""Three kinds of issue 11 read as wholes (README "What counts"):

1. a size (``a 10 x 10 cm dressing``, ``3 × 4 cm``, ``4 by 6 inches``) is each side a length
   in the unit written after the last side, never a multiple, while a count of doses
   (``2 x 500 mg``) and a power of ten (``5 x 10^8 cells``) keep their readings;
2. a counted noun that is a compound whose modifier keeps an -s (``sharps injuries``,
   ``burns admissions``) is the whole compound, as ``hip fractures`` already was;
3. a change said as a share in words (``by half``, ``in half``, ``by a third``) reads the same
   at the end of a sentence, before any punctuation and in mid-sentence.

Every expected figure is checked for value, unit, per, comparator and approximation, and
every quantity for the offset contract (``text == file[start:end]``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, extract_paragraphs, fig

from claimcheck.cli import main


def q(surface: str, low: float | None, high=..., *, per=None, comparator=None, **extra) -> dict:
    """An expected figure with its ``per`` and ``comparator`` said too (None unless given)."""
    return fig(surface, low, high, per=per, comparator=comparator, **extra)


SIZES: list[tuple[str, list[dict]]] = [
    (
        "Cover it with a 15 x 20 cm foam pad.",
        [q("15", 15, unit="cm", kind="measure"), q("20 cm", 20, unit="cm", kind="measure")],
    ),
    (
        "The ulcer measured 2.4 × 3.6 cm at entry.",
        [q("2.4", 2.4, unit="cm", kind="measure"), q("3.6 cm", 3.6, unit="cm", kind="measure")],
    ),
    (
        "A 6 x 8 x 11 mm stone was seen on the scan.",
        [
            q("6", 6, unit="mm", kind="measure"),
            q("8", 8, unit="mm", kind="measure"),
            q("11 mm", 11, unit="mm", kind="measure"),
        ],
    ),
    (
        "Cut a 5cm x 7cm strip of tape.",
        [q("5cm", 5, unit="cm", kind="measure"), q("7cm", 7, unit="cm", kind="measure")],
    ),
    (
        "Each bed is 2 by 0.9 metres.",
        [q("2", 2, unit="m", kind="measure"), q("0.9 metres", 0.9, unit="m", kind="measure")],
    ),
    (
        "Print it on 4 by 6 inches of card.",
        [q("4", 4, unit="inch", kind="measure"), q("6 inches", 6, unit="inch", kind="measure")],
    ),
    (
        "They fitted a 10 x 12-cm mesh.",
        [q("10", 10, unit="cm", kind="measure"), q("12-cm", 12, unit="cm", kind="measure")],
    ),
    (
        "Roughly 3 × 3 mm spots appeared.",
        [
            q("Roughly 3", 3, unit="mm", kind="measure", approx=True),
            q("3 mm", 3, unit="mm", kind="measure"),
        ],
    ),
    (
        "The cyst was 14×9mm.",
        [q("14", 14, unit="mm", kind="measure"), q("9mm", 9, unit="mm", kind="measure")],
    ),
    (
        "The graft was 3-4 x 5 cm.",
        [
            q("3-4", 3, 4, unit="cm", kind="measure"),
            q("5 cm", 5, unit="cm", kind="measure"),
        ],
    ),
    (
        'Pack each cavity with 4" x 6" gauze.',
        [q('4"', 4, unit="inch", kind="measure"), q('6"', 6, unit="inch", kind="measure")],
    ),
    (
        "Pack each cavity with 2 x 2 in. gauze.",
        [q("2", 2, unit="inch", kind="measure"), q("2 in", 2, unit="inch", kind="measure")],
    ),
    # what keeps its reading: a count of doses, a power of ten, a multiple, a table's shape
    (
        "Give 2 x 250 mg capsules at night.",
        [q("2 x", 2, unit="capsules", kind="count"), q("250 mg", 250, unit="mg")],
    ),
    (
        "They infused 4 x 10^6 cells/kg.",
        [q("4 x 10^6 cells/kg", 4e6, unit="cells/kg")],
    ),
    (
        "Roughly 5 x 10^8 cells were frozen.",
        [q("Roughly 5 x 10^8 cells", 5e8, unit="cells", kind="count", approx=True)],
    ),
    ("Bills were 3 × higher in town.", [q("3 ×", 3, unit="fold", kind="multiple")]),
    ("The data sit in a 3 x 3 grid.", []),
    (
        "Spread 2 x 3 in adults.",
        [q("2 x", 2, unit="fold", kind="multiple"), q("3", 3, kind="number")],
    ),
    ('Say "take 4" twice.', [q("4", 4, kind="number")]),
]

COMPOUND_COUNTS: list[tuple[str, list[dict]]] = [
    (
        "Clinics logged 412,000 sharps injuries last year.",
        [q("412,000 sharps injuries", 412000, unit="sharps injuries", kind="count")],
    ),
    (
        "There were 9,800 hip fractures among the residents.",
        [q("9,800 hip fractures", 9800, unit="hip fractures", kind="count")],
    ),
    (
        "Officials counted 3,100 road deaths.",
        [q("3,100 road deaths", 3100, unit="road deaths", kind="count")],
    ),
    (
        "The trust saw 1.4 million emergency department visits.",
        [
            q(
                "1.4 million emergency department visits",
                1.4e6,
                unit="emergency department visits",
                kind="count",
            )
        ],
    ),
    (
        "Nurses reported 250 needlestick injuries.",
        [q("250 needlestick injuries", 250, unit="needlestick injuries", kind="count")],
    ),
    (
        "The ward had 75 hospital admissions a week.",
        [
            q(
                "75 hospital admissions a week",
                75,
                unit="hospital admissions/week",
                kind="rate",
                per="week",
            )
        ],
    ),
    (
        "Coaches see about 2,300 sports injuries.",
        [q("about 2,300 sports injuries", 2300, unit="sports injuries", approx=True)],
    ),
    (
        "The unit treated more than 600 burns admissions.",
        [
            q(
                "more than 600 burns admissions",
                600,
                None,
                unit="burns admissions",
                comparator="more than",
                li=False,
            )
        ],
    ),
]

COMPOUND_COUNTS += [
    (
        "Wards were sent 400 sharps bins.",
        [q("400 sharps bins", 400, unit="sharps bins", kind="count")],
    ),
    (
        "The county has 12 sports clubs.",
        [q("12 sports clubs", 12, unit="sports clubs", kind="count")],
    ),
    # a verb after the -s noun is no head
    ("Some 5 sports require helmets.", [q("Some 5 sports", 5, unit="sports", approx=True)]),
]

SHARES = [
    ("Statins cut strokes by half", "half", 0.5, False),
    ("Bans reduced admissions by a third", "a third", 1 / 3, False),
    ("Screening cut deaths in half", "in half", 0.5, True),
    ("Falls were reduced by two-thirds", "two-thirds", 2 / 3, False),
    ("Mortality fell by almost half", "almost half", 0.5, True),
    ("Relapses dropped by a quarter", "a quarter", 0.25, False),
]
ENDINGS = [".", "", ",  as trials show.", "; the effect held.", ":", "!", " — a big gain.", ")."]
MIDDLE = " in adults over a decade."


def _share_rows() -> list[tuple[str, list[dict]]]:
    rows = []
    for base, surface, value, approx in SHARES:
        expected = [q(surface, value, unit="proportion", kind="proportion", approx=approx)]
        for ending in [*ENDINGS, MIDDLE]:
            rows.append((base + ending, expected))
    return rows


SHARE_ROWS = _share_rows()

DOSE_CHANGES = [
    "Reduce the dose by half",
    "Cut the tablet in half",
    "Lower the dose by a third",
    "Halve the dose",
    "The dose was cut by a quarter",
]
DOSE_ROWS = [(base + ending, []) for base in DOSE_CHANGES for ending in [".", ",", MIDDLE, ""]]

ALL = SIZES + COMPOUND_COUNTS + SHARE_ROWS + DOSE_ROWS


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return extract_paragraphs(tmp_path_factory.mktemp("ext23"), [text for text, _ in ALL])


@pytest.mark.parametrize(("text", "expected"), SIZES, ids=[t[:40] for t, _ in SIZES])
def test_size_is_each_side_a_length(extracted: dict, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(
    ("text", "expected"), COMPOUND_COUNTS, ids=[t[:40] for t, _ in COMPOUND_COUNTS]
)
def test_compound_counted_noun_is_whole(extracted: dict, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), SHARE_ROWS, ids=[t for t, _ in SHARE_ROWS])
def test_share_in_words_reads_alike_at_any_end(extracted: dict, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), DOSE_ROWS, ids=[t for t, _ in DOSE_ROWS])
def test_change_to_a_dose_is_no_figure_at_any_end(
    extracted: dict, text: str, expected: list
) -> None:
    assert_read_as(extracted[text], text, expected)


def test_sizes_get_no_cc311(tmp_path: Path) -> None:
    """A size is no relative effect: only the true multiple asks for its absolute figures."""
    draft = tmp_path / "dressings.md"
    lines = [text for text, _ in SIZES[:12]] + ["Bills were 3 × higher in town."]
    draft.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--format", "json", str(draft)])
    findings = json.loads(result.stdout)["findings"]
    assert sorted(f["line"] for f in findings if f["code"] == "CC311") == [25]
