"""The lean English tokenizer: the special cases claimcheck reads behave as spaCy's do."""

from __future__ import annotations

import subprocess
import sys
from functools import lru_cache

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.nlp.pipeline import build_pipeline
from claimcheck.nlp.tokenizer import SPACE_RUN, TOKENIZER_NAME, _space_chunks


def words(text: str) -> list[str]:
    return [token.text for token in build_pipeline().tokenizer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "We cannot promise a cure.",
        "This isn't a cure and it doesn’t work for everyone.",
        "Dr. Chen said e.g. 12% vs. 20% at 9 a.m. today.",
        "It's 45.3% of the U.S. figure.",
        "Jan. 5: results at 10:30 p.m., i.e. after Mon.",
    ],
)
def test_what_claimcheck_reads_splits_as_spacy_english_does(text):
    assert words(text) == [token.text for token in spacy.blank("en").tokenizer(text)]


def test_negations_split_off_so_the_wording_rules_see_them():
    assert words("We cannot promise it; it isn't proven.")[1:3] == ["can", "not"]
    assert "n't" in words("it isn't proven")


def test_an_abbreviation_does_not_end_the_sentence():
    doc = build_pipeline()("Dr. Chen reported a 12% response, e.g. in the second trial. It held.")
    assert [sentence.text for sentence in doc.sents] == [
        "Dr. Chen reported a 12% response, e.g. in the second trial.",
        "It held.",
    ]


def test_contractions_without_an_apostrophe_stay_whole_words():
    # spaCy's English splits "Wed" into "We" + "d"; no claimcheck step wants that
    assert words("Wed") == ["Wed"]
    assert [token.text for token in spacy.blank("en").tokenizer("Wed")] == ["We", "d"]


def test_the_tokenizer_is_named_in_the_config_and_found_by_entry_point():
    assert build_pipeline().config["nlp"]["tokenizer"]["@tokenizers"] == TOKENIZER_NAME
    # a fresh process that never imported claimcheck finds it through the entry point
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}
    script = (
        "import spacy\n"
        f"nlp = spacy.blank('en', config={config!r})\n"
        "print([t.text for t in nlp('We cannot go.')])\n"
    )
    printed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert printed.strip() == "['We', 'can', 'not', 'go', '.']"


# The tokenizer as it was configured before the cache fix: English's whitespace and dash
# special cases kept, spaCy's own Tokenizer (whose cache stops at the first special case).
@lru_cache(maxsize=1)
def reference_tokenizer():
    from spacy.tokenizer import Tokenizer

    from claimcheck.nlp.tokenizer import is_read

    nlp = build_pipeline()
    ours = nlp.tokenizer
    kept = {
        text: pieces
        for text, pieces in nlp.Defaults.tokenizer_exceptions.items()
        if is_read(text, pieces) or text.isspace() or text == "—"
    }
    return Tokenizer(
        nlp.vocab,
        rules=kept,
        prefix_search=ours.prefix_search,
        suffix_search=ours.suffix_search,
        infix_finditer=ours.infix_finditer,
        token_match=ours.token_match,
        url_match=ours.url_match,
    )


def token_rows(doc) -> list[tuple]:
    return [(t.text, t.idx, t.whitespace_, t.norm_, t.is_space) for t in doc]


PIECES = [
    *[" ", "  ", "\t", "\n", "\n\n", "\u00a0", " \u00a0", "\u2009", "\r\n"],
    *["—", "–", "-", " — ", "(", ")", ",", ".", ";", "'", "’", "“", "%", "$", "<", "≥"],
    *["61%", "2,500", "0.8", "30–40%", "8—9", "$450", "3\u00a0kg", "38\u00a0°F.", "x2"],
    *["wasn't", "Don’t", "cannot", "e.g.", "Dr.", "vs.", "U.K.", "mustn’t", "°C."],
    *["adults", "dose", "relapse", "the", "of", "trial"],
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=40), min_size=1, max_size=4))
def test_tokens_are_the_ones_spacy_makes_whatever_the_cache_has_seen(texts):
    # several texts in a row: what an earlier text left in the cache never changes a later one
    reference = reference_tokenizer()
    tokenizer = build_pipeline().tokenizer
    for pieces in texts:
        text = "".join(pieces)
        assert token_rows(tokenizer(text)) == token_rows(reference(text))


def test_a_repeated_page_is_tokenised_from_the_cache_and_the_same_each_time():
    line = "It isn't a cure.\nAbout 45% of adults\u00a0(e.g. over 65s) — relapse; vs. 30–40%.\n"
    page = line * 50
    first = token_rows(build_pipeline().tokenizer(page))
    assert first == token_rows(reference_tokenizer()(page))
    assert token_rows(build_pipeline().tokenizer(page)) == first


def test_the_doc_keeps_its_text_for_the_components():
    from claimcheck.nlp.tokenizer import doc_text

    doc = build_pipeline()("One in 8 adults.\n\nAbout 12%.")
    assert doc_text(doc) == doc.text == "One in 8 adults.\n\nAbout 12%."


def _space_chunks_by_definition(text: str) -> set[str]:
    runs = set(SPACE_RUN.findall(text))
    return runs | {run[1:] for run in runs if run[0] == " " and len(run) > 1}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\n\r\xa0\u2009\u2028ab.", max_size=40))
def test_the_warmed_space_chunks_are_the_runs_of_whitespace(text: str) -> None:
    """The chunks warmed first are every run of whitespace as spaCy cuts it, though a lone
    space between two words is looked for once, not read run by run (issue 17)."""
    assert _space_chunks(text) == _space_chunks_by_definition(text)
