"""Segmentation: text -> chunks for spaCy -> sentences with exact character offsets.

* A line break is a hard boundary: every non-blank line is one chunk (very long lines are cut into
  pieces of at most ``MAX_CHUNK`` characters at a sentence end or whitespace), so spaCy's
  ``max_length`` is never reached and memory stays bounded by the chunk size.
* The first line of an article is its *title* when it reads like a headline (no final full stop,
  short); a leading ``KYIV -``/``LONDON (Reuters) —`` is the *dateline*; everything else is *body*.
* A quotation that spans several sentences is kept whole: sentences are merged while a double
  quotation mark is open within the line.
* Lines that are page furniture (link lists, bylines, "Related Sources:") are tagged *boilerplate*.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Doc, Span

MAX_CHUNK = 20_000

_SURROGATE_OR_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ ]{1,40}(?:,\s*[A-Z][A-Za-z.]+)?)(?:\s*\([A-Za-z .]+\))?\s*[-–—:]\s+(?=\S)"
)
_BOILERPLATE = re.compile(
    r"^(?:[•·*▪►\-–—|]\s*)?(?:related(?: sources| articles| stories| content)?|sources?\b|read more|see also|"
    r"share(?: this)?|follow us|sign up|subscribe|advertisement|copyright|©|all rights reserved|"
    r"photo(?:graph)?:|image:|by [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}$|https?://|www\.)",
    re.IGNORECASE,
)
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"


class SegmentKind(StrEnum):
    TITLE = "title"
    DATELINE = "dateline"
    BODY = "body"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True)
class Chunk:
    """A piece of the article handed to spaCy: ``text[start:start + len(chunk_text)]``."""

    start: int
    text: str
    kind: SegmentKind


@dataclass(frozen=True)
class Sentence:
    """A sentence (or merged multi-sentence quotation) with its tokens and article offsets."""

    start: int
    end: int
    kind: SegmentKind
    span: Span
    offset: int  # add to a token's ``idx`` (a character offset in the chunk doc) for an article offset


def sanitise(text: str) -> str:
    """Replace NUL, other control characters and lone surrogates with a space (same length)."""
    return _SURROGATE_OR_CONTROL.sub(" ", text)


def _line_pieces(line: str) -> Iterator[tuple[int, str]]:
    """Cut an over-long line at sentence ends or whitespace; yields (offset in line, piece)."""
    pos = 0
    while len(line) - pos > MAX_CHUNK:
        window = line[pos : pos + MAX_CHUNK]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 2 if cut > MAX_CHUNK // 2 else window.rfind(" ") + 1
        if cut <= 0:
            cut = MAX_CHUNK
        yield pos, line[pos : pos + cut]
        pos += cut
    yield pos, line[pos:]


def _is_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 25 and not line.rstrip().endswith((".", '"', "”")) and not _DATELINE.match(line)


def chunks(text: str) -> Iterator[Chunk]:
    """Non-blank lines (or pieces of long lines) with their kind, in text order."""
    first_line = True
    line_start = 0
    for raw_line in text.splitlines(keepends=True):
        line = raw_line.rstrip("\r\n")
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = line_start + lead
            kind = SegmentKind.BODY
            if _BOILERPLATE.match(stripped) or _looks_like_link_list(stripped):
                kind = SegmentKind.BOILERPLATE
            elif first_line and _is_title(stripped):
                kind = SegmentKind.TITLE
            first_line = False
            dateline = _DATELINE.match(stripped) if kind is SegmentKind.BODY else None
            if dateline:
                yield Chunk(start, stripped[: dateline.end("place")], SegmentKind.DATELINE)
                start += dateline.end()
                stripped = stripped[dateline.end() :]
            for offset, piece in _line_pieces(stripped):
                if piece.strip():
                    yield Chunk(start + offset, piece, kind)
        line_start += len(raw_line)


def _looks_like_link_list(line: str) -> bool:
    """Bullet-separated short items or a line without any lower-case word."""
    if line.count("•") + line.count("|") >= 2:
        return True
    return len(line) < 60 and line.endswith(":") and len(line.split()) <= 4


def _quote_open_after(text: str, open_quote: bool) -> bool:
    """Whether a double quotation is still open after ``text``, given the state before it."""
    for char in text:
        if char == '"':
            open_quote = not open_quote
        elif char in _OPEN_QUOTES:
            open_quote = True
        elif char in _CLOSE_QUOTES:
            open_quote = False
    return open_quote


def sentences(doc: Doc, chunk: Chunk) -> Iterator[Sentence]:
    """Sentences of a chunk doc, multi-sentence quotations merged, whitespace trimmed."""
    pending_start: int | None = None
    open_quote = False
    for sent in doc.sents:
        start_tok = sent.start if pending_start is None else pending_start
        open_quote = _quote_open_after(sent.text, open_quote)
        if open_quote and sent.end < len(doc):
            pending_start = start_tok
            continue
        pending_start = None
        yield from _trimmed(doc[start_tok : sent.end], chunk)


def _trimmed(span: Span, chunk: Chunk) -> Iterator[Sentence]:
    text = span.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if not body:
        return
    start = chunk.start + span.start_char + lead
    yield Sentence(start=start, end=start + len(body), kind=chunk.kind, span=span, offset=chunk.start)
