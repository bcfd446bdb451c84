"""A share said in words (``halved``, ``by half``, ``a quarter``) sizes a change or a part;
like a multiple it lends its ``proportion`` to no bare number after it: ``deaths halved from
1,200 to 600`` are two counts, before and after. A share in digits (``3 in 10``) still lends
as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

CASES = [
    ("Deaths halved from 1,200 to 600.", ["1,200", "600"]),
    ("Falls dropped by half, from 90 to 45.", ["90", "45"]),
    ("Admissions fell by a quarter from 400 to 300.", ["400", "300"]),
]


@pytest.mark.parametrize(("sentence", "ends"), CASES, ids=[c[0][:20] for c in CASES])
def test_change_ends_take_no_share(tmp_path: Path, extract_json, sentence: str, ends) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    by_text = {q["text"]: q for q in quantities}
    assert [by_text[end]["unit"] for end in ends] == [None, None]
    assert [by_text[end]["role"] for end in ends] == ["before", "after"]
