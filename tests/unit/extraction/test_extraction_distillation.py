"""Fast tests of the distillation's data steps and of the model without its network (the pieces of
``training/distill_checkworthiness.py`` that need no transformer)."""

from __future__ import annotations

import random

import numpy as np
import pytest
import spacy

from services.claim_extraction import Engine
from services.claim_extraction.scoring import DATASETS, CheckworthinessModel, sentence_features
from services.claim_extraction.training.distill_checkworthiness import (
    MASK,
    perturbed,
    student_words,
    transfer_set,
)

TRAIN = [
    ("Unemployment fell to 4.2 percent in March.", 1, 0),
    ("Thank you very much.", 0, 0),
    ("We cut property taxes by $300 million last year.", 1, 1),
]


def test_the_student_reads_a_mask_as_one_unknown_word() -> None:
    nlp = spacy.blank("en")
    assert student_words(f"{MASK} rose  12% {MASK}.", nlp) == [None, "rose", "12", "%", None, "."]
    assert student_words("", nlp) == [""]
    assert student_words(f"in March{MASK}", nlp) == ["in", "march", None]


def test_perturbed_copies_mask_swap_and_cut_only() -> None:
    nlp = spacy.blank("en")
    words = [(t.text, t.whitespace_) for t in nlp.make_doc(TRAIN[0][0])]
    originals = [w for w, _ in words]
    rng = random.Random(7)
    for _ in range(200):
        copy = student_words(perturbed(words, ["taxes", "jobs"], rng), nlp)
        assert 3 <= len(copy) <= len(originals)
        # every word is the original's, a mask or a word from the pool
        assert set(copy) <= {*map(str.lower, originals), None, "taxes", "jobs"}


def test_transfer_rounds_are_seeded_and_only_the_first_holds_the_originals() -> None:
    first, again = transfer_set(TRAIN, 2, 1), transfer_set(TRAIN, 2, 1)
    second = transfer_set(TRAIN, 2, 2)
    assert first == again
    assert len(first) == 3 * 3
    assert len(second) == 3 * 2
    assert [first[i] for i in (0, 3, 6)] == [text for text, _, _ in TRAIN]
    assert second != [t for i, t in enumerate(first) if i % 3]


def test_without_the_network_the_model_is_the_linear_model(engine: Engine) -> None:
    linear = CheckworthinessModel.load(cnn_path=None)
    assert linear.cnn is None
    doc = engine.nlp("Unemployment fell to 4.2 percent in March, the Labor Department said.")
    features, vectors = sentence_features(doc), linear.vectorise(doc)
    assert not vectors.cnn.any()
    margins = linear.linear_margins(features, vectors.pooled)
    probs = linear.probabilities(features, vectors)
    for dataset, margin in zip(DATASETS, margins, strict=True):
        assert probs[dataset] == pytest.approx(1.0 / (1.0 + np.exp(-margin)))
    # the shipped model stacks the same linear margins with the network's logits
    shipped = engine.model.probabilities(features, engine.model.vectorise(doc))
    assert shipped != probs
