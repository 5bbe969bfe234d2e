"""Claim types after Full Fact's typology: one clear example of each, and the order of the rules."""

from __future__ import annotations

from datetime import date

import pytest

from schemas.claims import ClaimType
from services.claim_extraction import Engine

PUB = date(2025, 5, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will respond to every attack on our cities," Keir Starmer said.', ClaimType.QUOTE),
        ("The Bank of England forecasts growth of 1% next year.", ClaimType.PREDICTION),
        ("Unemployment will fall below 4% by 2026.", ClaimType.PREDICTION),
        ("Scientists expect next year to be slightly cooler.", ClaimType.PREDICTION),
        ("The floods were caused by a month of record rainfall.", ClaimType.CAUSAL),
        ("Borrowing was £17.4bn, some £2.1bn more than the OBR had forecast.", ClaimType.COMPARISON),
        ("It is the largest tax rise since 1993.", ClaimType.COMPARISON),
        ("The new law bans smoking in cars carrying children.", ClaimType.RULE),
        ("It is illegal to drive without insurance.", ClaimType.RULE),
        ("Smoking is banned in all bars.", ClaimType.RULE),
        ("Undocumented immigrants are not eligible for Medicaid.", ClaimType.RULE),
        # a rule word qualifying a noun states no rule
        ("Lake said illegal crossings had tripled since 2021.", ClaimType.QUANTITY),
        ("Law enforcement officers arrested 40 people.", ClaimType.QUANTITY),
        ("Legal experts said the case was weak.", ClaimType.EVENT),
        ("About 11,000 North Korean troops were dispatched to Russia.", ClaimType.QUANTITY),
        ("The company employs more than 3,200 people in Mexico.", ClaimType.QUANTITY),
        ("Saliba has missed at least three games since August.", ClaimType.QUANTITY),
        # a range or a scaled number states an amount; a hyphenated adjective does not
        ("Coffee drinkers had a 5-12% lower risk per cup.", ClaimType.QUANTITY),
        ("Waiting lists have hit 7.7 million.", ClaimType.QUANTITY),
        ("A 30-day truce began on Monday.", ClaimType.EVENT),
        ("The minister resigned on Tuesday.", ClaimType.EVENT),
        ("Democracy depends on trust.", ClaimType.OTHER),
    ],
)
def test_claim_types(engine: Engine, text: str, expected: ClaimType) -> None:
    claims = engine.extract(text, PUB)
    assert [c.type for c in claims] == [expected]
