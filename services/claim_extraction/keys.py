"""Claim keys: a normalised, order-stable key to match the same claim across articles.

Content lemmas (nouns, proper nouns, verbs, adjectives, negations, directions such as "up", "more"),
lower-cased, numbers replaced by their normalised value ("11,000" and "11000" -> "11000", "seven" ->
"7"), stop words dropped, de-duplicated and sorted, so that word order and inflection do not matter.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from schemas.claims import QuantityFacet
from services.claim_extraction.quantities import word_number

_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_NEGATIONS = {"not", "no", "never", "n't", "without"}
# words that give a claim its direction, stop words though most are: "Murders are up 20 percent" is not
# "Murders are down 20 percent"
_DIRECTIONS = {"up", "down", "more", "less", "fewer", "higher", "lower", "above", "below", "over", "under",
               "most", "least", "before", "after", "against"}  # fmt: skip


def _number(text: str) -> str | None:
    value = word_number(text)
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else repr(value)


def content_terms(span: Span) -> list[str]:
    """Lower-cased content lemmas and normalised numbers of a span, in text order."""
    terms = []
    for token in span:
        lower = token.lower_
        if lower in _NEGATIONS:
            terms.append("not")
        elif lower in _DIRECTIONS:
            terms.append(lower)
        elif token.like_num or token.pos_ == "NUM":
            terms.append(_number(token.text) or lower)
        elif token.pos_ in _CONTENT and not token.is_stop and token.is_alpha:
            terms.append(token.lemma_.lower())
    return terms


def claim_key(span: Span, quantities: Iterable[QuantityFacet] = ()) -> str:
    """The key: sorted unique terms plus the full values of scaled quantities ("$1.5bn" -> 1500000000)."""
    terms = set(content_terms(span))
    for q in quantities:
        terms.add(str(int(q.value)) if float(q.value).is_integer() else repr(q.value))
    return " ".join(sorted(terms))
