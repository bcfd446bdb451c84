"""Figure forms from session 51's second set, fixed as kinds with our own examples.

Each kind is read the same in a sentence, a list item, a Markdown table cell and an HTML
paragraph where its shape allows (:func:`_read_in`); the README's "Session 51 forms (second
set)" item says each rule.
"""

from __future__ import annotations

import pytest


def _wrapped(form: str, sentence: str) -> tuple[str, str]:
    """(file suffix, draft) holding ``sentence`` as prose, a list item, a table cell or an
    HTML paragraph."""
    if form == "prose":
        return ".md", sentence + "\n"
    if form == "list":
        return ".md", "Notes:\n\n- " + sentence + "\n"
    if form == "cell":
        return ".md", "| Note |\n|---|\n| " + sentence + " |\n"
    return ".html", "<html><body><p>" + sentence + "</p></body></html>\n"


FORMS = ("prose", "list", "cell", "html")


def _claims(tmp_path, extract_json, form: str, sentence: str) -> list[dict]:
    suffix, draft = _wrapped(form, sentence)
    path = tmp_path / f"page{suffix}"
    path.write_text(draft, encoding="utf-8")
    return extract_json(path)["documents"][0]["claims"]


def _read_in(tmp_path, extract_json, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, unit, approx) of every figure read from ``sentence`` in ``form``."""
    return [
        (q["text"], q["low"], q["high"], q["unit"], q["approx"])
        for c in _claims(tmp_path, extract_json, form, sentence)
        for q in c["quantities"]
    ]


def _bounds(tmp_path, extract_json, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, low_inclusive, high_inclusive, approx) of every figure read."""
    return [
        (q["text"], q["low"], q["high"], q["low_inclusive"], q["high_inclusive"], q["approx"])
        for c in _claims(tmp_path, extract_json, form, sentence)
        for q in c["quantities"]
    ]


def _groups_in(tmp_path, extract_json, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, unit) of every group label read from ``sentence`` in ``form``."""
    return [
        (g["text"], g["low"], g["high"], g["unit"])
        for c in _claims(tmp_path, extract_json, form, sentence)
        for g in c["groups"]
    ]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Send your swab to 75008 Paris for testing.",
        "Our partner lab is in 35250 İzmir, near the port.",
        "Write to the clinic at 28013 Madrid by post.",
        "The eye centre moved to 20121 Milano in May.",
        "Post the form to 80331 München.",
    ],
)
def test_a_postcode_before_its_city_is_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "About 35000 Americans die of sepsis.",
            [("About 35000 Americans", 35e3, 35e3, "Americans", True)],
        ),
        (
            "We tested 12500 patients in Leeds.",
            [("12500 patients", 12500.0, 12500.0, "patients", False)],
        ),
    ],
)
def test_a_count_before_a_capital_stays_a_count(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Call Samaritans free on 116 123 at any time.",
        "You can ring the Mind Infoline on 0300 123 3393.",
        "Use 111 online if you are unsure what to do.",
        "Get help from NHS 111 or your GP.",
        "Phone NHS 119 to book a vaccine.",
        "If a child stops breathing, call 999 at once.",
    ],
)
def test_a_helpline_to_call_is_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_short_number_of_beds_stays_a_count(tmp_path, extract_json, form):
    assert _read_in(tmp_path, extract_json, form, "The hospital has 111 beds.") == [
        ("111 beds", 111.0, 111.0, "beds", False)
    ]
