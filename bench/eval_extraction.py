"""Evaluate the extraction engine: seed gold articles and the dev splits of the labelled datasets.

Run from the repo root: ``python bench/eval_extraction.py``. Prints the scorer line for every
``seeds/*.gold.json`` (scored by ``../shared/eval/score_extraction.py``), the pooled figures of each
set of annotated texts under ``bench/gold/``, and positive-class P/R/F1 at
the engine threshold 0.5 plus average precision on ClaimBuster and PoliClaim dev, each sentence run
through the whole engine with its debate/speech neighbours as context (one document per debate).
Average precision is printed twice: as scikit-learn counts it, and as the seed scorer does ("ties
last": tied scores rank negatives first, so a tie at the top costs).
"""

from __future__ import annotations

import csv
import importlib.util
import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

from sklearn.metrics import average_precision_score, precision_recall_fscore_support

from services.claim_extraction import load_engine
from services.cli_extract import claim_to_json

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
THRESHOLD = 0.5


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "eval" / "score_extraction.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def eval_seeds() -> None:
    scorer = load_scorer()
    engine = load_engine()
    for gold_path in sorted((ROOT / "seeds").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (ROOT / gold["article"]).read_text(encoding="utf-8")
        published = date.fromisoformat(gold["published_at"]) if gold.get("published_at") else None
        system = {"claims": [claim_to_json(c) for c in engine.extract(text, published)]}
        result = scorer.score(gold, system, text, THRESHOLD)
        for miss in result.pop("misses"):
            print("  -", miss)
        print(gold_path.name, " ".join(f"{k}={v}" for k, v in result.items()))


def eval_gold_sets() -> None:
    """``bench/gold/<set>/*.gold.json``: texts of other kinds (wire, web, transcripts, fact-checks,
    features, speeches, releases, live blogs), each hand-annotated in the seed's format by someone who
    did not see the engine's output; per set, the scorer's figures pooled over its files."""
    scorer = load_scorer()
    engine = load_engine()
    for folder in sorted(p for p in (ROOT / "bench" / "gold").iterdir() if p.is_dir()):
        positives = hits = touching = good = facets_ok = facets_all = 0
        precisions: list[float] = []
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = (folder / gold["article"]).read_text(encoding="utf-8")
            published = date.fromisoformat(gold["published_at"]) if gold.get("published_at") else None
            claims = [claim_to_json(c) for c in engine.extract(text, published)]
            result = scorer.score(gold, {"claims": claims}, text, THRESHOLD)
            items = scorer.load_items(gold, text)
            kept = [c for c in claims if c["checkworthiness"] >= THRESHOLD]
            pos = [i for i in items if i["checkworthy"]]
            positives += len(pos)
            hits += sum(1 for i in pos if any(scorer.overlaps(c, i) for c in kept))
            touched = [c for c in kept if any(scorer.overlaps(c, i) for i in items)]
            touching += len(touched)
            good += sum(1 for c in touched if any(scorer.overlaps(c, i) for i in pos))
            for counts in result["facets"].values():
                found, expected = map(int, counts.split("/"))
                facets_ok, facets_all = facets_ok + found, facets_all + expected
            precisions.append(result["average_precision"])
        print(
            f"bench/gold/{folder.name} ({len(precisions)} texts): recall {hits / positives:.3f} "
            f"precision {good / max(1, touching):.3f} facets {facets_ok}/{facets_all} "
            f"({facets_ok / max(1, facets_all):.3f}) mean AP {sum(precisions) / len(precisions):.3f}"
        )


Row = dict[str, str]
Layout = Callable[[list[Row]], tuple[str, list[tuple[int, int]]]]


def dev_documents(name: str, doc_column: str) -> list[list[Row]]:
    """The dev split's rows grouped by document, each document in transcript order."""
    with (SHARED / "datasets" / name / "dev.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    docs: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        docs[row[doc_column]].append(row)
    return [sorted(doc_rows, key=lambda r: int(r["line"])) for doc_rows in docs.values()]


def as_lines(doc_rows: list[Row]) -> tuple[str, list[tuple[int, int]]]:
    """One sentence per line; a blank first line keeps the first one from being read as a headline."""
    text, spans = "\n", []
    for row in doc_rows:
        text += "\n"
        spans.append((len(text), len(text) + len(row["text"])))
        text += row["text"]
    return text, spans


def as_transcript(doc_rows: list[Row]) -> tuple[str, list[tuple[int, int]]]:
    """Each run of one candidate's consecutive lines is a turn, ``SURNAME: sentence sentence …``, one
    turn per paragraph (moderators' lines are not in the data)."""
    text, spans, last = "", [], None
    for row in doc_rows:
        turn = (row["speaker"], int(row["line"]))
        if last is None or turn[0] != last[0] or turn[1] != last[1] + 1:
            text += ("\n\n" if text else "") + row["speaker"].split()[-1].upper() + ": "
        else:
            text += " "
        spans.append((len(text), len(text) + len(row["text"])))
        text += row["text"]
        last = turn
    return text, spans


def eval_dataset(name: str, doc_column: str, layout: Layout = as_lines, label: str = "") -> None:
    """Each dev document becomes one text in ``layout``; a sentence's score is the max over the claims
    overlapping its span, as the scorer does."""
    engine = load_engine()
    labels, scores = [], []
    for doc_rows in dev_documents(name, doc_column):
        text, spans = layout(doc_rows)
        claims = engine.extract(text, None)
        for row, (start, end) in zip(doc_rows, spans, strict=True):
            inside = [c.checkworthiness for c in claims if c.start < end and start < c.end]
            labels.append(int(row["label"]))
            scores.append(max(inside, default=0.0))
    p, r, f, _ = precision_recall_fscore_support(labels, [s >= THRESHOLD for s in scores], average="binary")
    ap = average_precision_score(labels, scores)
    # the seed scorer's AP ranks tied negatives first: ties at the top cost there what they do not here
    tied = load_scorer().average_precision([(s, bool(y)) for s, y in zip(scores, labels, strict=True)])
    print(
        f"{name} dev{label} (engine, threshold {THRESHOLD}): "
        f"P {p:.3f} R {r:.3f} F1 {f:.3f} AP {ap:.3f} (ties last: {tied:.3f}) (n={len(labels)})"
    )


def eval_transcripts() -> None:
    """ClaimBuster dev as the debates' transcripts (speaker-labelled turns)."""
    eval_dataset("claimbuster", "debate", as_transcript, " as transcripts")


if __name__ == "__main__":
    eval_seeds()
    eval_gold_sets()
    eval_dataset("claimbuster", "debate")
    eval_dataset("policlaim", "doc")
    eval_transcripts()
