"""Speed of the whole extraction engine against spaCy's bare ``nlp.pipe`` (full default pipeline).

Run from the repo root: ``python bench/extract_speed.py [--words 150000]``. Both run over the same
texts in the same process (article-like texts built from the ClaimBuster train sentences and the seed
article), single process. Prints words/s of each, the ratio engine/bare, and the peak RSS.
"""

from __future__ import annotations

import argparse
import csv
import resource
import time
from pathlib import Path

import spacy

from services.claim_extraction import load_engine
from services.claim_extraction.pipeline import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parents[1]


def corpus(words: int) -> list[str]:
    """Article-sized texts (paragraphs of ~5 sentences, ~600 words each)."""
    path = ROOT.parent / "shared" / "datasets" / "claimbuster" / "train.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        sentences = [row["text"] for row in csv.DictReader(handle)]
    seed = (ROOT / "seeds" / "putin-rejects-ceasefire.txt").read_text(encoding="utf-8")
    texts, total, i = [seed], len(seed.split()), 0
    while total < words:
        paragraphs = [" ".join(sentences[(i + k * 5) % len(sentences) : (i + k * 5) % len(sentences) + 5])
                      for k in range(6)]  # fmt: skip
        text = "\n\n".join(paragraphs)
        texts.append(text)
        total += len(text.split())
        i += 30
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=150_000)
    args = parser.parse_args()
    texts = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    engine = load_engine()
    bare = spacy.load(DEFAULT_MODEL)
    engine.extract_many([(texts[0], None)])  # warm-up both
    list(bare.pipe(texts[:2]))

    started = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=64):
        pass
    bare_wps = words / (time.perf_counter() - started)

    started = time.perf_counter()
    claims = engine.extract_many((t, None) for t in texts)
    engine_wps = words / (time.perf_counter() - started)

    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"texts {len(texts)}  words {words}  claims {sum(map(len, claims))}")
    print(f"bare spaCy nlp.pipe (full pipeline): {bare_wps:,.0f} words/s")
    print(f"engine extract_many:                 {engine_wps:,.0f} words/s")
    print(f"ratio engine/bare: {engine_wps / bare_wps:.2f}   peak RSS: {rss_mib:,.0f} MiB")


if __name__ == "__main__":
    main()
