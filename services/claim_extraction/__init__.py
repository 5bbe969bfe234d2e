"""The claim-extraction engine: text + publication date -> claims. A pure library.

No network, database, clock, settings or environment reads. The spaCy pipeline is loaded once by
the caller (see ``load_engine``) and passed in; results are deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from schemas.claims import ExtractedClaim

ENGINE_VERSION = "0.1.0"

_SENTENCE = re.compile(r"[^\n.!?]+[.!?]*")


@dataclass(frozen=True)
class Engine:
    """A loaded engine. Placeholder first version: sentences with offsets and a simple score."""

    nlp: Any = None

    def extract(self, text: str, published_at: date | None = None) -> list[ExtractedClaim]:
        claims = []
        for match in _SENTENCE.finditer(text):
            raw = match.group(0)
            lead = len(raw) - len(raw.lstrip())
            start, end = match.start() + lead, match.start() + len(raw.rstrip())
            if end - start < 3:
                continue
            sentence = text[start:end]
            score = 0.7 if any(ch.isdigit() for ch in sentence) else 0.4
            claims.append(
                ExtractedClaim(
                    start=start,
                    end=end,
                    text=sentence,
                    sentence_start=start,
                    sentence_end=end,
                    checkworthiness=score,
                    claim_key=" ".join(sentence.lower().split()),
                )
            )
        return claims


def load_engine(spacy_model: str | None = None) -> Engine:
    """Build an engine (the one place that loads model files)."""
    return Engine()


def extract(
    text: str, published_at: date | None = None, *, engine: Engine | None = None
) -> list[ExtractedClaim]:
    return (engine or Engine()).extract(text, published_at)
