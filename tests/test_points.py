"""Key points: the offline sentence encoder and the grouping of texts that make one point."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest

from argmap.errors import EmbedderError
from argmap.points import embed, group, key_points
from argmap.points.group import MAX_NAME_WORDS, group_vectors
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


def test_a_repeated_text_is_encoded_once(monkeypatch) -> None:
    encoder = embed.SentenceEncoder()
    alone = encoder.encode(PARAPHRASES)
    seen: list[int] = []
    original = embed.SentenceEncoder.encode

    def counting(self, texts):
        seen.append(len(texts))
        return original(self, texts)

    monkeypatch.setattr(embed.SentenceEncoder, "encode", counting)
    repeated = encoder.encode([*PARAPHRASES, PARAPHRASES[0], PARAPHRASES[2]])
    assert seen == [len(PARAPHRASES) + 2, len(PARAPHRASES)]
    np.testing.assert_array_equal(repeated[: len(PARAPHRASES)], alone)
    np.testing.assert_array_equal(repeated[len(PARAPHRASES) :], alone[[0, 2]])


def test_a_tampered_model_file_is_refused(tmp_path) -> None:
    import shutil

    for name in ("SHA256SUMS.txt", embed.TOKENIZER_FILE, embed.SETTINGS_FILE):
        shutil.copyfile(embed.DATA_DIR / name, tmp_path / name)
    (tmp_path / embed.MODEL_FILE).write_bytes(b"not a model")
    with pytest.raises(EmbedderError, match="checksum"):
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


COST_OF_UNIFORMS = [
    "School uniforms save parents money because children need fewer clothes.",
    "Uniforms are cheaper for families than buying the latest fashions.",
    "Buying a uniform costs parents less than a wardrobe of trendy clothes.",
]
PASSIVE_SMOKING = [
    "Smoking in restaurants harms the health of the staff and the other diners.",
    "Second-hand smoke in public places damages the health of non-smokers.",
    "Passive smoking in bars makes the people around the smoker ill.",
]
UNRELATED = [
    "My cat sleeps most of the afternoon on the windowsill.",
    "The train to Leeds was late again this morning.",
]


def test_key_points_group_paraphrases_and_leave_the_rest_out() -> None:
    texts = [*COST_OF_UNIFORMS, *PASSIVE_SMOKING, *UNRELATED]
    points = key_points(texts)
    groups = [set(point.members) for point in points]
    uniforms, smoking, unrelated = {0, 1, 2}, {3, 4, 5}, {6, 7}
    assert any(uniforms <= members for members in groups), groups
    assert any(smoking <= members for members in groups), groups
    for members in groups:
        assert not (members & uniforms and members & smoking), members
        assert not members & unrelated, members


def test_a_point_is_named_by_a_member_and_counts_its_members() -> None:
    texts = [*COST_OF_UNIFORMS, *PASSIVE_SMOKING, *UNRELATED]
    points = key_points(texts)
    assert points
    for point in points:
        assert point.prevalence == len(point.members) >= 2
        assert point.text in {texts[i] for i in point.members}
        assert len(point.text.split()) <= MAX_NAME_WORDS
    assert [p.prevalence for p in points] == sorted((p.prevalence for p in points), reverse=True)


def test_long_names_are_cut_to_fifteen_words() -> None:
    long = " ".join(f"word{k}" for k in range(30))
    vectors = np.tile(embed.encode(["same"]), (2, 1))
    point = group._name([long, long], vectors, [0, 1])
    assert len(point.text.split()) == MAX_NAME_WORDS
    assert point.text.startswith("word0 word1 ") and point.text.endswith("word14…")


def test_too_few_texts_make_no_point() -> None:
    assert key_points([]) == []
    assert key_points(["Only one opinion here."]) == []


def test_components_give_the_same_groups_as_clustering_everything_at_once() -> None:
    """Splitting into components of similar pairs first is exact, not an approximation."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist

    rng = np.random.default_rng(7)
    centres = rng.normal(size=(12, 16))
    vectors = np.repeat(centres, 20, axis=0) + rng.normal(scale=0.6, size=(240, 16))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for distance in (0.2, 0.4, 0.6):
        labels = fcluster(linkage(pdist(vectors, "cosine"), "average"), distance, "distance")
        expected = {frozenset(np.flatnonzero(labels == k).tolist()) for k in set(labels)}
        found = {frozenset(g) for g in group_vectors(vectors.astype(np.float32), distance)}
        assert found == expected


def test_prevalence_counts_distinct_authors_when_given() -> None:
    vectors = np.tile(embed.encode(["same"]), (3, 1))
    texts = ["Uniforms save money.", "Uniforms are cheap.", "Uniforms cost little."]
    point = group._name(texts, vectors, [0, 1, 2], authors=["ann", "bob", "ann"])
    assert point.prevalence == 2
    assert point.members == (0, 1, 2)
    with pytest.raises(ValueError, match="2 authors for 3 texts"):
        key_points(texts, authors=["ann", "bob"])


def test_quotation_marks_do_not_move_a_text_away_from_its_point(monkeypatch) -> None:
    """Claims keep a writer's scare quotes; the encoder reads the words without them."""
    read: list[str] = []

    class Recording:
        def encode(self, texts):
            read.extend(texts)
            return np.tile(embed.encode(["same"]), (len(texts), 1))

    monkeypatch.setattr(group, "point_encoder", Recording)
    points = key_points(['The stadium "deal" is a waste of money.', "The stadium deal is a waste."])
    assert read == ["The stadium deal is a waste of money.", "The stadium deal is a waste."]
    assert points[0].text == 'The stadium "deal" is a waste of money.'
