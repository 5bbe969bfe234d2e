"""Claim type after Full Fact's typology, decided by ordered rules over the clause's tokens.

Order: quote > prediction > causal > comparison > rule > quantity > event > other. See README.md for
definitions and examples.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from schemas.claims import ClaimType, Facets, QuantityFacet

_PREDICTION = re.compile(
    r"\b(will|won't|shall|(?:is|are) (?:expected|projected|forecast|set|likely|due) to|"
    # "than the OBR had forecast" is past
    r"(?<!had )(?<!was )(?<!were )(?:forecasts?|predicts?|expects?)|going to)\b",
    re.IGNORECASE,
)
_CAUSAL = re.compile(
    r"\b(because|due to|caused|causes|causing|led to|leads to|lead to|result(?:ed|s)? in|as a result|"
    r"thanks to|blamed|owing to|contributed to|responsible for|so that)\b",
    re.IGNORECASE,
)
_COMPARISON = re.compile(r"\b(than|compared (?:to|with)|the (?:most|least|highest|lowest|largest|biggest|"
                         r"smallest)|record|twice as|half as|as much as)\b", re.IGNORECASE)  # fmt: skip
_RULE = re.compile(r"\b(law|laws|illegal|legal|unlawful|banned|bans?|prohibit\w*|requires?|required|"
                   r"regulations?|legislation|constitution\w*|allowed to|mandatory|(?:in)?eligible|"
                   r"entitled to)\b",
                   re.IGNORECASE)  # fmt: skip


# "law" in a name for something else: "law enforcement", "a law firm"
_LAW_COMPOUNDS = {"enforcement", "firm", "firms", "school", "schools", "professor", "student", "students",
                  "degree", "clerk", "office", "partner", "practice"}  # fmt: skip


def _states_a_rule(span: Span) -> bool:
    """A rule word that states a rule ("it is illegal to", "the law requires", "banned"), not one that
    qualifies a noun ("illegal crossings", "a required vaccine", "legal experts", "law enforcement")."""
    doc = span.doc
    for match in _RULE.finditer(span.text):
        start = span.start_char + match.start()
        token = next((t for t in span if t.idx == start), None)
        if token is None:
            return True
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        attributive = (
            token.tag_ in {"JJ", "VBN"}
            and following is not None
            and following.tag_ in {"NN", "NNS", "JJ"}
            and (token.i == 0 or doc[token.i - 1].lower_ not in {"is", "are", "was", "were", "be", "been"})
        )
        if attributive or (
            token.lower_ in {"law", "laws"} and following is not None and following.lower_ in _LAW_COMPOUNDS
        ):
            continue
        return True
    return False


# "a 30-day ceasefire", "a 9-year-old girl": an amount that qualifies a noun, not one the claim states
_ADJECTIVAL = re.compile(r"\d-[A-Za-z]")
_SCALE_WORD = re.compile(r"\b(?:million|billion|trillion)\b", re.IGNORECASE)


def _measures(q: QuantityFacet) -> bool:
    """An amount the claim states: hedged or bounded, a range, or a number of something ("303,000
    jobs", "a 5-12% lower risk", "$5-$10", "7.7 million"), not an adjective ("a 30-day truce")."""
    if q.bound != "exact" or q.approximate:
        return True
    stated = q.unit is not None or q.value_max is not None or bool(_SCALE_WORD.search(q.text))
    return stated and not _ADJECTIVAL.search(q.text)


def claim_type(span: Span, facets: Facets, quoted: bool) -> ClaimType:
    """The type of one atomic claim."""
    text = span.text
    if quoted and facets.quote is not None:
        return ClaimType.QUOTE
    if _PREDICTION.search(text):
        return ClaimType.PREDICTION
    if _CAUSAL.search(text):
        return ClaimType.CAUSAL
    # "more than 300 participants" is a bound on an amount, not a comparison
    unbounded = text
    for quantity in facets.quantities:
        unbounded = unbounded.replace(quantity.text, " ")
    superlative = any(
        t.tag_ in {"JJS", "RBS"} and not (t.i > 0 and t.nbor(-1).lower_ == "at")  # "at least", "at most"
        for t in span
    )
    if _COMPARISON.search(unbounded) or superlative:
        return ClaimType.COMPARISON
    if _states_a_rule(span):
        return ClaimType.RULE
    if any(_measures(q) for q in facets.quantities):
        return ClaimType.QUANTITY
    if facets.dates or any(t.tag_ in {"VBD", "VBN"} for t in span):
        return ClaimType.EVENT
    return ClaimType.OTHER
