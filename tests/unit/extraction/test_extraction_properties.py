from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.claim_extraction import Engine

PIECES = st.sampled_from(
    ["Putin said ", "11,000 troops ", "on May 15", ". ", "\n", '"', "“", "”", "😀", "שלום ", "\x00", "\ud800",
     "approximately ", "he ", "$1.5bn ", "; ", ", and they ", "30-day ", "?"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=200), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(text=TEXTS)
def test_spans_lie_inside_the_text(engine: Engine, text: str) -> None:
    for claim in engine.extract(text, date(2025, 5, 11)):
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.sentence_start <= claim.start
        assert claim.end <= claim.sentence_end <= len(text)
        assert 0.0 <= claim.checkworthiness <= 1.0
        spanned: list[Any] = [*claim.facets.quantities, *claim.facets.dates, *claim.facets.entities]
        for facet in spanned:
            assert 0 <= facet.start <= facet.end <= len(text)
        for span in claim.also_at:
            assert 0 <= span.start < span.end <= len(text)


@SETTINGS
@given(text=TEXTS)
def test_deterministic(engine: Engine, text: str) -> None:
    assert engine.extract(text, None) == engine.extract(text, None)
