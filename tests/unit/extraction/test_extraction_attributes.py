"""The compiled attribute ruler gives what the model's own AttributeRuler gives, token for token."""

from __future__ import annotations

from pathlib import Path

import spacy

from services.claim_extraction import Engine
from services.claim_extraction.attributes import CompiledAttributeRuler, compile_attribute_ruler
from services.claim_extraction.pipeline import DEFAULT_MODEL

SEED = Path(__file__).resolve().parents[3] / "seeds"
TRICKY = [
    "We're gonna win, y'all. Let's go! He ain't here. Gotta go now, c'mon.",
    "It's got to be done; she gets it.  Two  spaces\tand a tab\n\nand blank lines.",
    'I told you it was there: "Is it?" he asked. Do you? I did. Those were the days.',
    "\u202e emoji 🎉, مرحبا, 11,000 troops, $1.5bn, 12.5% and 30-day ceasefire (AP) — Kyiv.",
    "",
]


def test_same_tags_pos_morph_and_lemmas_as_the_attribute_ruler() -> None:
    reference = spacy.load(DEFAULT_MODEL, exclude=["parser"])
    reference.enable_pipe("senter")
    compiled = spacy.load(DEFAULT_MODEL, exclude=["parser"])
    compiled.enable_pipe("senter")
    compile_attribute_ruler(compiled)
    assert isinstance(compiled.get_pipe("attribute_ruler"), CompiledAttributeRuler)
    texts = [*TRICKY, *(p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt")))]
    compared = 0
    for ref, got in zip(reference.pipe(texts), compiled.pipe(texts), strict=True):
        assert len(ref) == len(got)
        for a, b in zip(ref, got, strict=True):
            assert (a.tag_, a.pos_, str(a.morph), a.lemma_) == (b.tag_, b.pos_, str(b.morph), b.lemma_), (
                a.text
            )
            compared += 1
    assert compared > 500


def test_the_engine_pipeline_uses_the_compiled_ruler(engine: Engine) -> None:
    assert isinstance(engine.nlp.get_pipe("attribute_ruler"), CompiledAttributeRuler)
    doc = engine.nlp("She gets the gonna-style lemmas right: we're gonna win.")
    assert [t.lemma_ for t in doc if t.lower_ in {"gets", "gon", "na"}] == ["get", "go", "to"]
