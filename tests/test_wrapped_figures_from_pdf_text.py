"""Figures in text copied from a PDF (issue 11): a number wrapped across a line end where the
grouping shape says it is one number (``1,`` / ``200``, ``12 `` / ``500``), a range broken
after its dash (``7-`` / ``9 hours``), a hyphenated number word or ``per-cent`` broken at its
hyphen, a soft hyphen in a number word, the wave dash ``〜`` before a figure (approximate) and
``mol`` as a unit. Shapes that are two figures stay two (``2019,`` / ``200``, ``5, `` /
``200``, a plain-text ``12`` / ``500`` with no blank kept). Our own sentences, as plain text
and as Markdown, extracted in one run each; offsets checked."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

# (paragraph, [(figure text, low, high, unit, approx)]) read alike in .txt and .md
BOTH = [
    ("The ward saw 2,\n450 patients in all.",
     [("2,\n450 patients", 2450, 2450, "patients", False)]),
    ("Stocks reached 1,250,\n000 doses.",
     [("1,250,\n000 doses", 1250000, 1250000, "doses", False)]),
    ("A total of 36 \n800 adults enrolled.",
     [("36 \n800 adults", 36800, 36800, "adults", False)]),
    ("Teens need 8-\n10 hours of sleep.", [("8-\n10 hours", 8, 10, "hour", False)]),
    ("Most stays last 3–\n5 days.", [("3–\n5 days", 3, 5, "day", False)]),
    ("Smoking fell by 9 per-\ncent last year.", [("9 per-\ncent", 9, 9, "percent", False)]),
    ("Costs rose by 6 per\u00ad\ncent again.", [("6 per\u00ad\ncent", 6, 6, "percent", False)]),
    ("The unit had forty-\ntwo cots.", [("forty-\ntwo cots", 42, 42, "cots", False)]),
    ("The unit had thirty\u00adsix cots.", [("thirty\u00adsix cots", 36, 36, "cots", False)]),
    ("Roughly \u301c15% of users stopped.", [("\u301c15%", 15, 15, "percent", True)]),
    ("Each dose holds 0.4 mol of salt.", [("0.4 mol", 0.4, 0.4, "mol", False)]),
    # two figures: a year before the comma, a list's comma and blank
    ("In 2020,\n300 nurses left.", [("300 nurses", 300, 300, "nurses", False)]),
    ("Scores were 4, \n120 and 9.", [("4", 4, 4, None, False), ("120", 120, 120, None, False),
                                     ("9", 9, 9, None, False)]),
]  # fmt: skip


def _extract(folder, suffix):
    path = folder / f"wrapped.{suffix}"
    path.write_text("\n\n".join(text for text, _e in BOTH) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    found = {paragraph: [] for paragraph, _e in BOTH}
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for quantity in claim["quantities"]:
            assert text[quantity["start"] : quantity["end"]] == quantity["text"]
            owner = next(
                p for p in found if text.index(p) <= quantity["start"] < text.index(p) + len(p)
            )
            found[owner].append(quantity)
    return found


@pytest.fixture(scope="module", params=["txt", "md"])
def extracted(request, tmp_path_factory):
    return _extract(tmp_path_factory.mktemp(f"wrapped_{request.param}"), request.param)


@pytest.mark.parametrize(("text", "expected"), BOTH, ids=[t[:30] for t, _ in BOTH])
def test_wrapped_figure_reads_as_on_one_line(extracted, text, expected):
    got = extracted[text]
    assert [q["text"] for q in got] == [e[0] for e in expected]
    for quantity, (_surface, low, high, unit, approx) in zip(got, expected, strict=True):
        assert (quantity["low"], quantity["high"]) == (pytest.approx(low), pytest.approx(high))
        assert quantity["unit"] == unit
        assert quantity["approx"] is approx


def test_the_line_by_line_search_finds_what_the_whole_text_scan_finds():
    """``canvas.wrapped_in_figures`` searches only lines that end as a wrap can: the same
    matches as ``WRAPPED_IN_FIGURE.finditer`` on texts dense in the pattern's shapes."""
    import random

    from claimcheck.documents.canvas import WRAPPED_IN_FIGURE, wrapped_in_figures

    pieces = [
        *("1", "12", "200", "000", "2019", "1,", "5,", ",", ".", ")", "%", "x", "days"),
        *(" ", "  ", "\t", "\u00a0", "\n", "\r\n", "\n  ", "\n\t", "-", "\u2013", "\u00ad"),
        *("twenty", "Forty", "-five", "five", "seven", "per", "cent", "centre"),
    ]
    rng = random.Random(17)
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        expected = [match.span() for match in WRAPPED_IN_FIGURE.finditer(text)]
        assert [match.span() for match in wrapped_in_figures(text)] == expected, repr(text)
        matched += bool(expected)
    assert matched > 100  # the texts do wrap figures
