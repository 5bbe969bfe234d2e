"""A small convolutional sentence scorer, distilled from a fine-tuned transformer.

The linear model (``scoring.py``) sees words and tags as a bag; a transformer fine-tuned on the same
labels reads them in order and scores far better on dev (ClaimBuster AP 0.83 against 0.77), but
runs at ~1,700 words per second per core even in length-sorted batches of 256 (measured while
labelling the transfer set), alone a third of what the whole engine must do. This
network is the usual way out (Hinton et al., 2015; Tang et al., 2019, "Distilling task-specific
knowledge from BERT into simple neural networks"): trained offline to reproduce the transformer's
two logits (ClaimBuster's and PoliClaim's definition) on the training sentences and on perturbed
copies of them (words masked, swapped or cut off), then shipped as plain arrays and run here in
numpy at a few microseconds per word.

Architecture, per sentence (spaCy tokens, spaces skipped, lower-cased): each word is its GloVe
vector (the engine's ``word_vectors.npz``, zeros when unknown) next to a learned task embedding
(words seen twice in training; others share one row), one convolution over three-word windows
with a ReLU, the maximum and the mean over the sentence, and a linear layer to the two logits.
The artifact ``checkworthiness_cnn.npz`` is loaded with ``allow_pickle=False``; it is built by
``training/distill_checkworthiness.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from services.claim_extraction.word_vectors import WordVectors

CNN_PATH = Path(__file__).with_name("checkworthiness_cnn.npz")
UNKNOWN = 0  # row of the task embedding shared by words outside its vocabulary


@dataclass(frozen=True)
class SentenceCNN:
    vocabulary: dict[str, int]  # word -> row of ``embedding``
    embedding: np.ndarray  # float32, (words, task_dim)
    conv: np.ndarray  # float32, (3 * (glove_dim + task_dim), filters): windows [t-1, t, t+1]
    conv_bias: np.ndarray  # float32, (filters,)
    out: np.ndarray  # float32, (2 * filters, datasets): [max, mean] -> one logit per dataset
    out_bias: np.ndarray  # float32, (datasets,)
    # (datasets, 3): per dataset, the final margin's weights on the linear model's margin, on this
    # network's logit and a constant (a logistic regression on dev; ``scoring.CheckworthinessModel``)
    stack: np.ndarray
    vectors: WordVectors
    glove: np.ndarray  # float32, (words + 1, glove_dim): dequantised GloVe rows, row 0 = unknown

    @classmethod
    def load(cls, vectors: WordVectors, path: Path = CNN_PATH) -> SentenceCNN:
        with np.load(path, allow_pickle=False) as data:
            return cls.from_arrays(vectors, data)

    @classmethod
    def from_arrays(cls, vectors: WordVectors, data: Mapping[str, np.ndarray]) -> SentenceCNN:
        """The network from the artifact's arrays (an open ``.npz`` or what training returns)."""
        words = data["words"].tobytes().decode("utf-8").split("\n")
        # C-contiguous float32: OpenBLAS multiplies a row-major matrix ~1.6x faster here
        arrays = {
            k: np.ascontiguousarray(data[k], dtype=np.float32)
            for k in ("conv", "conv_bias", "out", "out_bias", "stack")
        }
        return cls(
            vocabulary={w: i + 1 for i, w in enumerate(words)},
            embedding=data["embedding"].astype(np.float32) * data["embedding_scale"],
            vectors=vectors,
            glove=vectors.rows_with_unknown(),
            **arrays,
        )

    def inputs(self, words: list[str]) -> np.ndarray:
        """``(len(words), glove_dim + task_dim)``: each word's GloVe vector and task embedding."""
        index, vocabulary = self.vectors.index, self.vocabulary
        glove_rows = [index.get(w, -1) + 1 for w in words]
        task_rows = [vocabulary.get(w, UNKNOWN) for w in words]
        return np.concatenate([self.glove[glove_rows], self.embedding[task_rows]], axis=1)

    def logits_of_words(self, words: list[str]) -> np.ndarray:
        """One logit per dataset (in ``scoring.DATASETS`` order) for a sentence given as words."""
        if not words:
            words = [""]
        x = self.inputs(words)
        padded = np.zeros((len(words) + 2, x.shape[1]), np.float32)
        padded[1:-1] = x
        windows = np.concatenate([padded[:-2], padded[1:-1], padded[2:]], axis=1)
        hidden = np.maximum(windows @ self.conv + self.conv_bias, 0.0)
        pooled = np.concatenate([hidden.max(axis=0), hidden.mean(axis=0)])
        result: np.ndarray = pooled @ self.out + self.out_bias
        return result

    def logits(self, tokens: Iterable[Token]) -> np.ndarray:
        """One logit per dataset for a sentence given as spaCy tokens."""
        return self.logits_of_words([t.lower_ for t in tokens if not t.is_space])
