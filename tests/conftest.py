"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / "corpora"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The analysis cache of every run in the suite: a temporary folder, never the user's."""
    from argmap.cache import CACHE_ENV

    folder = tmp_path_factory.mktemp("cache")
    os.environ[CACHE_ENV] = str(folder)
    return folder


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout. Tests that need it skip when it is absent, except
    in CI (``CI=true``), where it is required: a run without it would be green with the
    real-page and quality checks skipped."""
    if not SHARED.is_dir():
        reason = f"{SHARED} is absent: the shared pages and datasets sit beside the checkout"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"{reason} (CI=true requires it)")
        pytest.skip(reason)
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


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
VIEWPORT = {"width": 1600, "height": 1000}
INSTALL_HINT = (
    "Chromium is not installed at /usr/bin/chromium; install it with "
    "`sudo apt-get install chromium` to run the browser tests"
)


def _unavailable(reason: str) -> None:
    if os.environ.get("ARGMAP_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (ARGMAP_REQUIRE_BROWSER=1 makes this a failure)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium, started once per session (one Playwright per process)."""
    if not CHROMIUM.exists():
        _unavailable(INSTALL_HINT)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
