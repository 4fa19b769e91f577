"""The trained reply-stance classifier: a MiniLM cross-encoder run with ONNX Runtime.

The model reads a (target, reply) pair as one sequence and gives probabilities for
``rebut``, ``none`` and ``agree``. It is trained by ``bench/train_stance.py`` and shipped in
``data/`` as int8 ONNX weights with the tokenizer; nothing is downloaded. The session is
made once per process, on first use, after the files are checked against ``SHA256SUMS.txt``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.cpus import usable_cpus
from argmap.errors import ArgmapError

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "DATA_DIR",
    "Classify",
    "StanceModelError",
    "classify_pairs",
    "labels",
    "trained_tokens",
]

DATA_DIR = Path(__file__).parent / "data"
MODEL_FILE = "stance-minilm-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
META_FILE = "stance.json"
#: Pairs per ONNX run: padding is per batch, so pairs are sorted by length first.
BATCH_SIZE = 32
#: Pairs tokenized at a time when only their lengths are wanted.
ENCODE_CHUNK = 512
#: Environment variable capping the threads one process gives the model (0 or unset: one
#: per core). Worker processes set it to 1 so that N workers use N cores, not N².
THREADS_ENV = "ARGMAP_STANCE_THREADS"


#: A function with the signature of :func:`classify_pairs`, such as a cache in front of it.
Classify = Callable[[Sequence[tuple[str, str]], int | None], list[tuple[float, ...]]]


class StanceModelError(ArgmapError):
    """The shipped stance model is missing or does not match its checksum."""


def labels() -> tuple[str, ...]:
    """Label of each probability the classifier returns, in order."""
    return tuple(_meta()["labels"])


def classify_pairs(
    pairs: Sequence[tuple[str, str]], max_tokens: int | None = None
) -> list[tuple[float, ...]]:
    """Probabilities per label (see :func:`labels`) for each (target, reply) pair.

    ``max_tokens`` cuts each pair shorter than the trained length (:func:`trained_tokens`):
    the model's time is about proportional to it, and its accuracy drops a little (see
    ``docs/scale.md``). Pairs are tokenized twice, once for their lengths (to sort them, so
    batches carry little padding) and once per batch, because a tokenizer encoding keeps
    every token's text and offsets: holding all of a big thread's took gigabytes.
    """
    tokenizer = _tokenizer(max_tokens or trained_tokens())
    lengths = [
        len(encoding.ids)
        for start in range(0, len(pairs), ENCODE_CHUNK)
        for encoding in tokenizer.encode_batch(list(pairs[start : start + ENCODE_CHUNK]))
    ]
    order = sorted(range(len(pairs)), key=lengths.__getitem__)
    batches = [order[start : start + BATCH_SIZE] for start in range(0, len(order), BATCH_SIZE)]
    probabilities: list[tuple[float, ...]] = [()] * len(pairs)

    def run(session, batches: list[list[int]]) -> None:
        for batch in batches:
            encodings = tokenizer.encode_batch([pairs[i] for i in batch])
            logits = session.run(["logits"], _inputs(encodings))[0]
            for i, row in zip(batch, _softmax(logits), strict=True):
                probabilities[i] = tuple(float(p) for p in row)

    sessions = _sessions()
    with ThreadPoolExecutor(len(sessions)) as pool:
        shares = [batches[k :: len(sessions)] for k in range(len(sessions))]
        list(pool.map(run, sessions, shares))
    return probabilities


def trained_tokens() -> int:
    """The pair length (in tokens) the model was trained with, and reads by default."""
    return int(_meta()["max_length"])


def _inputs(encodings) -> dict[str, np.ndarray]:
    import numpy as np

    width = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    types = np.zeros_like(ids)
    for row, encoding in enumerate(encodings):
        n = len(encoding.ids)
        ids[row, :n] = encoding.ids
        mask[row, :n] = 1
        types[row, :n] = encoding.type_ids
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


def _softmax(logits: np.ndarray) -> np.ndarray:
    import numpy as np

    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


@cache
def _meta() -> dict:
    _verify()
    return json.loads((DATA_DIR / META_FILE).read_text(encoding="utf-8"))


@cache
def _tokenizer(max_tokens: int):
    from tokenizers import Tokenizer

    _verify()
    tokenizer = Tokenizer.from_file(str(DATA_DIR / TOKENIZER_FILE))
    tokenizer.enable_truncation(max_length=max_tokens, strategy="longest_first")
    tokenizer.no_padding()
    return tokenizer


@cache
def _sessions() -> tuple:
    """One single-threaded ONNX Runtime session per core the model may use, each fed its
    own share of the batches from a Python thread (the runtime lets go of the GIL). On
    this 2-core machine that is 20% faster than one session with two threads, which
    meet at a barrier inside every matrix product of every batch, or spin while waiting."""
    import onnxruntime

    _verify()
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    count = int(os.environ.get(THREADS_ENV) or 0) or usable_cpus()
    return tuple(
        onnxruntime.InferenceSession(
            str(DATA_DIR / MODEL_FILE), options, providers=["CPUExecutionProvider"]
        )
        for _ in range(count)
    )


@cache
def _verify() -> None:
    """Check the shipped files against ``SHA256SUMS.txt`` once per process."""
    sums = DATA_DIR / "SHA256SUMS.txt"
    if not sums.is_file():
        raise StanceModelError(f"stance model checksums missing: {sums}")
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        path = DATA_DIR / name
        if not path.is_file():
            raise StanceModelError(f"stance model file missing: {path}")
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise StanceModelError(f"stance model file does not match its checksum: {path}")
