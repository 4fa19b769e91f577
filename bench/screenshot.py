"""The README's picture of a real map: the Debate view of a bundled thread, made afresh.

Maps the threads in ``corpora/`` with the current code, renders the page of the thread with
the most key points, opens it in headless Chromium at 1600x1000 and saves what the first view
draws as ``docs/debate-view.png``. A thread without key points opens on its Conversation view;
the script then says so and still saves the picture, so the README never shows an old map.

    python bench/screenshot.py [--out docs/debate-view.png] [--map saved.json]

``--map`` draws a saved map (``argmap map`` writes ``<slug>.json``) instead of mapping the
corpus. Needs Chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from argmap.model import ArgumentMap, load
from argmap.render import render_html
from argmap.slugs import slugify

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
VIEWPORT = {"width": 1600, "height": 1000}


def richest_thread(amap: ArgumentMap) -> ArgumentMap:
    """The part of the map for the thread with the most key points (then most claims)."""
    parts = [amap.for_thread(t.id) for t in amap.threads]
    return max(parts, key=lambda part: (len(part.points), len(part.claims)))


def screenshot(amap: ArgumentMap, out: Path) -> str:
    """Save the first view of ``amap``'s page as a PNG; return the view it opened on."""
    from playwright.sync_api import sync_playwright

    title = amap.threads[0].title if amap.threads else "argmap"
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        page_path = Path(folder) / "map.html"
        page_path.write_text(render_html(amap, title=title, slug=slugify(title)), "utf-8")
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-drawn]", state="attached", timeout=60_000)
        view = page.evaluate("argmap.state.view")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()
    return view


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "debate-view.png")
    parser.add_argument("--map", type=Path, help="a saved argmap JSON map to draw instead")
    args = parser.parse_args()
    if args.map:
        amap = load(args.map)
    else:
        import argmap

        amap = argmap.map_files([REPO / "corpora"])
    part = richest_thread(amap)
    view = screenshot(part, args.out)
    title = part.threads[0].title if part.threads else "?"
    print(f"{args.out}: {title!r}, {len(part.points)} key points, opened on the {view} view")
    if view != "debate":
        print("no key points in this map: the picture shows the Conversation view", file=sys.stderr)


if __name__ == "__main__":
    main()
