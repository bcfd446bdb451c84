"""The score bound a required rule reads sentences through: it may only rule out a wording
that rapidfuzz's partial_ratio would score below the threshold (never hide a disclaimer)."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from claimcheck.rules.fuzzy_bound import may_reach

WORDINGS = ["not medical advice", "for general information only", "nothing here is advice"]
LETTERS = "abcdefilmnorstv '"


def _edited(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 6)):
        at = rng.randrange(len(chars) + 1)
        kind = rng.random()
        if kind < 0.4 and at < len(chars):
            del chars[at]
        elif kind < 0.8:
            chars.insert(at, rng.choice(LETTERS))
        elif at < len(chars):
            chars[at] = rng.choice(LETTERS)
    return "".join(chars)


def _noise(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(0, most)))


def test_the_bound_never_rules_out_a_wording_rapidfuzz_scores_at_the_threshold():
    rng = random.Random(7)
    ruled_out = 0
    for _ in range(400):
        wordings = WORDINGS if rng.random() < 0.5 else [_noise(rng, 70) + "x" for _ in range(3)]
        texts = [
            _noise(rng, 150) + _edited(rng.choice(wordings), rng) + _noise(rng, 150)
            if rng.random() < 0.6
            else _noise(rng, 300)
            for _ in range(rng.randint(1, 6))
        ]
        threshold = rng.choice([60, 80, 86, 95, 100])
        reach = may_reach(wordings, texts, threshold)
        for i, text in enumerate(texts):
            for j, wording in enumerate(wordings):
                if not reach[i, j]:
                    ruled_out += 1
                    assert fuzz.partial_ratio(wording, text) < threshold, (wording, text)
    assert ruled_out > 1000  # it does rule most pairs out: otherwise it saves nothing


def test_a_short_text_is_bounded_against_its_own_length():
    # a text shorter than the wording is the needle: "not medical" scores 100 in "not
    # medical advice" though it is 11 characters of 18
    [[reaches]] = may_reach(["not medical advice"], ["not medical"], 100).tolist()
    assert reaches
    [[reaches]] = may_reach(["not medical advice"], ["xyz qqq"], 30).tolist()
    assert not reaches


def test_disclaimers_read_through_the_bound_are_the_plain_reading(tmp_path):
    """A required rule's sentences (short ones left out before the bound, since no wording
    can be carried by a text under ``MIN_LENGTH_SHARE`` of it) state a wording exactly where
    :func:`~claimcheck.rules.checks._states` says so, sentence by sentence."""
    from claimcheck.documents.reader import read_document
    from claimcheck.nlp.pipeline import build_pipeline
    from claimcheck.rules import load_rules
    from claimcheck.rules.checks import Disclaimers, _states, _wordings
    from claimcheck.rules.page import page_of

    rng = random.Random(3)
    sentences = [
        "Tips.", "Not advice.", "Not medical advice.", "This is not medical advice.",
        "Ask us.", "For information only.", "For info only.", "This page is for general "
        "information only and is no substitute for advice from your doctor.", "CAR-T.",
        "Nothing here constitutes medical advice.", "We treat liver cancer.",
    ]  # fmt: skip
    text = " ".join(rng.choice(sentences) for _ in range(120))
    path = tmp_path / "page.txt"
    path.write_text(text)
    document = read_document(path)
    page = page_of(document, build_pipeline()(document.analysis))
    rule = next(r for r in load_rules() if r.kind == "required")
    found = Disclaimers(page, rule)
    said = [found.states(n) for n in range(len(page.sentences))]
    expected = [
        _states(document.analysis[s.start : s.end], _wordings(rule), rule.threshold)
        for s in page.sentences
    ]
    assert said == expected and any(said) and not all(said)


def _bound_chunk_by_chunk(wordings: list[str], texts: list[str], threshold: float) -> list:
    """The bound as first written: each chunk of each text against each wording, one
    ``LCSseq.similarity`` call per pair, the chunk first."""
    from rapidfuzz.distance import LCSseq

    from claimcheck.rules.fuzzy_bound import MARGIN, _chunks

    longest = max(len(w) for w in wordings) or 1
    rows = []
    for text in texts:
        chunks = [text] if len(text) <= 2 * longest else _chunks(text, longest)
        row = []
        for wording in wordings:
            common = max(LCSseq.similarity(chunk, wording) for chunk in chunks)
            shorter = min(len(text), len(wording))
            row.append(200 * common >= (threshold - MARGIN) * (shorter + common))
        rows.append(row)
    return rows


def test_the_bound_is_the_same_whichever_string_leads_the_comparison():
    """The bound asks rapidfuzz for each wording's common subsequence with every chunk, the
    wordings leading (the quicker way round): the same values as chunk by chunk, for
    wordings longer than a machine word and texts beyond ASCII too."""
    rng = random.Random(11)
    letters = LETTERS + "éü’ßİK"
    for _ in range(150):
        wordings = [
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 140)))
            for _ in range(rng.randint(1, 5))
        ]
        texts = [
            "".join(rng.choice(letters) for _ in range(rng.randint(0, 400)))
            for _ in range(rng.randint(1, 8))
        ]
        threshold = rng.choice([40, 60, 86, 100])
        assert may_reach(wordings, texts, threshold).tolist() == _bound_chunk_by_chunk(
            wordings, texts, threshold
        )


def test_disclaimers_read_in_any_order_are_the_plain_reading(tmp_path):
    """Read from the page's end (as a disclaimer placed anywhere is looked for), from its
    start or in no order, each read taking a larger block than the last, every sentence's
    answer is :func:`~claimcheck.rules.checks._states`' own."""
    from claimcheck.documents.reader import read_document
    from claimcheck.nlp.pipeline import build_pipeline
    from claimcheck.rules import load_rules
    from claimcheck.rules.checks import Disclaimers, _states, _wordings
    from claimcheck.rules.page import page_of

    rng = random.Random(5)
    sentences = [
        "Tips.", "Not medical advice.", "This is not medical advice.", "Ask us.",
        "For information only.", "We treat liver cancer with several drugs.",
        "Nothing here constitutes medical advice.", "Cells are taken from your blood.",
    ]  # fmt: skip
    text = " ".join(rng.choice(sentences) for _ in range(700))
    path = tmp_path / "page.txt"
    path.write_text(text)
    document = read_document(path)
    page = page_of(document, build_pipeline()(document.analysis))
    rule = next(r for r in load_rules() if r.kind == "required")
    expected = [
        _states(document.analysis[s.start : s.end], _wordings(rule), rule.threshold)
        for s in page.sentences
    ]
    count = len(page.sentences)
    shuffled = list(range(count))
    rng.shuffle(shuffled)
    for order in (list(reversed(range(count))), list(range(count)), shuffled):
        found = Disclaimers(page, rule)
        said = {n: found.states(n) for n in order}
        assert [said[n] for n in range(count)] == expected
    assert any(expected) and not all(expected)
