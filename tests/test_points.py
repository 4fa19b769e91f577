"""Key points: the offline sentence encoder and the grouping of texts that make one point."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest

from argmap.points import embed
from tests.conftest import REPO

PARAPHRASES = [
    "School uniforms save parents a lot of money.",
    "Smoking in public places harms the health of everyone nearby.",
    "Uniforms are cheaper for families than buying fashionable clothes.",
    "Second-hand smoke in public spaces damages the health of bystanders.",
]


def test_vectors_are_unit_length_and_deterministic() -> None:
    first = embed.encode(PARAPHRASES)
    again = embed.encode(list(reversed(PARAPHRASES)))[::-1]
    assert first.shape == (4, embed.DIMENSIONS)
    assert first.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(first, again, atol=1e-6)


def test_paraphrases_are_closer_than_other_topics() -> None:
    vectors = embed.encode(PARAPHRASES)
    similarity = vectors @ vectors.T
    # 0 and 2 are both about the cost of uniforms, 1 and 3 both about smoke in public.
    assert similarity[0, 2] > max(similarity[0, 1], similarity[0, 3])
    assert similarity[1, 3] > max(similarity[1, 0], similarity[1, 2])


def test_threads_may_encode_at_the_same_time() -> None:
    from concurrent.futures import ThreadPoolExecutor

    encoder = embed.SentenceEncoder()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(encoder.encode, [PARAPHRASES] * 4))
    for result in results[1:]:
        np.testing.assert_allclose(result, results[0], atol=1e-6)


def test_a_tampered_model_file_is_refused(tmp_path) -> None:
    import shutil

    for name in ("SHA256SUMS.txt", embed.TOKENIZER_FILE, embed.SETTINGS_FILE):
        shutil.copyfile(embed.DATA_DIR / name, tmp_path / name)
    (tmp_path / embed.MODEL_FILE).write_bytes(b"not a model")
    with pytest.raises(embed.EmbedderError, match="checksum"):
        embed.SentenceEncoder(tmp_path).encode(["a text"])


_ENCODE_WITHOUT_SOCKETS = textwrap.dedent(
    """
    import socket, sys

    attempts = []

    def audit(event, args):
        if event.startswith("socket.") or event == "urllib.Request":
            attempts.append(event)
            raise OSError("network disabled for this test")

    sys.addaudithook(audit)
    from argmap.points import embed

    vectors = embed.encode(["a first text", "a second text"])
    print(vectors.shape, "attempts:", attempts)
    """
)


def test_nothing_is_downloaded() -> None:
    """Encoding runs with every socket refused: the weights come from the package."""
    run = subprocess.run(
        [sys.executable, "-c", _ENCODE_WITHOUT_SOCKETS],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "(2, 384)" in run.stdout
    assert "attempts: []" in run.stdout
