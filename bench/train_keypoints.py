"""Train the key-point encoder and choose its grouping cut, shipped in ``src/argmap/points/data/``.

Off-the-shelf sentence embeddings put arguments close when they share words and topic, not
when they make the same point: on ArgKP-2021 dev, all-MiniLM-L6-v2 with average-linkage
clustering scores no better than TF-IDF (``bench/eval_keypoints.py``). So the encoder is
fine-tuned on ArgKP-2021 train, where crowd arguments are matched to expert key points: in
each batch, arguments of one topic that match a common key point are pulled
together and the others pushed apart (supervised contrastive loss, Khosla et al. 2020, over
cosine similarity). Batches hold one topic each, so the negatives are the hard ones: same
topic, another point, on either side.

Steps, all on train (dev is only read by ``bench/eval_keypoints.py``):

1. fine-tune on three quarters of the train topics (18 of 24), export to int8 ONNX, and
   choose the cosine distance at which average linkage stops merging, on the held-out
   quarter, by the sum of V-measure and the share of key points recovered;
2. with ``--refit``, fine-tune again on all train topics with the same settings; without
   it (the default, half the time) the step-1 encoder is shipped with its cut.
   ``--distance D`` skips step 1 and only fits on all train topics, with the cut D that an
   earlier step 1 chose.

The word-piece embeddings stay frozen. ``--layers K`` keeps MiniLM's lowest K of 6 layers
(time per text is about proportional to them); with 3, the pooled vectors of a topic's
arguments stayed too close to part after 2 epochs (best held-out V-measure 0.39, all merged
beyond distance 0.2), so all 6 are kept. Needs the ``train`` extra.
Defaults build the shipped files::

    nice -n 5 .venv/bin/python bench/train_keypoints.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from build_embedder import export_encoder, extract_base_model, pooled_encoder, write_checksums
from keypoints_data import Debate, read_debates, recovered, v_measure

from argmap.files import atomic_write_text
from argmap.points.embed import TOKENIZER_FILE, SentenceEncoder
from argmap.points.group import MODEL_FILE, SETTINGS_FILE, group_vectors

#: Candidate cuts (cosine distance) tried on the held-out topics.
DISTANCES = [round(0.05 + 0.025 * k, 3) for k in range(37)]


def split_topics(debates: list[Debate]) -> tuple[list[Debate], list[Debate]]:
    """(fit, held out): every fourth topic in sorted order is held out, both its stances."""
    topics = sorted({d.topic for d in debates})
    held = set(topics[3::4])
    return [d for d in debates if d.topic not in held], [d for d in debates if d.topic in held]


def make_batches(
    debates: list[Debate], size: int, rng: random.Random
) -> list[list[tuple[str, frozenset[str]]]]:
    """Shuffled batches of (argument, its key points), each from one topic, both stances
    mixed: a thread's claims are not sorted by side, so the encoder must also keep apart
    the two sides' arguments about one aspect (key points belong to one side)."""
    by_topic: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for debate in debates:
        pairs = zip(debate.texts, debate.matches, strict=True)
        by_topic.setdefault(debate.topic, []).extend(
            (text, frozenset(kps)) for text, kps in pairs if kps
        )
    batches = []
    for items in by_topic.values():
        rng.shuffle(items)
        batches.extend(items[s : s + size] for s in range(0, len(items), size))
    batches = [batch for batch in batches if len(batch) >= 4]
    rng.shuffle(batches)
    return batches


def supervised_contrastive_loss(vectors, positives, temperature: float):
    """Mean over anchors with a positive of -log softmax similarity to each positive,
    against every other row in the batch (Khosla et al. 2020)."""
    import torch

    similarity = vectors @ vectors.T / temperature
    eye = torch.eye(len(vectors), dtype=torch.bool)
    similarity = similarity.masked_fill(eye, float("-inf"))
    log_probability = similarity - torch.logsumexp(similarity, dim=1, keepdim=True)
    log_probability = log_probability.masked_fill(eye, 0.0)
    counts = positives.sum(dim=1)
    anchors = counts > 0
    per_anchor = -(log_probability * positives).sum(dim=1)[anchors] / counts[anchors]
    return per_anchor.mean()


def fine_tune(debates: list[Debate], base: Path, args):
    """The pooled encoder after ``args.epochs`` epochs of contrastive training."""
    import torch
    from tokenizers import Tokenizer
    from transformers import get_linear_schedule_with_warmup

    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    model = pooled_encoder(base)
    if args.layers < 6:
        model.bert.encoder.layer = model.bert.encoder.layer[: args.layers]
        model.bert.config.num_hidden_layers = args.layers
    for parameter in model.bert.embeddings.parameters():
        parameter.requires_grad = False  # 11.7M word-piece weights stay general, untouched
    tokenizer = Tokenizer.from_file(str(base / TOKENIZER_FILE))
    tokenizer.enable_truncation(max_length=args.max_length)
    tokenizer.enable_padding()
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    steps = len(make_batches(debates, args.batch_size, random.Random(0))) * args.epochs
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.1 * steps), steps)
    started, step = time.monotonic(), 0
    for epoch in range(args.epochs):
        model.train()
        for batch in make_batches(debates, args.batch_size, rng):
            encodings = tokenizer.encode_batch([text for text, _ in batch])
            ids = torch.tensor([e.ids for e in encodings])
            mask = torch.tensor([e.attention_mask for e in encodings])
            vectors = model(ids, mask, torch.zeros_like(ids))
            positives = torch.tensor([[float(bool(a & b)) for _, b in batch] for _, a in batch])
            positives.fill_diagonal_(0.0)
            loss = supervised_contrastive_loss(vectors, positives, args.temperature)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 20 == 0:
                elapsed = time.monotonic() - started
                print(
                    f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.3f} "
                    f"{elapsed / 60:.1f} min, eta {elapsed / step * (steps - step) / 60:.1f} min",
                    flush=True,
                )
    return model.eval()


def ship(model, out: Path, base: Path, workdir: Path, settings: dict) -> None:
    """Write the int8 encoder, its settings and checksums into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    export_encoder(model, out / MODEL_FILE, workdir)
    if not (out / TOKENIZER_FILE).is_file():
        shutil.copyfile(base / TOKENIZER_FILE, out / TOKENIZER_FILE)
    atomic_write_text(out / SETTINGS_FILE, json.dumps(settings, indent=1) + "\n")
    write_checksums(out, [MODEL_FILE, SETTINGS_FILE, TOKENIZER_FILE])


def score_distances(encoder: SentenceEncoder, debates: list[Debate]) -> dict[float, tuple]:
    """Per candidate distance: (mean V-measure, share of key points recovered)."""
    vectors = [encoder.encode(d.texts) for d in debates]
    scores = {}
    for distance in DISTANCES:
        vs, found, counted = [], 0, 0
        for debate, matrix in zip(debates, vectors, strict=True):
            groups = group_vectors(matrix, distance)
            vs.append(v_measure(debate, groups))
            f, c = recovered(debate, groups)
            found, counted = found + f, counted + c
        scores[distance] = (sum(vs) / len(vs), found / max(counted, 1))
    return scores


def choose_distance(debates: list[Debate], base: Path, workdir: Path, args) -> tuple:
    """Step 1: (encoder fitted on the fit topics, chosen cut, scores of every cut)."""
    fit, held_out = split_topics(debates)
    print(f"{len(fit)} debates to fit, {len(held_out)} held out", flush=True)
    model = fine_tune(fit, base, args)
    trial = workdir / "trial"
    ship(model, trial, base, workdir, settings_for(args, 0.5))
    scores = score_distances(SentenceEncoder(trial, MODEL_FILE, SETTINGS_FILE), held_out)
    for d, (v, r) in scores.items():
        print(f"  distance {d:.3f}: V-measure {v:.3f}, recovered {r:.3f}", flush=True)
    distance = max(scores, key=lambda d: scores[d][0] + scores[d][1])
    print(f"chosen distance {distance}", flush=True)
    return model, distance, scores


def settings_for(args, distance: float, scores: dict | None = None) -> dict:
    settings = {
        "base_model": "sentence-transformers/all-MiniLM-L6-v2",
        "max_length": args.max_length,
        "dimensions": 384,
        "layers": args.layers,
        "distance": distance,
        "training": "ArgKP-2021 train, supervised contrastive loss per topic, both stances",
        "refit_on_all_train_topics": args.refit,
        "epochs": args.epochs,
        "batch_size": args.batch_size,
        "learning_rate": args.lr,
        "temperature": args.temperature,
        "seed": args.seed,
    }
    if scores is not None:
        settings["held_out_topics"] = {
            str(d): {"v_measure": round(v, 4), "recovered": round(r, 4)}
            for d, (v, r) in scores.items()
        }
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", default="src/argmap/points/data")
    parser.add_argument("--layers", type=int, default=6, help="encoder layers kept (1-6)")
    parser.add_argument("--max-length", type=int, default=48)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--temperature", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    parser.add_argument(
        "--refit", action="store_true", help="step 2: fit again on all train topics"
    )
    parser.add_argument(
        "--distance",
        type=float,
        default=0.0,
        help="skip step 1: fit on all train topics and ship with this cut (from an earlier step 1)",
    )
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    debates = read_debates(Path(args.shared), "train")
    workdir = Path(tempfile.mkdtemp(prefix="argmap-keypoints-"))
    try:
        base = extract_base_model(workdir)
        if args.distance:
            distance, scores = args.distance, None
            model = None
        else:
            model, distance, scores = choose_distance(debates, base, workdir, args)
        if args.refit or model is None:
            print(f"fitting again on all {len(debates)} train debates", flush=True)
            model = fine_tune(debates, base, args)
        ship(model, Path(args.out), base, workdir, settings_for(args, distance, scores))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
