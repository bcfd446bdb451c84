"""Athletes, players, runners, soldiers, nurses … are people whose age a group label gives
(``athletes under 25``), as ``patients under 35`` is: no figure to verify."""

from __future__ import annotations

import pytest

from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantities.groups import find_group_labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Athletes under 25 who return to sport face a 23% chance of a second injury.",
            "Athletes under 25",
        ),
        ("Among football players aged 18–24, 4.1% had a concussion.", "players aged 18–24"),
        ("Runners over 40 had 12% fewer injuries.", "Runners over 40"),
        ("Nurses under 30 reported burnout in 31%.", "Nurses under 30"),
    ],
)
def test_an_age_after_a_sports_or_work_noun_is_a_group(text, label):
    assert label in [g.text for g in find_group_labels(text)]
    label_numbers = {w for w in label.split() if any(c.isdigit() for c in w)}
    assert not label_numbers & {w for q in find_quantities(text) for w in q.text.split()}
