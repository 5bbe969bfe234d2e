"""Atomic claims: split a sentence into clauses that each state one fact.

Without a dependency parser (excluded for speed, see pipeline.py) clauses are found from
part-of-speech patterns. A sentence is cut before a coordinating conjunction or after a semicolon
when the right-hand side has its own subject (pronoun, name or short noun phrase) followed by a
finite verb and the left-hand side has a finite verb too: "Russia continued its attacks, and Kyiv
said it would honour a ceasefire" -> two claims. Quotations are never cut.
"""

from __future__ import annotations

from spacy.tokens import Span

FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBJECT_TAGS = {"PRP", "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "PRP$", "POS"}
_CONJUNCTIONS = {"and", "but", "while", "whereas", "yet"}
MIN_TOKENS = 4


def _starts_clause(span: Span, i: int) -> bool:
    """Whether tokens from ``i`` read as subject + finite verb."""
    for j in range(i, min(i + 6, span.end)):
        tag = span.doc[j].tag_
        if tag in FINITE:
            return j > i
        if tag not in _SUBJECT_TAGS:
            return False
    return False


def _inside_quote(span: Span, i: int) -> bool:
    before = span.doc[span.start : i].text
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def clause_spans(span: Span) -> list[Span]:
    """Token spans of the clauses of a sentence (the sentence itself when it cannot be split)."""
    doc = span.doc
    cuts: list[tuple[int, int]] = []  # (end of left clause, start of right clause)
    for token in span[1:-1]:
        i = token.i
        if token.text == ";":
            right = i + 1
        elif token.lower_ in _CONJUNCTIONS and doc[i - 1].text == ",":
            right = i + 1
        elif token.lower_ == "and" and doc[i + 1].lower_ in {"he", "she", "they", "it", "we"}:
            right = i + 1
        else:
            continue
        if right < span.end and _starts_clause(span, right) and not _inside_quote(span, i):
            left_end = i - 1 if doc[i - 1].text == "," else i
            cuts.append((left_end, right))
    pieces: list[Span] = []
    start = span.start
    for left_end, right in cuts:
        left = doc[start:left_end]
        if len(left) >= MIN_TOKENS and any(t.tag_ in FINITE for t in left) and span.end - right >= MIN_TOKENS:
            pieces.append(left)
            start = right
    pieces.append(doc[start : span.end])
    return pieces
