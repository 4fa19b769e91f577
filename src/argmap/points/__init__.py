"""Key points: claims that make the same point, grouped offline by sentence embeddings."""

from __future__ import annotations

from argmap.points.embed import encode

__all__ = ["encode"]
