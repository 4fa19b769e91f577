"""Key points: the few points a debate's claims make, grouped offline by sentence embeddings.

:func:`key_points` groups any list of short opinion texts; :func:`encode` is the general
sentence encoder (all-MiniLM-L6-v2, int8 ONNX) other stages may share. See ``docs/points.md``.
"""

from __future__ import annotations

from argmap.points.embed import encode
from argmap.points.group import KeyPoint, group_vectors, key_points

__all__ = ["KeyPoint", "encode", "group_vectors", "key_points"]
