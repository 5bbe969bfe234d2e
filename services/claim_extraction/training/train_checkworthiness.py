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
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_fscore_support

from services.claim_extraction.pipeline import DEFAULT_MODEL, load_nlp
from services.claim_extraction.scoring import (
    ARTIFACT_PATH,
    DATASETS,
    CheckworthinessModel,
    augment,
    sentence_features,
)

DOC_COLUMN = {"claimbuster": "debate", "policlaim": "doc"}
DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "datasets"


def read_split(root: Path, dataset: str, split: str) -> list[dict[str, str]]:
    with (root / dataset / f"{split}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def featurise(rows: Sequence[dict[str, str]], dataset: str, model: str) -> list[list[str]]:
    """Sentence features with the previous/next sentence of the same document as context."""
    nlp = load_nlp(model)
    docs = list(nlp.pipe((r["text"] for r in rows), batch_size=256))
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
    return out


def class_balanced_weights(labels: Sequence[int]) -> list[float]:
    """Balance classes within one dataset and give each dataset the same total weight."""
    share = sum(labels) / len(labels)
    return [0.5 / share if y else 0.5 / (1.0 - share) for y in labels]


def identity(features: list[str]) -> list[str]:
    return features


def export(vectorizer: TfidfVectorizer, clf: LogisticRegression, path: Path, prune: float) -> None:
    """Write the shared and dataset-specific feature weights as one compressed ``.npz``."""
    names = vectorizer.get_feature_names_out()
    coef = clf.coef_[0]
    keep = [i for i, w in enumerate(coef) if abs(w) >= prune]
    keep.sort(key=lambda i: str(names[i]))
    blob = "\n".join(str(names[i]) for i in keep).encode("utf-8")
    np.savez_compressed(
        path,
        names=np.frombuffer(blob, dtype=np.uint8),
        idf=np.array([vectorizer.idf_[i] for i in keep], dtype=np.float32),
        weights=np.array([coef[i] for i in keep], dtype=np.float32),
        intercept=np.array(clf.intercept_[0], dtype=np.float64),
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
    args = parser.parse_args()

    train_x: list[list[str]] = []
    train_y: list[int] = []
    train_w: list[float] = []
    dev: dict[str, tuple[list[list[str]], np.ndarray]] = {}  # features, labels
    for dataset in DATASETS:
        rows = read_split(args.datasets, dataset, "train")
        train_x += [augment(f, dataset) for f in featurise(rows, dataset, args.model)]
        row_labels = [int(r["label"]) for r in rows]
        train_y += row_labels
        train_w += class_balanced_weights(row_labels)
        dev_rows = read_split(args.datasets, dataset, "dev")
        dev[dataset] = (
            featurise(dev_rows, dataset, args.model),
            np.array([int(r["label"]) for r in dev_rows]),
        )

    vectorizer = TfidfVectorizer(analyzer=identity, sublinear_tf=True, min_df=3)
    x = vectorizer.fit_transform(train_x)
    clf = LogisticRegression(C=args.C, max_iter=3000)
    clf.fit(x, np.array(train_y), sample_weight=np.array(train_w))
    export(vectorizer, clf, args.out, args.prune)

    model = CheckworthinessModel.load(args.out)
    for dataset, (feats, labels) in dev.items():
        own = clf.predict_proba(vectorizer.transform([augment(f, dataset) for f in feats]))[:, 1]
        prod = np.array([model.score(f) for f in feats])
        print(report(f"{dataset} dev, dataset-specific score", labels, own))
        print(report(f"{dataset} dev, production score", labels, prod))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
