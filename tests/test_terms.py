"""The term matcher finds registry names however a writer spells them."""

from __future__ import annotations

import pytest
import spacy

from claimcheck.nlp.terms import TERMS_KEY


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_terms")  # found through the spacy_factories entry point
    nlp.get_pipe("claimcheck_terms").set_terms(
        ["GPC3", "glypican-3", "hepatocellular carcinoma", "CAR T-cell therapy"]
    )
    return nlp


@pytest.mark.parametrize(
    ("text", "found", "label"),
    [
        ("Tumours expressing GPC-3 respond.", "GPC-3", "GPC3"),
        ("Tumours expressing gpc3 respond.", "gpc3", "GPC3"),
        ("Glypican 3 is a surface protein.", "Glypican 3", "glypican-3"),
        (
            "Most Hepatocellular Carcinomas carry it.",
            "Hepatocellular Carcinomas",
            "hepatocellular carcinoma",
        ),
        ("Two CAR T-cell therapies were approved.", "CAR T-cell therapies", "CAR T-cell therapy"),
    ],
)
def test_spelling_variants_match_the_registry_term(nlp, text, found, label):
    doc = nlp(text)
    (span,) = doc.spans[TERMS_KEY]
    assert (span.text, span.label_) == (found, label)


@pytest.mark.parametrize(
    "text", ["The GPC31 gene.", "A hepatocellular mass.", "Procurement of CAR kits."]
)
def test_near_spellings_do_not_match(nlp, text):
    doc = nlp(text)
    assert list(doc.spans[TERMS_KEY]) == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("CARES", "Nurse-led care beat usual care."),
        ("STEPS", "Take the first step today."),
        ("TOWERS", "A tower of strength."),
    ],
)
def test_an_acronym_is_no_plural_of_a_word(name, text):
    # a trial named in capitals (CARES, STEPS) is not found in "care" or "step": its key
    # looks like a plural, but an acronym has no singular
    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_terms").set_terms([name, "usual care"])
    doc = nlp(text)
    assert [span.label_ for span in doc.spans[TERMS_KEY]] in ([], ["usual care"])


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Most kidney stone patients pass it.", []),
        ("In STONE, most passed it.", ["STONE"]),
        ("The Stone trial enrolled 512 adults.", ["STONE"]),
        ("Fasting is not a fast cure.", []),
    ],
)
def test_a_trial_acronym_that_is_a_word_is_not_found_in_the_lower_case_word(text, labels):
    # STONE and FAST are trials, stone and fast words: a name registered in capitals, letters
    # only, is not found where the page writes it all in lower case
    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_terms").set_terms(["STONE", "FAST"])
    doc = nlp(text)
    assert [span.label_ for span in doc.spans[TERMS_KEY]] == labels
