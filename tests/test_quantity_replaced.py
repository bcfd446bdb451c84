"""``Quantity.replaced`` is ``dataclasses.replace`` made faster: the same object in every
respect a caller can see (fields and their order, equality, hash, repr, pickling), and the
same error for a field that does not exist."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import Quantity, Spread

TEXTS = [
    "About 45% of 3,000 adults (95% CI 41–49) paid $1,200 a month, up to 2.5 mg/kg daily.",
    "Median survival was 14.6 months ± 3.1; deaths fell from 8.1% to 6.9% in 2019.",
]


def test_the_class_sets_its_fields_in_init_only():
    # replaced copies the fields as __init__ would set them: it relies on there being no
    # __post_init__ (nor other attributes) to reproduce
    assert not hasattr(Quantity, "__post_init__")
    assert not any(f.init is False for f in dataclasses.fields(Quantity))


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"unit": "percent"},
        {"low": 3.0, "high": None, "unit": "USD/month", "approx": True},
        {"per": "year", "spread": Spread(kind="SD", value=1.0)},
    ],
)
def test_replaced_is_dataclasses_replace(changes):
    for text in TEXTS:
        for quantity in find_quantities(text):
            want, got = dataclasses.replace(quantity, **changes), quantity.replaced(**changes)
            assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
            assert list(vars(got).items()) == list(vars(want).items())
            assert pickle.loads(pickle.dumps(got)) == want
            assert got is not quantity and vars(quantity) == vars(dataclasses.replace(quantity))


def test_an_unknown_field_is_a_type_error():
    quantity = find_quantities(TEXTS[0])[0]
    with pytest.raises(TypeError, match="unitt"):
        quantity.replaced(unitt="percent")
    with pytest.raises(TypeError):
        dataclasses.replace(quantity, unitt="percent")
