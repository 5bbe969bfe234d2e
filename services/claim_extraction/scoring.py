"""Check-worthiness: features of a sentence, a shipped logistic-regression artifact and its stack.

The same ``sentence_features`` and ``WordVectors.pooled`` functions feed training
(``training/train_checkworthiness.py``) and production, so the two cannot drift apart. A sentence is
two inputs to one linear model: sparse features (TF-IDF weighted) and the pooled word vectors of the
sentence (standardised). The artifact is a compressed numpy ``.npz`` (feature names as one UTF-8
blob, idf and weight as float32 arrays, the dense weights with their standardisation; loaded with
``allow_pickle=False``), scored here with a few lines of arithmetic that reproduce scikit-learn's
``TfidfVectorizer(sublinear_tf=True)`` + ``StandardScaler`` + ``LogisticRegression.decision_function``:
no pickle, no scikit-learn at run time. Per dataset definition, the linear model's margin is then
stacked with the logit of a small network distilled from a fine-tuned transformer
(``sentence_cnn.py``, ``training/distill_checkworthiness.py``): three numbers per dataset, kept in
the network's artifact.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from services.claim_extraction.sentence_cnn import CNN_PATH, SentenceCNN
from services.claim_extraction.word_vectors import VECTORS_PATH, WordVectors

Tokens = Iterable[Token]  # a Doc, a Span or a list of tokens

ARTIFACT_PATH = Path(__file__).with_name("checkworthiness_model.npz")

_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_SECOND_PERSON = {"you", "your"}
_HEDGES = {"think", "believe", "feel", "hope", "should", "must", "ought", "want", "wish", "need"}


def _word(token: Token) -> str:
    if token.like_num or token.tag_ == "CD":
        return "<year>" if _YEAR.match(token.text) else "<num>"
    return token.lower_


def _length_bucket(n: int) -> str:
    for limit in (3, 6, 10, 16, 25, 40):
        if n <= limit:
            return str(limit)
    return "long"


def core_features(tokens: Tokens) -> list[str]:
    """Lexical, part-of-speech and entity features of one sentence."""
    words = [t for t in tokens if not t.is_space]
    feats: list[str] = []
    lowered = [_word(t) for t in words]
    feats.extend("w:" + w for w in lowered)
    feats.extend(f"b:{a}_{b}" for a, b in itertools.pairwise(lowered))
    feats.extend("l:" + t.lemma_.lower() for t in words if t.is_alpha and not t.is_stop)
    tags = [t.tag_ for t in words]
    feats.extend("t:" + tag for tag in tags)
    feats.extend(f"tt:{a}_{b}" for a, b in itertools.pairwise(tags))
    feats.extend(f"ttt:{a}_{b}_{c}" for a, b, c in zip(tags, tags[1:], tags[2:], strict=False))
    feats.extend("e:" + t.ent_type_ for t in words if t.ent_iob_ == "B")
    feats.append("len:" + _length_bucket(len(words)))
    if words:
        feats.append("first:" + lowered[0])
        feats.append("last:" + words[-1].text)
    lowered_set = set(lowered)
    if lowered_set & _FIRST_PERSON:
        feats.append("person:1")
    if lowered_set & _SECOND_PERSON:
        feats.append("person:2")
    if any(t.lemma_.lower() in _HEDGES for t in words):
        feats.append("hedge")
    if not any(t.like_num or t.ent_type_ for t in words):
        feats.append("nonum_noent")
    return feats


def context_features(prev: Tokens | None, nxt: Tokens | None) -> list[str]:
    """A few features of the neighbouring sentences (same document)."""
    feats: list[str] = []
    for prefix, tokens in (("P", prev), ("N", nxt)):
        words = list(tokens) if tokens is not None else []
        if not words:
            feats.append(prefix + ":none")
            continue
        feats.extend(f"{prefix}:e:{t.ent_type_}" for t in words if t.ent_iob_ == "B")
        feats.extend(f"{prefix}:t:{t.tag_}" for t in words if t.tag_ in {"CD", "VBD", "MD", "NNP", "PRP"})
        if words[-1].text == "?":
            feats.append(prefix + ":question")
    return feats


def sentence_features(
    tokens: Tokens,
    prev: Tokens | None = None,
    nxt: Tokens | None = None,
) -> list[str]:
    """All features of a sentence in its context."""
    return core_features(tokens) + context_features(prev, nxt)


DATASETS = ("claimbuster", "policlaim")
# The production score blends the two definitions of "claim": ClaimBuster's *worth checking* and
# PoliClaim's *verifiable*. News copy mixes both; equal weights, fixed a priori (not tuned).
BLEND = {"claimbuster": 0.5, "policlaim": 0.5}
# A transcript with speaker turns (a debate, an interview) is what ClaimBuster's coders labelled:
# rhetoric, rebuttals and pleasantries around the few statements worth checking. Its turns are
# scored under that definition alone: on ClaimBuster dev read as transcripts (bench/eval_extraction)
# the weights 0.5 / 0.8 / 1.0 gave AP 0.730 / 0.740 / 0.743 and F1 0.676 / 0.690 / 0.692.
TRANSCRIPT_BLEND = {"claimbuster": 1.0, "policlaim": 0.0}


def augment(features: Sequence[str], dataset: str) -> list[str]:
    """Shared copy plus dataset-specific copy of every feature (feature augmentation)."""
    return [*features, *(f"{dataset}|{f}" for f in features)]


@dataclass(frozen=True)
class DenseWeights:
    """The linear weights of the pooled word vectors, as trained: ``z = (x - mean) / std * scale``
    enters the model once shared and once per dataset (the same augmentation as the sparse
    features), so dataset ``d`` adds ``(shared + per_dataset[d]) · z`` to its margin."""

    mean: np.ndarray  # (n,)
    std: np.ndarray  # (n,)
    scale: float
    shared: np.ndarray  # (n,)
    per_dataset: np.ndarray  # (len(DATASETS), n)

    def folded(self) -> tuple[np.ndarray, np.ndarray]:
        """Per dataset: weights on the raw pooled vector and a constant, ``a_d · x + b_d``."""
        weights = (self.shared + self.per_dataset) * (self.scale / self.std)
        return weights, -(weights @ self.mean)


LINEAR_ONLY = np.array([[1.0, 0.0, 0.0]] * len(DATASETS))  # the stack without the network


@dataclass(frozen=True)
class SentenceVectors:
    """The dense inputs of one sentence: its pooled word vectors (the linear model's second input)
    and the distilled network's logit per dataset (``sentence_cnn.py``)."""

    pooled: np.ndarray  # (2 * glove_dim,)
    cnn: np.ndarray  # (len(DATASETS),)


@dataclass(frozen=True)
class CheckworthinessModel:
    """A linear model over sublinear TF-IDF features (l2-normalised) and pooled word vectors,
    stacked with the distilled network's logit, with a logistic link: per dataset ``d`` the margin
    is ``stack[d] · (linear[d], cnn[d], 1)``.

    Scored on ``augment(features, dataset)``: every feature occurs there twice, shared and prefixed
    with the dataset, with the same count. ``terms`` folds the two copies per dataset once at load
    time, so scoring costs one dictionary lookup per feature for all datasets together.
    """

    idf: dict[str, float]
    weights: dict[str, float]
    intercept: float
    dense: DenseWeights
    vectors: WordVectors
    cnn: SentenceCNN | None  # None: the linear model alone (what the distillation starts from)
    stack: tuple[tuple[float, float, float], ...]  # per dataset: weights of linear, network, 1
    # feature -> per dataset (in DATASETS order): (sum of idf², sum of idf·weight) of both copies
    terms: dict[str, tuple[tuple[float, float], ...]] = field(init=False, repr=False, compare=False)
    _dense_folded: tuple[np.ndarray, np.ndarray] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        raw = {name.split("|", 1)[1] if name.split("|", 1)[0] in DATASETS else name for name in self.idf}
        terms: dict[str, tuple[tuple[float, float], ...]] = {}
        for feature in raw:
            per_dataset = []
            for dataset in DATASETS:
                square = product = 0.0
                for key in (feature, f"{dataset}|{feature}"):
                    inverse = self.idf.get(key)
                    if inverse is not None:
                        square += inverse * inverse
                        product += inverse * self.weights[key]
                per_dataset.append((square, product))
            terms[feature] = tuple(per_dataset)
        object.__setattr__(self, "terms", terms)
        object.__setattr__(self, "_dense_folded", self.dense.folded())

    @classmethod
    def load(
        cls, path: Path = ARTIFACT_PATH, vectors_path: Path = VECTORS_PATH, cnn_path: Path | None = CNN_PATH
    ) -> CheckworthinessModel:
        with np.load(path, allow_pickle=False) as data:
            names = data["names"].tobytes().decode("utf-8").split("\n")
            idf = dict(zip(names, data["idf"].astype(float).tolist(), strict=True))
            weights = dict(zip(names, data["weights"].astype(float).tolist(), strict=True))
            intercept = float(data["intercept"])
            dense = DenseWeights(
                mean=data["dense_mean"].astype(np.float64),
                std=data["dense_std"].astype(np.float64),
                scale=float(data["dense_scale"]),
                shared=data["dense_shared"].astype(np.float64),
                per_dataset=data["dense_per_dataset"].astype(np.float64),
            )
        vectors = WordVectors.load(vectors_path)
        cnn = SentenceCNN.load(vectors, cnn_path) if cnn_path is not None else None
        return cls(
            idf=idf,
            weights=weights,
            intercept=intercept,
            dense=dense,
            vectors=vectors,
            cnn=cnn,
            stack=tuple(
                (float(a), float(b), float(c)) for a, b, c in (cnn.stack if cnn is not None else LINEAR_ONLY)
            ),
        )

    def vectorise(self, tokens: Tokens) -> SentenceVectors:
        """The sentence's dense inputs: pooled word vectors and the network's logits."""
        words = list(tokens)
        cnn = self.cnn.logits(words) if self.cnn is not None else np.zeros(len(DATASETS), np.float32)
        return SentenceVectors(pooled=self.vectors.pooled(words), cnn=cnn)

    def dense_margins(self, pooled: np.ndarray) -> list[float]:
        """Per dataset (in DATASETS order), what the pooled word vectors add to the margin."""
        weights, bias = self._dense_folded
        margins: list[float] = (weights @ pooled + bias).tolist()
        return margins

    def linear_margins(self, features: Sequence[str], pooled: np.ndarray) -> list[float]:
        """Per dataset (in DATASETS order), the linear model's margin."""
        sums = [[0.0, 0.0] for _ in DATASETS]  # [sum of squares, dot product] per dataset
        terms = self.terms
        for feature, count in Counter(features).items():
            folded = terms.get(feature)
            if folded is None:
                continue
            tf = 1.0 + math.log(count)
            for acc, (square, product) in zip(sums, folded, strict=True):
                acc[0] += tf * tf * square
                acc[1] += tf * product
        return [
            self.intercept + dot / (math.sqrt(sumsq) or 1.0) + extra
            for (sumsq, dot), extra in zip(sums, self.dense_margins(pooled), strict=True)
        ]

    def probabilities(self, features: Sequence[str], vectors: SentenceVectors) -> dict[str, float]:
        """Probability of the positive class under each dataset's definition."""
        out = {}
        linear = self.linear_margins(features, vectors.pooled)
        for dataset, margin, cnn, (a, b, c) in zip(
            DATASETS, linear, vectors.cnn.tolist(), self.stack, strict=True
        ):
            stacked = a * margin + b * cnn + c
            out[dataset] = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, stacked))))
        return out

    def probability(self, features: Sequence[str], vectors: SentenceVectors, dataset: str) -> float:
        """Probability of the positive class under one dataset's definition."""
        return self.probabilities(features, vectors)[dataset]

    def score(
        self, features: Sequence[str], vectors: SentenceVectors, blend: Mapping[str, float] = BLEND
    ) -> float:
        """The production check-worthiness in [0, 1]: a blend of both definitions."""
        probs = self.probabilities(features, vectors)
        return sum(w * probs[d] for d, w in blend.items())
