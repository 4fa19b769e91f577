"""Group short opinion texts that make the same point, and name each group.

The texts are embedded by the key-point encoder (all-MiniLM-L6-v2 fine-tuned on ArgKP-2021
train so that arguments matched to one expert key point lie close; ``bench/train_keypoints.py``)
and grouped by average-linkage agglomerative clustering on cosine distance, cut at the
distance chosen on held-out train topics (``data/keypoints.json``). A group of two or more
texts is a key point; a text alone is not.

Average linkage joins two groups only when the mean similarity of their members is at least
the cut's, so any pair of texts it joins is linked by a chain of pairs each at least that
similar. The texts therefore split into the connected components of that "similar pair"
graph first, found with blocked matrix products, and each component is clustered on its
own: the same result as clustering all texts at once, in memory that grows with the largest
component instead of with the square of the thread.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from argmap.points.embed import DATA_DIR, SentenceEncoder

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "MAX_NAME_WORDS",
    "KeyPoint",
    "group_vectors",
    "key_points",
    "point_encoder",
    "point_name",
]

MODEL_FILE = "keypoints-minilm-int8.onnx"
SETTINGS_FILE = "keypoints.json"
#: A key point is named by one member's words, at most this many.
MAX_NAME_WORDS = 15
#: Rows per block when looking for similar pairs: a block's similarities take
#: ``BLOCK_ROWS x n`` floats.
BLOCK_ROWS = 1024
#: Largest component clustered exactly (its distance matrix takes ``n²/2`` floats, and
#: average linkage time grows with ``n²``). A bigger one, which only a long chain of
#: near-identical texts makes, is clustered in consecutive slices of this size.
MAX_COMPONENT = 4000


@dataclass(frozen=True)
class KeyPoint:
    """Texts that make one point: their indices, and the most central one's words."""

    text: str
    members: tuple[int, ...]
    prevalence: int


@cache
def point_encoder() -> SentenceEncoder:
    """The encoder fine-tuned to put texts that make one point close together."""
    return SentenceEncoder(DATA_DIR, MODEL_FILE, SETTINGS_FILE)


@cache
def _settings() -> dict:
    return json.loads((DATA_DIR / SETTINGS_FILE).read_text(encoding="utf-8"))


def default_distance() -> float:
    """The cosine distance at which groups stop merging, chosen on held-out train topics."""
    return float(_settings()["distance"])


def key_points(
    texts: Sequence[str],
    authors: Sequence[str] | None = None,
    distance: float | None = None,
) -> list[KeyPoint]:
    """The key points among ``texts``, the most prevalent first.

    ``members`` are indices into ``texts``. ``prevalence`` is the number of members, or,
    given ``authors`` (one per text), the number of distinct authors among them. Texts
    that join no other stay out. ``distance`` overrides the trained cut (smaller: tighter
    points).
    """
    texts = list(texts)
    if authors is not None and len(authors) != len(texts):
        raise ValueError(f"{len(authors)} authors for {len(texts)} texts")
    if len(texts) < 2:
        return []
    # Quotation marks set words apart, they do not change the point: a claim keeps a
    # writer's scare quotes, and the encoder's cut was chosen on texts without them.
    vectors = point_encoder().encode([text.replace('"', "") for text in texts])
    groups = group_vectors(vectors, default_distance() if distance is None else distance)
    points = [_name(texts, vectors, group, authors) for group in groups if len(group) >= 2]
    points.sort(key=lambda point: (-point.prevalence, -len(point.members), point.members[0]))
    return points


def group_vectors(vectors: np.ndarray, distance: float) -> list[list[int]]:
    """Average-linkage groups of unit ``vectors`` whose mean cosine distance stays within
    ``distance``; every row is in exactly one group, singletons included."""
    groups: list[list[int]] = []
    for component in _components(vectors, 1.0 - distance):
        for start in range(0, len(component), MAX_COMPONENT):
            part = component[start : start + MAX_COMPONENT]
            groups.extend([[part[i] for i in g] for g in _average_linkage(vectors[part], distance)])
    return groups


def _components(vectors: np.ndarray, similarity: float) -> list[list[int]]:
    """Connected components of the graph linking rows at least ``similarity`` alike."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(vectors)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for start in range(0, n, BLOCK_ROWS):
        block = vectors[start : start + BLOCK_ROWS] @ vectors.T
        r, c = np.nonzero(block >= similarity)
        rows.append(r + start)
        cols.append(c)
    r, c = np.concatenate(rows), np.concatenate(cols)
    graph = coo_matrix((np.ones(len(r), dtype=np.int8), (r, c)), shape=(n, n))
    count, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(count + 1))
    return [order[bounds[k] : bounds[k + 1]].tolist() for k in range(count)]


def _average_linkage(vectors: np.ndarray, distance: float) -> list[list[int]]:
    """Average-linkage clusters of a few thousand rows at most, cut at ``distance``."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(vectors) == 1:
        return [[0]]
    distances = np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0).astype(np.float64)
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    labels = fcluster(tree, t=distance, criterion="distance")
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        groups.setdefault(int(label), []).append(row)
    return list(groups.values())


def point_name(text: str) -> str:
    """A point's name made of ``text``: its first :data:`MAX_NAME_WORDS` words, with "…"
    where words were cut. Every point is named so, whether a group or a single claim."""
    words = text.split()
    return " ".join(words[:MAX_NAME_WORDS]) + ("…" if len(words) > MAX_NAME_WORDS else "")


def _name(
    texts: list[str],
    vectors: np.ndarray,
    members: list[int],
    authors: Sequence[str] | None = None,
) -> KeyPoint:
    """The point named by its most central member (highest mean similarity to the rest),
    preferring members short enough to be a name; a long one is cut to its first words."""
    members = sorted(members)
    centrality = (vectors[members] @ vectors[members].T).sum(axis=1)
    ranked = sorted(range(len(members)), key=lambda k: -centrality[k])
    short = [k for k in ranked if len(texts[members[k]].split()) <= MAX_NAME_WORDS]
    name = point_name(texts[members[(short or ranked)[0]]])
    prevalence = len(members) if authors is None else len({authors[i] for i in members})
    return KeyPoint(text=name, members=tuple(members), prevalence=prevalence)
