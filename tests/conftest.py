"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / "corpora"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared pages and datasets sit beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_map():
    """The map of the two bundled seed threads (spaCy loads once for the session)."""
    import argmap

    return argmap.map_files([CORPORA])


@pytest.fixture(scope="session")
def social_business(seed_map):
    """The part of the seed map for the "social business strategist" thread."""
    thread = next(t for t in seed_map.threads if "social-business" in t.source)
    return seed_map.for_thread(thread.id)
