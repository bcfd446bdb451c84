"""A blocker, a compiled pattern or a unit behind a guard on its first characters
(nlp/quantities/first_chars.py) matches exactly where and what it matches without one: issue
17's extraction speed."""

from __future__ import annotations

import re

import pytest
from test_regex_shortcuts import PROSE, soup

from claimcheck.nlp import components
from claimcheck.nlp.quantities import (
    alternatives,
    counted_shares,
    dot_thousands,
    even_chances,
    filters,
    finder,
    groups,
    lexicon,
    shorthand,
    units,
)
from claimcheck.nlp.quantities.first_chars import (
    PeriodAnchored,
    StartScanned,
    first_class,
    guard_compiled,
    guarded,
    top_level_branches,
)
from claimcheck.nlp.quantities.numbers import DIGITS, PLAIN_DIGITS


@pytest.mark.parametrize(
    ("pattern", "starts", "never"),
    [
        (r"\bdoses?\b", "d", "Dx1 "),
        (r"(?i:doses?)", "dD", "x1 "),
        (r"(?:\b\d+\s*)?\bof\s+\d+", "o7", "Oa "),  # an optional start: what follows too
        (r"(?<=,\s)\d{5}", "0", "a, "),  # a look-behind reads nothing
        (r"[^\w\n]+\d", "(- ", "a1\n"),
        (r"(?:A\.?D\.?|C\.?E\.?)\s+\d", "AC", "aBc "),
        (r"(?:^|[\u2028\u2029]+)[ \t]*\d", "\u2028 \t5", "a\n"),
    ],
)
def test_first_class(pattern: str, starts: str, never: str) -> None:
    guard = re.compile(first_class(pattern) or "")
    assert all(guard.fullmatch(char) for char in starts)
    assert not any(guard.fullmatch(char) for char in never)


def test_a_pattern_opening_with_a_plain_character_test_stays_as_it_is() -> None:
    # the engine skips such a branch after one test, and searches for such a pattern by it
    assert guarded(r"[A-Z]\w+, \d") == r"[A-Z]\w+, \d"
    assert guarded(r"(?:a|b)\d") == r"(?:a|b)\d"  # one class, as the parser reads it
    assert guarded(r"(?i:ab)\d") != r"(?i:ab)\d"  # a case-blind letter is no plain test


@pytest.mark.parametrize(
    "pattern",
    [r"x?", r"(?:a|)", r"\b", r".\d", r"(a)?(?(1)b|c)", r"(?a:\w)\d"],  # empty, any, a condition
)
def test_unfollowed_starts_stay_unguarded(pattern: str) -> None:
    assert first_class(pattern) is None
    assert guarded(pattern) == pattern


def test_case_blind_guards_fold_as_the_pattern_does() -> None:
    # the Kelvin sign folds to k and the long s to s under IGNORECASE: the guard lets them in
    for pattern, text in [(r"(?i:kg)\d", "\u212ag5"), (r"(?i:sessions?)\s\d", "\u017fession 2")]:
        assert re.search(pattern, text)
        assert re.search(guarded(pattern), text).span() == re.search(pattern, text).span()


def test_each_blocker_matches_the_same_behind_its_guard() -> None:
    texts = PROSE + soup(400, seed=11)
    assert sum(guarded(p) != p for _b, p in filters._BLOCKERS) > len(filters._BLOCKERS) // 2
    for _buckets, pattern in filters._BLOCKERS:
        plain, guard = re.compile(pattern, re.M), re.compile(guarded(pattern), re.M)
        for text in texts:
            assert [m.span() for m in guard.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (pattern, text)


def test_a_compiled_pattern_is_guarded_with_its_flags() -> None:
    # a case-blind flag given to compile, not written in the pattern, folds the guard too
    blind = re.compile(r"\b(?:about|nearly)\s+\d", re.IGNORECASE)
    guarded_blind = guard_compiled(blind)
    assert guarded_blind.pattern != blind.pattern and guarded_blind.flags == blind.flags
    for text in ["About 5", "NEARLY 7", "x about 3", "a\u212a 2", "bout 4"]:
        got, want = guarded_blind.search(text), blind.search(text)
        assert (got and got.span()) == (want and want.span()), text
    assert guard_compiled(re.compile(r"x?")).pattern == "x?"  # nothing to guard: as it is


def test_units_behind_their_guards_match_as_the_plain_alternation() -> None:
    # MEASURE's units, each behind its own guard and all behind one: at every position of
    # prose and random text, the same span and the same unit group as without the guards
    plain = re.compile(
        rf"{units.H}*(?:"
        + "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _) in enumerate(units.MEASURE_UNITS))
        + r")(?![\w/])"
    )
    assert units.MEASURE.pattern != plain.pattern
    texts = [*PROSE, *soup(300, seed=5), "10 mg, 5 mL, 3 kg, 25℃, 2 st 4 lb, 6 ft 2 in, 9 mmHg"]
    for text in texts:
        for position in range(len(text) + 1):
            got, want = units.MEASURE.match(text, position), plain.match(text, position)
            assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|(?:b|c)|[|]|\||d", ["a", "(?:b|c)", "[|]", r"\|", "d"]),
        (r"[]|]x|[^]|]y|(?<=\()z", ["[]|]x", "[^]|]y", r"(?<=\()z"]),
        (r"(?i:one|two)(?=\s+(?:a|b))", [r"(?i:one|two)(?=\s+(?:a|b))"]),
    ],
)
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert top_level_branches(pattern) == branches
    assert "|".join(top_level_branches(pattern)) == pattern


def test_the_atom_behind_its_branch_guards_matches_as_the_plain_atom() -> None:
    # ATOM and ATOM_UNGROUPED with each branch guarded: at every position of prose and
    # random text, the same span and the same groups as the alternation as written
    for guarded_atom, plain in [
        (finder.ATOM, finder._atom(DIGITS)),
        (finder.ATOM_UNGROUPED, finder._atom(PLAIN_DIGITS)),
    ]:
        assert guarded_atom.pattern != plain.pattern
        for text in [*PROSE, *soup(200, seed=7), "twice as likely, a third of, 1½ cups, bd"]:
            for position in range(len(text) + 1):
                got, want = guarded_atom.match(text, position), plain.match(text, position)
                assert (got and (got.span(), got.groupdict())) == (
                    want and (want.span(), want.groupdict())
                ), (text, position)


def test_comparators_behind_their_guards_match_as_the_plain_alternation() -> None:
    # each comparator and each of its words guarded: the same match, comparator group and
    # span before every position of prose and random text, as the windows the finder reads
    plain = re.compile(
        r"(?:(?<![\w])|(?<=\w)(?=[<>≤≥⩽⩾]))(?:"
        + "|".join(
            f"(?P<c{i}>{p.format(H=units.H, A=lexicon._ARTICLE)})"
            for i, (p, _, _) in enumerate(lexicon.COMPARATORS)
        )
        + rf"){units.H}*\Z",
        re.IGNORECASE,
    )
    assert lexicon.COMPARATOR_BEFORE.pattern_object.pattern != plain.pattern
    extra = ["no more than 5", "AT LEAST 3", "max. dose: 4", "≥ 2", "Min. 30", "up to a 5"]
    for text in [*PROSE, *soup(300, seed=3), *extra]:
        for end in range(len(text) + 1):
            for width in (8, 40, 90):
                start = max(0, end - width)
                got = lexicon.COMPARATOR_BEFORE.search(text, start, end)
                want = plain.search(text, start, end)
                assert (got and (got.span(), got.lastgroup)) == (
                    want and (want.span(), want.lastgroup)
                ), (text, start, end)


def _scanned_patterns() -> list[tuple[str, StartScanned]]:
    modules = (
        alternatives,
        components,
        counted_shares,
        dot_thousands,
        even_chances,
        filters,
        finder,
        groups,
        lexicon,
        shorthand,
    )
    return [
        (f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value)
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, StartScanned)
    ]


SCANNED_TEXTS = [
    *PROSE,
    *soup(400, seed=31),
    "Patients with 2 risk factors, WOMEN OF 50 or over; a 50:50 chance, the odds are 50-50.",
    "32% under 35, at 40–42 it leads; born before 32 weeks; 120/80 mmHg; scored 7/10; 2+ protein",
    "a 1:160 titre, diluted 1 in 10; Lipitrex®-10; COVID -19; 49,- €; 2–5yrs: 2.5 mL; 5-to-11s",
    "İ ı ſ K: case-blind folds; μg/µg; PATİENTS WİTH 2 rısk factors, wOmen of 5ſ",
    "No. 5, ext. 12, Max. 4 g, Smith et al. (2019), e.g. the vs. 22%, incl. VAT, approx.5",
]


@pytest.mark.parametrize(("name", "scanned"), _scanned_patterns())
def test_start_scanned_whole_text_scans_find_what_the_plain_scans_find(
    name: str, scanned: StartScanned
) -> None:
    """Each whole-text scan skipped ahead by its first characters finds the same matches,
    groups and all, as the plain pattern, over a whole text and between two offsets."""
    # (skipped ahead by its first characters, or tried at the runs of digits only)
    assert scanned.finder is not None or scanned.at_digit_runs or scanned.at_run_ends, name
    plain = scanned.pattern_object
    for text in SCANNED_TEXTS:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in scanned.finditer(text)] == expected, text
        inner = [(m.span(), m.groups()) for m in plain.finditer(text, 3, len(text) - 2)]
        found = [(m.span(), m.groups()) for m in scanned.finditer(text, 3, len(text) - 2)]
        assert found == inner, text
        first = plain.search(text, 2)
        assert (first and first.span()) == ((m := scanned.search(text, 2)) and m.span())


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:people|patients)\s+with\s+\d", re.IGNORECASE),
        (r"(?<![\w.])\d+(?=\s*%)", 0),
        (r"(?i:ratio)s?\b|\bsex", 0),
        (r"^\s*[-*]\s+\d", re.MULTILINE),
        (r"(?:kg|KG)\b", 0),
    ],
)
def test_start_scanned_patterns_match_as_the_plain_ones(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    scanned = StartScanned(compiled)
    assert scanned.finder is not None
    texts = [*SCANNED_TEXTS, "Kg 5 kg ſex RATIO ratios Patients with 3\n - 4 people  WITH 5"]
    for text in texts:
        assert [m.span() for m in scanned.finditer(text)] == [
            m.span() for m in compiled.finditer(text)
        ], text


@pytest.mark.parametrize(("pattern", "flags"), [(r"x?", 0), (r"(?x) \d+ # a comment", 0)])
def test_start_scanned_leaves_what_it_cannot_follow_to_the_plain_pattern(
    pattern: str, flags: int
) -> None:
    scanned = StartScanned(re.compile(pattern, flags))
    assert scanned.finder is None
    assert [m.span() for m in scanned.finditer("a 12 x")] == [
        m.span() for m in re.compile(pattern, flags).finditer("a 12 x")
    ]


ABBREVIATION_TEXTS = [
    *SCANNED_TEXTS,
    *soup(1500, seed=49),
    "Approx. 5; approx.5 mg; et al. (2019); et\u00a0al., 4; e.g. x; i.e. y; cf. z; vs. 22%",
    "No. 1 and Nos. 2; Extn. 4, ext. 12, Tel. 020, Max. 4 g, Min. 30, inc. VAT, excl. tax",
    "ref. range: 3.5; Fig. 2; figs. 3-4; 12 wks. later; yrs. ago; 5 pts. died; vol. 3",
    "xNo. 1 _No. 2 2No. 3 éNo. 4 (No. 5) e.g.e.g. a i.e.i.e. b etal. 3 et  al. 4 . .No.",
    ".....No.No.No. 1 e.g..e.g. x approx.approx. 2 Approx.. 3",
]


def test_period_anchored_finds_what_the_plain_pattern_finds() -> None:
    """The abbreviations a full stop closes inside a sentence (nlp/components.py) are found
    from the full stops at the word starts before them, as the plain pattern finds them:
    every match starts at a word and holds a full stop within ``reach``."""
    scanned = components.ABBREVIATION_INSIDE
    assert isinstance(scanned, PeriodAnchored)
    plain = scanned.pattern_object
    for text in ABBREVIATION_TEXTS:
        expected = [(m.span(), m.group()) for m in plain.finditer(text)]
        assert [(m.span(), m.group()) for m in scanned.finditer(text)] == expected, text
        for m in plain.finditer(text):  # the promises the scan rests on
            assert "." in m.group()[: scanned.reach + 1], m.group()
            assert m.start() == 0 or not (
                text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"
            )
            assert text[m.start()].isalnum() or text[m.start()] == "_"
