"""The similar-claims candidate rule: the probe words never lose a claim above the overlap threshold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.review.similar import probe_words, same_facts

WORDS = st.sets(st.text(alphabet="abcdefgh", min_size=1, max_size=6), max_size=12)


@given(mine=WORDS, theirs=WORDS, threshold=st.sampled_from([0.3, 0.5, 0.6, 0.75, 0.9, 1.0]))
def test_probe_words_catch_every_similar_claim(mine: set[str], theirs: set[str], threshold: float) -> None:
    union = mine | theirs
    if not union or len(mine & theirs) / len(union) < threshold:
        return
    assert set(probe_words(sorted(mine), threshold)) & theirs


def test_same_facts_compares_numbers_and_dates() -> None:
    four = {"quantities": [{"value": 4.1}], "dates": [{"value": "2024-03"}]}
    assert same_facts(four, {"quantities": [{"value": 4.1}], "dates": [{"value": "2024-03"}]})
    assert not same_facts(four, {"quantities": [{"value": 4.2}], "dates": [{"value": "2024-03"}]})
    assert not same_facts(four, {"quantities": [{"value": 4.1}], "dates": [{"value": "2024-04"}]})
    assert not same_facts(four, {"quantities": [], "dates": [{"value": "2024-03"}]})
    assert same_facts({}, {"quantities": [], "dates": []})
