"""The lean English tokenizer: the special cases claimcheck reads behave as spaCy's do."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from claimcheck.nlp.pipeline import build_pipeline
from claimcheck.nlp.tokenizer import TOKENIZER_NAME


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
