"""A fraction word after a word that ranks names a group by its rank (session 45): ``the
poorest fifth of families`` is who a figure is about, kept as a group label, never a proportion
of 0.2 to verify; ``a fifth of adults smoke`` stays a proportion."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

GROUPS = [
    # (text, the figures read, the group label: text, low, high, noun)
    ("Children in the poorest fifth of families were twice as likely to be obese.",
     [fig("twice", 2, unit="fold")], ("poorest fifth of families", 0.0, 0.2, "families")),
    ("Obesity was 31% in the most deprived fifth of areas.",
     [fig("31%", 31, unit="percent")], ("most deprived fifth of areas", 0.8, 1.0, "areas")),
    ("The poorest third of the population received 12% of care.",
     [fig("12%", 12, unit="percent")],
     ("poorest third of the population", 0.0, 1 / 3, "population")),
    ("The lowest fifth of incomes saw 30% rises.",
     [fig("30%", 30, unit="percent")], ("lowest fifth of incomes", 0.0, 0.2, "incomes")),
    ("Rates in the poorest two fifths of households were 18%.",
     [fig("18%", 18, unit="percent")],
     ("poorest two fifths of households", 0.0, 0.4, "households")),
    ("Among the least deprived fifth, 9% smoked.",
     [fig("9%", 9, unit="percent")], ("least deprived fifth", 0.0, 0.2, None)),
    ("In the richest tenth of households, 8% smoked.",
     [fig("8%", 8, unit="percent")], ("richest tenth of households", 0.9, 1.0, "households")),
    ("Smoking in the bottom quarter of earners was 25%.",
     [fig("25%", 25, unit="percent")], ("bottom quarter of earners", 0.0, 0.25, "earners")),
    ("People in the top fifth of the income distribution lived 7 years longer.",
     [fig("7 years", 7, unit="year")],
     ("top fifth of the income distribution", 0.8, 1.0, "income distribution")),
]  # fmt: skip

PROPORTIONS = [
    ("A fifth of adults smoke.", [fig("A fifth", 0.2, unit="proportion")]),
    ("Up to a third of people in the richest half of areas smoke.",
     [fig("Up to a third", None, 1 / 3, unit="proportion", li=True)]),
    ("In most patients half the dose is enough.", [fig("half", 0.5, unit="proportion")]),
    ("The fifth poorest country spent $40 per head.", [fig("$40 per head", 40, unit="USD")]),
]  # fmt: skip

TEXTS = [t for t, *_ in GROUPS] + [t for t, _ in PROPORTIONS]


def _extract(tmp_path_factory) -> tuple[dict, dict]:
    """The figures of each text, and the group labels of its claims (by text)."""
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    folder = tmp_path_factory.mktemp("ranked")
    figures = extract_paragraphs(folder, TEXTS)
    path = folder / "groups.md"
    path.write_text("\n\n".join(TEXTS) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    groups: dict = {}
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        groups.setdefault(claim["text"], []).extend(claim["groups"])
    return figures, groups


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return _extract(tmp_path_factory)


@pytest.mark.parametrize(("text", "figures", "group"), GROUPS, ids=[t[:40] for t, *_ in GROUPS])
def test_a_ranked_fraction_is_a_group_label(extracted, text, figures, group):
    found, groups = extracted
    assert_read_as(found[text], text, figures)
    label, low, high, noun = group
    ((read,),) = [[g for g in groups[text] if g["unit"] == "ranked share"]]
    assert (read["text"], read["noun"]) == (label, noun)
    assert (read["low"], read["high"]) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "expected"), PROPORTIONS, ids=[t[:40] for t, _ in PROPORTIONS])
def test_a_fraction_without_a_rank_stays_a_proportion(extracted, text, expected):
    found, _groups = extracted
    assert_read_as(found[text], text, expected)
