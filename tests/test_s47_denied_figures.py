"""A figure its sentence denies is no conflict (session 47): myth-busting pages and FAQs
repeat a wrong figure to deny it ("It is a myth that …", "does not affect 20% of …",
"affects not 20% but 9%", "…, but this is wrong"). CC101 there accused the draft of the very
error it corrects; lint now reports nothing for such a figure. The same figure asserted is
still a conflict, and a negated limit ("not more than") is the figure's bound, not a denial."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        approved_claim(
            "marsh-fever-adults-freedonia",
            "In Freedonia, marsh fever affects 23% of adults over 50.",
            23,
            "marsh fever",
            "Freedonia, adults, over 50",
        ),
        approved_claim(
            "quinavir-relapse",
            "Quinavir cuts the risk of a marsh fever relapse by 64%.",
            64,
            "quinavir",
            "marsh fever, relapse, relative risk reduction",
        ),
        valued_claim(
            "quinavir-max-dose",
            "Adults should take no more than 4 g of quinavir a day.",
            "{high: 4, unit: g/day}",
            "quinavir",
            "maximum dose, adults",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is a myth that marsh fever affects 50% of adults over 50 in Freedonia.", {}),
        ("It's not true that 50% of adults over 50 in Freedonia have marsh fever.", {}),
        ("In Freedonia, marsh fever does not affect 50% of adults over 50.", {}),
        ("Quinavir doesn't cut the risk of a marsh fever relapse by 90%.", {}),
        ("In Freedonia, marsh fever affects not 50% but 23% of adults over 50.", {}),
        (
            "Some sites say marsh fever affects 50% of adults over 50 in Freedonia, but this "
            "is wrong.",
            {},
        ),
        (
            "The idea that marsh fever affects 50% of adults over 50 in Freedonia is a myth.",
            {},
        ),
        ("Many people wrongly believe that 50% of Freedonian adults over 50 have marsh fever.", {}),
        ("Myth: marsh fever affects 50% of adults over 50 in Freedonia.", {}),
        # asserted, it is a conflict as before; so is a denial denied
        (
            "It is not a myth that marsh fever affects 50% of adults over 50 in Freedonia.",
            {"50%": ("CC101", "marsh-fever-adults-freedonia")},
        ),
        (
            "In Freedonia, marsh fever affects 50% of adults over 50.",
            {"50%": ("CC101", "marsh-fever-adults-freedonia")},
        ),
        (
            "Quinavir cuts the risk of a marsh fever relapse by 90%.",
            {"90%": ("CC101", "quinavir-relapse")},
        ),
        # a negation in a phrase set off from the figure, or in a relative clause, is not
        # the figure's verb negated
        (
            "For adults who could not take quinavir, marsh fever affected 50% of those over 50 "
            "in Freedonia.",
            {"50%": ("CC101", "marsh-fever-adults-freedonia")},
        ),
        # "were false positives", "False-positive recalls …" deny nothing
        (
            "False-positive results affect 50% of adults over 50 tested for marsh fever in "
            "Freedonia.",
            {"50%": ("CC101", "marsh-fever-adults-freedonia")},
        ),
        # a negated limit is the figure's own bound
        (
            "Adults should not take more than 6 g of quinavir a day.",
            {"more than 6 g": ("CC101", "quinavir-max-dose")},
        ),
    ],
)
def test_denied_figures(lint_text, text, expected):
    assert lint_text(text) == expected
