"""One headless Chromium for the whole session, and pages that record what they try to do.

The browser tests need Debian's Chromium at /usr/bin/chromium. Without it they skip, saying
how to install it; with ``ARGMAP_REQUIRE_BROWSER=1`` (set by CI) a missing browser fails them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import VIEWPORT


@dataclass
class OpenedPage:
    """A page with everything it asked the network for, logged to the console or raised."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def foreign_requests(self, own: Path) -> list[str]:
        return [url for url in self.requests if url != own.resolve().as_uri()]


@pytest.fixture
def open_page(browser):
    """``open_page(path)`` loads a file and waits until the map (if any) has drawn."""
    contexts = []

    def opener(path: Path, *, wait_for_map: bool = True) -> OpenedPage:
        context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page)
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("console", lambda message: _log_error(opened, message))
        page.on("pageerror", lambda error: opened.errors.append(f"pageerror: {error}"))
        page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(path.resolve().as_uri())
        if wait_for_map:
            page.wait_for_selector("body[data-drawn]", state="attached", timeout=20_000)
        return opened

    yield opener
    for context in contexts:
        context.close()


def _log_error(opened: OpenedPage, message) -> None:
    if message.type in ("error", "warning"):
        opened.errors.append(f"console {message.type}: {message.text}")
