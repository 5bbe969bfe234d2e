"""Speed of the whole extraction engine against spaCy's bare ``nlp.pipe`` (full default pipeline).

Run from the repo root: ``python bench/extract_speed.py [--words 150000]``. Both run over the same
texts in the same process (article-like texts built from the ClaimBuster train sentences and the seed
article), single process. Prints words/s of each, the ratio engine/bare, and the peak RSS.
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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


def engine_worker_rss(words: int) -> float:
    """Peak RSS (MiB) of a process that does what a worker does: load the engine, extract."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec
    code = (
        "import re, sys; sys.path.insert(0, sys.argv[2]); from bench.extract_speed import corpus; "
        "from services.claim_extraction import load_engine; "
        "load_engine().extract_many((t, None) for t in corpus(int(sys.argv[1]))); "
        "print(int(re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1)) / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(words), str(ROOT)], capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=150_000)
    parser.add_argument("--rounds", type=int, default=3, help="bare and engine runs, interleaved")
    args = parser.parse_args()
    texts = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    engine = load_engine()
    bare = spacy.load(DEFAULT_MODEL)
    engine.extract_many([(texts[0], None)])  # warm-up both
    list(bare.pipe(texts[:2]))

    wall = {"bare": 0.0, "engine": 0.0}
    cpu = {"bare": 0.0, "engine": 0.0}
    claims: list[list[Any]] = []
    for _ in range(args.rounds):  # interleaved, so a noisy neighbour hits both alike
        for name in ("bare", "engine"):
            started, cpu_started = time.perf_counter(), time.process_time()
            if name == "bare":
                for _doc in bare.pipe(texts, batch_size=64):
                    pass
            else:
                claims = engine.extract_many((t, None) for t in texts)
            wall[name] += time.perf_counter() - started
            cpu[name] += time.process_time() - cpu_started

    total = words * args.rounds
    print(f"texts {len(texts)}  words {words} x {args.rounds} rounds  claims {sum(map(len, claims))}")
    for name, label in (("bare", "bare spaCy nlp.pipe (full pipeline)"), ("engine", "engine extract_many")):
        per_cpu = total / cpu[name]
        print(f"{label:<36} {total / wall[name]:8,.0f} words/s   {per_cpu:8,.0f} words per CPU-second")
    ratio_wall, ratio_cpu = wall["bare"] / wall["engine"], cpu["bare"] / cpu["engine"]
    print(f"ratio engine/bare: {ratio_wall:.2f} (wall)  {ratio_cpu:.2f} (CPU)")
    print(f"worker-like process (engine only) peak RSS: {engine_worker_rss(args.words):,.0f} MiB")
    both = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"this process (engine + bare pipeline) peak RSS: {both:,.0f} MiB")


if __name__ == "__main__":
    main()
