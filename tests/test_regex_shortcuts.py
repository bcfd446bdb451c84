"""The regex shortcuts of issue 17's throughput work find exactly what the plain patterns find.

- the blockers skip, inside a word, the alternatives that only start at a word boundary
  (nlp/quantities/word_starts.py);
- the words looked for before a figure (comparator, approximation, currency) are searched only
  when the character before the blanks is one they can end with (nlp/quantities/end_anchored.py);
- whole-text scans run only on a text holding a word every match needs
  (nlp/quantities/required_words.py).
"""

from __future__ import annotations

import random
import re

import pytest

from claimcheck.nlp.quantities import filters, finder, groups, lexicon, shared_bounds, units
from claimcheck.nlp.quantities.end_anchored import EndAnchored
from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.required_words import Gated, required_strings
from claimcheck.nlp.quantities.word_starts import (
    at_word_starts,
    refuses_after_digit,
    requires_character,
    starts_at_boundary,
)

PIECES = (
    " ", "  ", "\t", "\n", "\u00a0", "\u202f", "-", "–", "/", ":", ".", ",", "(", ")", "[", "]",
    "#", "+", "~", "^", "@", "$", "€", "£", "kr", "US$", "CHF", "No.", "no.", "ext", "Mon", "Fri",
    "9", "12", "2024", "07", "1.2.3", "45%", "3,000", "0-10", "www.", "https://", "doi:",
    "10.1000/xyz", "about", "nearly", "~", "≥", "more than", "at least", "up to", "a maximum of",
    "max", "fewer than", "aged", "patients", "scale", "scored", "open", "call", "page", "of",
    "Street", "Rd", "Via", "PMID", "ISBN", "v2.1", "NHS number", "option", "ratio", "see",
)  # fmt: skip


def soup(count: int, seed: int) -> list[str]:
    """Random texts of the pieces above: figures, signs, words and blanks side by side."""
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(3, 40))) for _ in range(count)]


PROSE = [
    "Open Mon–Fri 9–5; call 020 7946 0000 ext 12 or see section 4.2 for details.",
    "About 45% of 3,000 adults (PMID: 12345678) scored 0 to 10 on the scale, where 10 is worst.",
    "At least US$1,200 or more than €300 a month, nearly 1 in 4; up to a maximum of 4 g daily.",
    "Version 2.1.3 of the form, No. 5 in the list, and 12 Baker Street, London NW1 6XE.",
]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bword", True),
        (r"\b(?:one|two)\d", True),
        (r"(?:\b\d+\s*)?\bof", True),
        (r"(?<![\w.,])0\d", True),
        (r"(?=\d)\b\d", True),
        (r"\bN\d|x\d", False),  # one way in starts anywhere
        (r"(?:\bx)?y", False),  # an optional start
        (r"(?<![.,])0", False),  # a look-behind that allows a letter before
        (r"(?<![^\w])0", False),  # a negated class: a word character before is fine
        (r"(?:https?://|www\.)\S+", False),
    ],
)
def test_starts_at_boundary(pattern: str, expected: bool) -> None:
    assert starts_at_boundary(pattern) is expected


def test_dispatched_blockers_find_what_the_flat_alternation_finds() -> None:
    flat = re.compile(
        "|".join(
            f"(?={first})(?:" + "|".join(f"(?:{p})" for b, p in filters._BLOCKERS if k in b) + ")"
            for k, first in filters._FIRST_CHARS.items()
        ),
        re.MULTILINE,
    )
    for text in PROSE + soup(600, seed=3):
        expected = [m.span() for m in flat.finditer(text)]
        assert [m.span() for m in filters.BLOCKERS.finditer(text)] == expected, text


def test_word_start_alternation_keeps_the_order_of_its_alternatives() -> None:
    # two alternatives match at the same place: the first listed wins, as in a plain "|"
    patterns = [r"\bab", r"abc", r"\babcd"]
    joined = re.compile(at_word_starts(patterns, "[a-z]"))
    assert joined.match("abcd").group() == "ab"
    assert joined.search("xabcd").group() == "abc"  # inside a word only "abc" can start


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b\d", True),
        (r"(?<![\d.,])\d", True),
        (r"(?<![\w.])\d", True),
        (r"^\d", True),
        (r"(?:^|[\u2028\u2029]+)[ \t]*\d", True),
        (r"(?<=, )\d", True),
        (r"(?:(?<=\bper )|(?<=[:;]))\d", True),
        (r"(?<![.,])\d", False),  # a digit before is allowed
        (r"(?<![0-9])\d", False),  # not every \d (a Devanagari digit is one)
        (r"(?<=\d)\d", False),
        (r"(?<=[^a])\d", False),  # a negated class may hold a digit
        (r"\(?\d+", False),
        (r"(?:19|20)\d0s|(?<=\bthe )\d0s", False),  # one way in starts anywhere
        (r"(?:\bx)?\d", False),  # an optional start
    ],
)
def test_refuses_after_digit(pattern: str, expected: bool) -> None:
    assert refuses_after_digit(pattern) is expected


DIGIT_PIECES = (
    "0", "1", "9", "12", "123", "2024", "1955", "07", "٣", "४२", "1,234", "1.5", "1:160",
    "12/12/2020", "3-4", "(", ")", " ", ", ", ": ", "\n", "\u2029", "\u2029 ", "per ", "for a ",
    "the ", "and ", "x", "×", "-", "+", "age", "weight", "kg", "%", "0800 123 4567", "+44 20",
    "'", "’", "s", "a.m.", "am", "Jan", "NCT0123", "°", "St", "Rd", "v2.1", "No. 5", "L",
)  # fmt: skip


def test_digit_bucket_tries_after_a_digit_what_can_start_there() -> None:
    # the blockers' digit alternatives, tried inside a run of digits only where they can
    # start after one, find what the whole alternation finds (digit-heavy text, Unicode
    # digits, line starts and look-behinds at a space)
    rng = random.Random(59)
    texts = [
        "".join(rng.choice(DIGIT_PIECES) for _ in range(rng.randint(3, 30))) for _ in range(800)
    ]
    digit = [p for bucket, p in filters._BLOCKERS if "d" in bucket]
    plain = re.compile(r"(?=\d)(?:" + "|".join(f"(?:{p})" for p in digit) + ")", re.MULTILINE)
    split = re.compile(at_word_starts(digit, r"\d"), re.MULTILINE)
    assert "(?<=\\d)" in split.pattern  # the split is made
    for text in PROSE + texts:
        for start in range(len(text)):
            expected = plain.match(text, start)
            found = split.match(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)
        assert [m.span() for m in filters.BLOCKERS.finditer(text)] == [
            m.span() for m in split_all().finditer(text)
        ]


def split_all() -> re.Pattern[str]:
    """The blockers as one flat alternation per first character (what BLOCKERS must find)."""
    return re.compile(
        "|".join(
            f"(?={first})(?:" + "|".join(f"(?:{p})" for b, p in filters._BLOCKERS if k in b) + ")"
            for k, first in filters._FIRST_CHARS.items()
        ),
        re.MULTILINE,
    )


END_ANCHORED = [
    lexicon.COMPARATOR_BEFORE,
    lexicon.APPROX_BEFORE,
    units.CURRENCY_BEFORE,
    # ending in blanks that are not a final {H}* (``from{H}+\Z``, a group of endings)
    lexicon.BETWEEN_BEFORE,
    lexicon.STATISTIC_BEFORE,
    lexicon.STATISTIC_WORDS_BEFORE,
    finder.PLUS_MINUS_BEFORE,
    finder.PLUS_OR_BEFORE,
    finder.TO_CENTRE_BEFORE,
    finder.FROM_BEFORE,
    finder.FROM_JUST_BEFORE,
    finder.FROM_BASELINE_BEFORE,
    finder.PROTECTION_FACTOR_BEFORE,
    filters.SCHEDULE_LIST_HEAD,
    filters._SIZE_BEFORE,
    filters._THIS_BEFORE,
    *filters._IDENTIFIER_IS,
    filters._BETWEEN,
    filters._PLURAL_TIME_WORD,
    shared_bounds.PHRASE_THEN_AND,
]
ENDINGS = (
    "between ", "from  ", "FROM\t", "HR = ", "aOR, ", "RR was ", "P ", "p=", "hazard ratio (HR) ",
    "odds ratio of ", "p-value: ", "plus or minus ", "plus-or-", "+/-", "± ", "to a mean of ",
    "from baseline of ", "from a high of ", "from just ", "from a mere ", "SPF ", "at weeks ",
    "order size ", "this ", "R² = ", "NNTB ", "trend=", "for interaction: ", "the code is ",
    "batch number was ", "lot number: ", "ref no. ", "serial no ", "weeks ", "4 days ",
    " in men and ", " for adults, ", " (women) or ", " of men, while ", " among all whereas ",
)  # fmt: skip


@pytest.mark.parametrize("searcher", END_ANCHORED)
def test_end_anchored_searches_match_the_plain_search(searcher: EndAnchored) -> None:
    plain = searcher.pattern_object
    rng = random.Random(13)
    endings = [rng.choice(PIECES) + " " + ending for ending in ENDINGS for _ in range(3)]
    for text in PROSE + soup(400, seed=11) + endings:
        for end in range(len(text) + 1):
            for width in (8, 40):
                start = max(0, end - width)
                got, want = searcher.search(text, start, end), plain.search(text, start, end)
                assert (got and (got.span(), got.groupdict())) == (
                    want and (want.span(), want.groupdict())
                ), (text, start, end)


def test_end_anchored_gate_is_read_from_the_pattern() -> None:
    about = EndAnchored(re.compile(r"(?<!\w)(?:about|nearly|~)[ \t]*\Z", re.IGNORECASE))
    assert about.search("ABOUT  ") is not None
    assert about.search("that is") is None
    assert about.search("roughly ~ ") is not None
    # a pattern whose words may end in any blank is searched as it is, never skipped
    loose = EndAnchored(re.compile(r"x\s[ \t]*\Z"))
    assert loose.search("a x\n ") is not None
    assert loose.search("a x\n y") is None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [(r"[\w.]+@\w+", True), (r"a@?b", False), (r"(?:x@|y@)z", True), (r"x|@", False)],
)
def test_requires_character(pattern: str, expected: bool) -> None:
    assert requires_character(pattern, "@") is expected


def test_blockers_without_an_at_sign_find_the_same_in_text_without_one() -> None:
    without = filters._blockers_without_at()
    texts = [t.replace("@", " ") for t in PROSE + soup(600, seed=5)]
    texts.append("Write to clinic.team@example.org or call 020 7946 0000.".replace("@", " at "))
    for text in texts:
        expected = [m.span() for m in filters.BLOCKERS.finditer(text)]
        assert [m.span() for m in without.finditer(text)] == expected, text
    assert filters.blocked_spans("mail help@clinic.org by 5 May") == [
        m.span() for m in filters.BLOCKERS.finditer("mail help@clinic.org by 5 May")
    ]


@pytest.mark.parametrize(
    ("pattern", "flags", "needles", "blind"),
    [
        (r"(?i:born|delivered)\s+\d", 0, ("born", "delivered"), True),
        (r"\d+ (?:tabs?|caps?)\b", 0, ("tab", "cap"), False),
        (r"\d+(?:st|nd)? of May", 0, (" of May",), False),
        (r"x?\d+", 0, (), False),  # nothing every match needs
        (r"(?:ab|)\d", 0, (), False),  # an empty way through
        (r"AGE GROUP", re.IGNORECASE, ("age group",), True),
        # repeats, and any string that holds another of the set, left out: a text holds one
        # of the set exactly when it holds one of the rest
        (r"\b(?:seven|seventeen|seventy|ten|often|ten)\b", 0, ("seven", "ten"), False),
        (r"(?:\+|-plus|plus)\s*\d", 0, ("+", "plus"), False),
    ],
)
def test_required_strings(pattern: str, flags: int, needles: tuple[str, ...], blind: bool) -> None:
    found, case_blind = required_strings(re.compile(pattern, flags))
    assert found == needles
    assert not found or case_blind is blind


def test_gated_scans_find_what_the_plain_scans_find() -> None:
    texts = (
        PROSE
        + soup(300, seed=9)
        + [
            "Babies BORN before 28 weeks of gestation; the 18–24 age group and the 65+ Age Band.",
            "babies delıvered before 28 weeks",  # a dotless i: case-blind matching reads an i
            "Delivered after 42 weeks, the 50 and over age bracket, 25-34-year age cohort.",
        ]
    )
    for gated in (groups.NAMED_AGE_GROUP, groups.BORN_BEFORE):
        assert isinstance(gated, Gated) and gated.needles
        for text in texts:
            expected = [m.span() for m in gated.pattern_object.finditer(text)]
            assert [m.span() for m in gated.finditer(text)] == expected, text
    assert [m.group() for m in groups.BORN_BEFORE.finditer(texts[-2])] == [
        "delıvered before 28 weeks"
    ]


def test_footnote_mark_scans_run_only_where_their_mark_can_be() -> None:
    """:func:`finder._marks_invisible` scans a text with each footnote pattern only when the
    text holds what every match of it holds (the mark, or an HTML tag's five blanks), and
    :func:`finder.find_quantities` with the raised-ordinal pattern only where its letters are: on
    random texts of marks, number words, units and blanks, each pattern matches only where
    its gate does, so the skipped scans would have found nothing."""
    from claimcheck.nlp.quantities import finder

    marks = ("¹", "²", "⁰", "†", "‡", "§", "¶", "*", "**", "ᵃ", "ᵍ", "ᵃ,ᵇ", " " * 5, " " * 6)
    marks += ("ˢᵗ", "ⁿᵈ", "ʳᵈ", "ᵗʰ", "ᵗ", "ʰ")  # a raised ordinal's letters
    words = ("Two", "thirds", "Half", "seventy", "one in five", "8", "75", "mg", "nmol/L", "cm")
    pieces = (*marks, *words, " ", "\u00a0", ",", ".", ")", "patients", "of", "x", "\n")
    rng = random.Random(23)
    texts = [
        *PROSE,
        *["".join(rng.choice(pieces) for _ in range(rng.randint(2, 30))) for _ in range(4000)],
    ]
    texts += [
        "Two-thirds¹ of adults",
        "Half* of",
        "5 mg¹ daily",
        "8     ᵃ     patients",
        "8ᵃ patients",
    ]
    gates = (
        (finder.FOOTNOTE_MARK_AFTER_WORDS, finder._WORD_NUMBER_MARK),
        (finder.FOOTNOTE_AFTER_UNIT, finder._SUPERSCRIPT_DIGIT),
        (finder.MARK_BETWEEN_NUMBER_AND_NOUN, finder._RAISED_OR_PADDED),
        (finder.RAISED_ORDINAL, finder.RAISED_LETTER),
    )
    matched = [0, 0, 0, 0]
    for text in texts:
        for index, (pattern, gate) in enumerate(gates):
            if pattern.search(text):
                matched[index] += 1
                assert gate.search(text), (pattern.pattern[:40], text)
        assert finder._raised_or_padded(text) is bool(finder._RAISED_OR_PADDED.search(text))
    assert all(matched)  # each pattern met texts it matches


def test_group_ratios_are_tried_only_before_a_ratio() -> None:
    """The group-ratio scan tries the pattern only at the word starts before each ``ratio``
    (nlp/quantities/group_ratios.py): the same matches as the plain scan, on texts of ratio
    names, joiners, case-folded letters and figures."""
    from claimcheck.nlp.quantities import group_ratios
    from claimcheck.nlp.quantities.numbers import H

    assert {c for c in map(chr, range(0x3000)) if re.fullmatch(H, c)} < group_ratios._NAME_CHARS
    pieces = (
        "ratio", "Ratio", "RATIOS", "duration", "sex", "gender", "female", "male", "women",
        "men", "-to-", "‐to‐", ":", "/", " ", "  ", "\u00a0", "\t", "\n", "of", "to", "is",
        "about", "(M:F)", "9:1", "2.5:1", "1:4", "0:3", ".", ",", "K", "ſ", "ı", "İ", "x", "3",
    )  # fmt: skip
    rng = random.Random(41)
    texts = [
        *PROSE,
        "the female-to-male ratio is about 9:1, a male:female ratio of 3:1 and the ratio of "
        "women to men was 2.5:1; a sex ratio (M:F) of 1:4; the Gender Ratio was 2:1.",
        "the duration ratio 3:1; male/female ratio 2:1",
        *["".join(rng.choice(pieces) for _ in range(rng.randint(3, 30))) for _ in range(3000)],
    ]
    names = ("female", "Male", "women", "sex", "GENDER", "x", "ſex", "men2", "")
    joins = ("-to-", "‐to‐", ":", " / ", " ", "-", "")
    for _ in range(3000):
        parts = [rng.choice(pieces), rng.choice(names), rng.choice(joins), rng.choice(names)]
        parts += [rng.choice((" ", "  ", "\u00a0", "")), rng.choice(("ratio", "Ratios", "ratio"))]
        parts += [
            rng.choice((" of ", " is ", " (M:F) ", " was about ", ": ", " ")),
            rng.choice(pieces),
        ]
        parts.append(rng.choice(("9:1", "2.5:1", "1:4", "0:3", "12 : 1.5", "1:100,", "3")))
        texts.append("".join(parts))
    for text in texts:
        expected = [(m.span(), m.groups()) for m in group_ratios.GROUP_RATIO.finditer(text)]
        found = [(m.span(), m.groups()) for m in group_ratios._group_ratio_matches(text)]
        assert found == expected, text
    assert sum(bool(list(group_ratios.GROUP_RATIO.finditer(t))) for t in texts) > 500


def test_group_scans_are_tried_only_before_their_words() -> None:
    """A person of an age and a counted group are tried only at the word before ``of N`` and
    before ``with``/``who``/``having``, and ``of age`` is found from its words
    (nlp/quantities/groups.py): the same matches as the plain scans, on texts of nouns,
    joining words, counts, blanks and folded letters."""
    nouns = ("women", "Men", "PATIENTS", "people", "children", "smokers", "ſmokers", "adult")
    joins = (" of ", "  of\u00a0", " with ", " WHO HAVE ", " who has had ", " having ", " Of ")
    counts = ("50", "2", "two", "12", "at least 3", "120 years old", "3 or more", "x")
    tails = (
        " risk factors", " children,", " years.", " who", " and", " visits", ";", " is", "\n"
    )  # fmt: skip
    rng = random.Random(43)
    texts = [*PROSE]
    for _ in range(4000):
        parts = [rng.choice(PIECES), rng.choice(nouns), rng.choice(joins)]
        parts += [rng.choice(counts), rng.choice(tails), rng.choice(PIECES), rng.choice(nouns)]
        texts.append("".join(parts))
    texts += [f"{t} of\u00a0 age{rng.choice(PIECES)}roof age,  of age" for t in texts[-300:]]
    for text in texts:
        expected = [(m.span(), m.groups()) for m in groups.OF_AGE.finditer(text)]
        assert [(m.span(), m.groups()) for m in groups._of_age_matches(text)] == expected, text
    for pattern, scan in (
        (groups.PERSON_OF_AGE, groups._person_of_age_matches),
        (groups.COUNTED_GROUP, groups._counted_group_matches),
    ):
        matched = 0
        for text in texts:
            expected = [(m.span(), m.groups()) for m in pattern.pattern_object.finditer(text)]
            assert [(m.span(), m.groups()) for m in scan(text)] == expected, text
            matched += bool(expected)
        assert matched > 100


WINDOWED = [
    (finder._sign_before, finder.NEGATIVE_BEFORE),
    (finder._arrow_from_figure, finder.ARROW_FROM_FIGURE),
]
SIGNS_AND_ARROWS = (
    "-", "−", "–", "—", "minus", "minus ", "minus\u00a0", "minus-", "xminus ", "9.2 -> ",
    "92 kg --> ", "160=>", "58 → ", "1 ⟶ ", "2% ➔ ", "3 ➝ ", "a ->", "=>", ">", "s ", "plus ",
)  # fmt: skip


@pytest.mark.parametrize(("gated", "plain"), WINDOWED)
def test_windowed_gates_find_what_the_plain_search_finds(gated, plain) -> None:
    rng = random.Random(17)
    built = ["".join(rng.choice(PIECES + SIGNS_AND_ARROWS) for _ in range(6)) for _ in range(300)]
    for text in PROSE + soup(300, seed=19) + built:
        for end in range(len(text) + 2):
            for width in (7, 40, 48):
                start = max(0, end - width)
                got, want = gated(text, start, end), plain.search(text, start, end)
                assert (got and (got.span(), got.groupdict())) == (
                    want and (want.span(), want.groupdict())
                ), (text, start, end)


CRUMB_PIECES = (
    "›", "»", "→", "‣", " > ", ">", " ", "  ", "\n", "\n\n", "\u2028", "\u2029", "2.", "2.1 ",
    "Overview", "Home", "3 ", "Fees", " > 4. Fees", "per", "x",
)  # fmt: skip


def test_breadcrumb_lines_are_the_lines_the_plain_pattern_finds() -> None:
    """The lines a breadcrumb trail may stand in are found from its marks, not by the plain
    pattern tried at every character (quadratic in a line's length); both find the same."""
    rng = random.Random(52)
    texts = [
        "".join(rng.choice(CRUMB_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(20000)
    ]
    for text in texts:
        plain = [match.span() for match in filters._CRUMB_LINE.finditer(text)]
        assert list(filters._crumb_lines(text)) == plain, text
    assert any(filters.breadcrumb_numbers(text) for text in texts)


SCAN_PIECES = (
    "24.12.2025", "24.12.", "1.2.", " to ", " until ", " bis ", "8h", "8 h 30", "18h-20h", "9h30",
    "at 17.30", "until 16.45", "till 13:05", "section 5", "paragraph 25(4)(a)", "s. 12(1)",
    "Art. 3", "buy 2 get 1 free", "Buy one, get another half price", "3 tests for the price of 2",
    "2 for £30", "vaccinated at 8 weeks", "due at 12 months", "from 65 years", "from 2 to 5",
    "collar size 15-16", "neck 38 cm", "waist 32-34 inches", "hip size 40", "compared with half",
    "versus a third in 1990", "vs. a quarter", "(£000)", "(in thousands of dollars)",
    "($ millions)", "call 111", "999", "dial 911 now", "000", "1-800", "İ", "K", "ſ",
)  # fmt: skip


def _scans() -> list[tuple[str, Gated | StartScanned]]:
    from claimcheck.nlp.quantities import (
        body_sizes,
        clock_times,
        compared_shares,
        legal_references,
        scale_headers,
        service_numbers,
        youngest_ages,
    )

    return [
        ("DOTTED_DATE", clock_times.DOTTED_DATE),
        ("TIME_SPAN", clock_times.TIME_SPAN),
        ("TIME_WITH_MINUTES", clock_times.TIME_WITH_MINUTES),
        ("AFTERNOON_AT", clock_times.AFTERNOON_AT),
        ("LEGAL_REFERENCE", legal_references.LEGAL_REFERENCE),
        ("OFFER", finder.OFFER),
        ("SCHEDULE_AT", youngest_ages.SCHEDULE_AT),
        ("FROM_AGE", youngest_ages.FROM_AGE),
        ("BAND", body_sizes.BAND),
        ("COMPARED_SHARE", compared_shares.COMPARED_SHARE),
        ("SCALE_HEADER", scale_headers.SCALE_HEADER),
        ("NUMBER", service_numbers.NUMBER),
    ]


def test_whole_text_scans_find_what_the_plain_patterns_find() -> None:
    """The figure reader's whole-text scans that run behind a start scan or a needle check
    (session 60: a seventh of extraction on the shared drafts) give the same matches, groups
    and all, as their plain patterns, over whole texts and between offsets."""
    rng = random.Random(60)
    texts = [
        *PROSE,
        *soup(200, seed=60),
        *(
            "".join(rng.choice(SCAN_PIECES + PIECES) for _ in range(rng.randint(2, 25)))
            for _ in range(600)
        ),
    ]
    for name, wrapped in _scans():
        assert isinstance(wrapped, (Gated, StartScanned)), name
        plain = wrapped.pattern_object
        for text in texts:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in wrapped.finditer(text)] == expected, (
                name,
                text,
            )
            middle = len(text) // 3
            expected = [(m.span(), m.groups()) for m in plain.finditer(text, middle, 2 * middle)]
            found = [(m.span(), m.groups()) for m in wrapped.finditer(text, middle, 2 * middle)]
            assert found == expected, (name, text)
            one, other = plain.search(text), wrapped.search(text)
            assert (one and (one.span(), one.groups())) == (
                other and (other.span(), other.groups())
            )
