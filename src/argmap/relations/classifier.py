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
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.cpus import usable_cpus
from argmap.errors import Problem, StanceModelError

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "DATA_DIR",
    "Classify",
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
#: Tokens of the target (the parent comment, or the text quoted) the model reads. A reply
#: states its stance in its own words; the target's opening says what it is about. On the
#: held-out DEBAGREEMENT test, pairs with the target cut to 24 tokens scored 0.605
#: accuracy against 0.607 for the trained cut (the longer text first), with a fifth fewer
#: tokens (``bench/eval_relations.py``).
TARGET_TOKENS = 24
#: Tokens of a pair the model reads by default, of the 128 it was trained with: the target's
#: first 24 and the reply's first 56. Where a reply takes sides it mostly does so early;
#: the model's time falls by about a third against the trained length, and on the held-out
#: DEBAGREEMENT test cues + classifier score 0.607 accuracy / 0.590 macro-F1 at 80 tokens
#: against 0.608 / 0.589 at 128 (``bench/eval_relations.py --stance-lengths 128 96 80
#: 64``; 0.601 / 0.587 at 64; picked with those figures in view). On the blind reply
#: pairs of real threads it finds fewer agree/rebut pairs (0.376 against 0.424 at 128;
#: ``docs/scale.md``). ``--stance-tokens`` chooses another length.
RUN_TOKENS = 80
#: Environment variable capping the threads one process gives the model (0 or unset: one
#: per core). Worker processes set it to 1 so that N workers use N cores, not N².
THREADS_ENV = "ARGMAP_STANCE_THREADS"


#: A function with the signature of :func:`classify_pairs`, such as a cache in front of it.
Classify = Callable[[Sequence[tuple[str, str]], int | None], list[tuple[float, ...]]]


def labels() -> tuple[str, ...]:
    """Label of each probability the classifier returns, in order."""
    return tuple(_meta()["labels"])


def classify_pairs(
    pairs: Sequence[tuple[str, str]],
    max_tokens: int | None = None,
    stop: threading.Event | None = None,
    widen: threading.Event | None = None,
) -> list[tuple[float, ...]]:
    """Probabilities per label (see :func:`labels`) for each (target, reply) pair.

    ``max_tokens`` is the pair length read (default :data:`RUN_TOKENS`, at most the trained
    length, :func:`trained_tokens`): the model's time grows with it (see
    ``docs/scale.md``). Pairs are tokenized twice, once for their lengths (to sort them, so
    batches carry little padding) and once per batch, because a tokenizer encoding keeps
    every token's text and offsets: holding all of a big thread's took gigabytes.
    Setting ``stop`` (from another thread) ends the work after the current batches, with
    :class:`~concurrent.futures.CancelledError`. With ``widen``, one core's session starts
    and the others join in when ``widen`` is set: the caller keeps the other cores for its
    own work (the parse) until then.
    """
    tokenizer = _tokenizer(max_tokens or min(RUN_TOKENS, trained_tokens()))
    pairs = _cut_targets(pairs)
    lengths = [
        len(encoding.ids)
        for start in range(0, len(pairs), ENCODE_CHUNK)
        for encoding in tokenizer.encode_batch(list(pairs[start : start + ENCODE_CHUNK]))
    ]
    order = sorted(range(len(pairs)), key=lengths.__getitem__)
    waiting = deque(order[start : start + BATCH_SIZE] for start in range(0, len(order), BATCH_SIZE))
    probabilities: list[tuple[float, ...]] = [()] * len(pairs)

    def run(session, start: threading.Event | None) -> None:
        if start is not None:
            start.wait()
        while not (stop is not None and stop.is_set()):
            try:
                batch = waiting.popleft()  # atomic: each batch goes to one session
            except IndexError:
                return
            encodings = tokenizer.encode_batch([pairs[i] for i in batch])
            logits = session.run(["logits"], _inputs(encodings))[0]
            for i, row in zip(batch, _softmax(logits), strict=True):
                probabilities[i] = tuple(float(p) for p in row)

    sessions = _sessions()
    starts = [None] + [widen] * (len(sessions) - 1)
    with ThreadPoolExecutor(len(sessions)) as pool:
        running = [
            pool.submit(run, session, start)
            for session, start in zip(sessions, starts, strict=True)
        ]
        running[0].result()
        if widen is not None:
            widen.set()  # the first session emptied the queue: let any still waiting go
        for future in running:
            future.result()
    if stop is not None and stop.is_set():
        raise CancelledError("stance classification stopped")
    return probabilities


def _cut_targets(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs with each target cut after its first :data:`TARGET_TOKENS` tokens."""
    tokenizer = _tokenizer(None)
    cut = []
    for start in range(0, len(pairs), ENCODE_CHUNK):
        chunk = pairs[start : start + ENCODE_CHUNK]
        targets = tokenizer.encode_batch([t for t, _ in chunk], add_special_tokens=False)
        for (target, reply), encoding in zip(chunk, targets, strict=True):
            if len(encoding.offsets) > TARGET_TOKENS:
                target = target[: encoding.offsets[TARGET_TOKENS - 1][1]]
            cut.append((target, reply))
    return cut


def trained_tokens() -> int:
    """The pair length (in tokens) the model was trained with: the longest it reads."""
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
def _tokenizer(max_tokens: int | None):
    """The shipped tokenizer, cutting pairs to ``max_tokens`` (``None``: not cutting)."""
    from tokenizers import Tokenizer

    _verify()
    tokenizer = Tokenizer.from_file(str(DATA_DIR / TOKENIZER_FILE))
    if max_tokens is None:
        tokenizer.no_truncation()
    else:
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
        raise StanceModelError(Problem.STANCE_MODEL.format(problem="checksums missing", path=sums))
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        path = DATA_DIR / name
        if not path.is_file():
            raise StanceModelError(Problem.STANCE_MODEL.format(problem="file missing", path=path))
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise StanceModelError(
                Problem.STANCE_MODEL.format(problem="file does not match its checksum", path=path)
            )
