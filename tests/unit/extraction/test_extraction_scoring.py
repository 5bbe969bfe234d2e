"""Fast tests of the check-worthiness scorer: range, determinism, ordering on clear cases, artifact."""

from __future__ import annotations

import numpy as np
import pytest

from services.claim_extraction import Engine
from services.claim_extraction.scoring import ARTIFACT_PATH, CheckworthinessModel, sentence_features

FACTUAL = "Unemployment fell to 4.2 percent in March, the lowest rate since 2001, the Labor Department said."
BOILERPLATE = "Thank you very much, and God bless you all."
OPINION = "I think we should all be proud of what we believe in."


def _score(engine: Engine, text: str) -> float:
    doc = engine.nlp(text)
    return engine.model.score(sentence_features(doc))


def test_scores_are_probabilities(engine: Engine) -> None:
    for text in (FACTUAL, BOILERPLATE, OPINION, "", "?", "12"):
        score = _score(engine, text)
        assert 0.0 <= score <= 1.0


def test_score_is_deterministic(engine: Engine) -> None:
    first = [_score(engine, t) for t in (FACTUAL, BOILERPLATE, OPINION)]
    reloaded = CheckworthinessModel.load()
    doc = engine.nlp(FACTUAL)
    assert reloaded.score(sentence_features(doc)) == first[0]
    assert [_score(engine, t) for t in (FACTUAL, BOILERPLATE, OPINION)] == first


def test_factual_sentence_scores_high(engine: Engine) -> None:
    assert _score(engine, FACTUAL) >= 0.5


@pytest.mark.parametrize("text", [BOILERPLATE, OPINION])
def test_boilerplate_and_opinion_score_low(engine: Engine, text: str) -> None:
    assert _score(engine, text) < 0.5
    assert _score(engine, text) < _score(engine, FACTUAL)


def test_context_features_change_nothing_when_absent(engine: Engine) -> None:
    doc = engine.nlp(FACTUAL)
    assert sentence_features(doc) == sentence_features(doc, None, None)


def test_artifact_is_small_and_loads_without_pickle() -> None:
    assert ARTIFACT_PATH.suffix == ".npz"
    assert ARTIFACT_PATH.stat().st_size < 4 * 1024 * 1024
    with np.load(ARTIFACT_PATH, allow_pickle=False) as data:
        assert {"names", "idf", "weights", "intercept"} <= set(data.files)
        assert len(data["idf"]) == len(data["weights"]) > 1000


def test_folded_terms_match_the_augmented_vector(engine: Engine) -> None:
    """The fast path equals scikit-learn's arithmetic on ``augment(features, dataset)``."""
    import math
    from collections import Counter

    from services.claim_extraction.scoring import DATASETS, augment

    model = engine.model
    for text in (FACTUAL, BOILERPLATE, OPINION, "The the the 12 12 percent."):
        features = sentence_features(engine.nlp(text))
        for dataset in DATASETS:
            values = {
                f: (1.0 + math.log(n)) * model.idf[f]
                for f, n in Counter(augment(features, dataset)).items()
                if f in model.idf
            }
            norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
            margin = model.intercept + sum(v * model.weights[f] for f, v in values.items()) / norm
            assert model.probability(features, dataset) == pytest.approx(1.0 / (1.0 + math.exp(-margin)))


def test_blends_weigh_the_dataset_definitions(engine: Engine) -> None:
    from services.claim_extraction.scoring import BLEND, TRANSCRIPT_BLEND

    features = sentence_features(engine.nlp(FACTUAL))
    probs = engine.model.probabilities(features)
    assert engine.model.score(features) == pytest.approx(sum(w * probs[d] for d, w in BLEND.items()))
    assert engine.model.score(features, TRANSCRIPT_BLEND) == pytest.approx(
        sum(w * probs[d] for d, w in TRANSCRIPT_BLEND.items())
    )
    assert engine.model.score(features, {"claimbuster": 1.0}) == pytest.approx(probs["claimbuster"])
