"""What a change started from, said as a high, peak or low (``fell from a high of 32% to
13%``), is its ``before`` end; ``up``/``down`` after a form of *be* is a verb of change, so
``were up 12% to 4,500`` is a change of 12%, then the level reached (``after``); a phrasal
verb of change (``shot up``, ``came down``) makes ``from X to Y`` a change too."""

from __future__ import annotations

from pathlib import Path

import pytest

# sentence, [(figure's text, value, role)]
CASES = [
    ("Obesity fell from a peak of 28% to 24%.", [("28%", 28, "before"), ("24%", 24, "after")]),
    (
        "Waits dropped from a high of 40 weeks to 18 weeks.",
        [("40 weeks", 40, "before"), ("18 weeks", 18, "after")],
    ),
    (
        "Uptake rose from a low of 51% in 2015 to 77%.",
        [("51%", 51, "before"), ("77%", 77, "after")],
    ),
    (
        "Cases fell from a record high of 900 to 310.",
        [("900", 900, "before"), ("310", 310, "after")],
    ),
    ("Admissions were up 9% to 2,300 last winter.", [("9%", 9, None), ("2,300", 2300, "after")]),
    ("Deaths are down 4% to 1,150 this year.", [("4%", 4, None), ("1,150", 1150, "after")]),
    ("Cases shot up from forty to ninety.", [("forty", 40, "before"), ("ninety", 90, "after")]),
    ("Rates ticked up from 3.1% to 3.4%.", [("3.1%", 3.1, "before"), ("3.4%", 3.4, "after")]),
    ("Prices came down from £40 to £25.", [("£40", 40, "before"), ("£25", 25, "after")]),
    ("Prescriptions were down 3% to 61 million.", [("3%", 3, None), ("61 million", 61e6, "after")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_change_ends_take_their_roles(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, want = case
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    raw = draft.read_text(encoding="utf-8")
    quantities = [q for c in extract_json(draft)["documents"][0]["claims"] for q in c["quantities"]]
    assert [(q["text"], q["low"], q.get("role")) for q in quantities] == want
    assert all(raw[q["start"] : q["end"]] == q["text"] for q in quantities)
    assert all(q["low"] == q["high"] for q in quantities)  # no end is an interval
