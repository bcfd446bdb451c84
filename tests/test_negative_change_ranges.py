"""``by X to Y`` with both ends negative and the unit on both (``changed by -0.5% to -1.1%``)
is one range of changes, low the larger fall: no level reached is negative. With positive ends
far apart (``fell by 5% to 20%``) it stays a change and the level it reached."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Diastolic pressure changed by -3 mmHg to -6 mmHg.",
        [fig("-3 mmHg to -6 mmHg", -6, -3, unit="mmHg")],
    ),
    ("LDL changed by -18% to -27% on the statin.", [fig("-18% to -27%", -27, -18, unit="percent")]),
    (
        "HbA1c moved by \u22120.4% to \u22120.9% in the trials.",
        [fig("\u22120.4% to \u22120.9%", -0.9, -0.4, unit="percent")],
    ),
    (
        "Weight changed by -1.5 kg to -3.5 kg overall.",
        [fig("-1.5 kg to -3.5 kg", -3.5, -1.5, unit="kg")],
    ),
    (
        "Admissions fell by 5% to 20% of beds.",
        [fig("5%", 5, unit="percent"), fig("20%", 20, unit="percent", role="after")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("negranges"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:30] for t, _ in CASES])
def test_negative_ends_after_by_are_a_range(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
