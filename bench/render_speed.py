"""How fast the HTML map draws and pans in headless Chromium, by map size.

For each size a synthetic map is built (a reply tree over a few threads, one or two claims per
message, agree/rebut links between messages and support/attack/restate links between claims),
rendered with :func:`argmap.render.render_html`, and opened from ``file://``:

* **first draw**: ``performance.now()`` at vis-network's first ``afterDrawing`` event (ms since
  navigation started, so parsing the page and the JSON are included); maps without key points
  open on the Conversation view, so this is its first drawing;
* the frames below are measured on the whole Argument view (every node), fitted to the window;
* **pan frame**: the fitted map is dragged three times for 120 animation frames, one pointer
  move per frame (the events a mouse drag sends to vis-network), while a rAF loop
  records frame intervals; the median and 95th percentile interval are reported, with the
  median time vis-network spent drawing one frame (``beforeDrawing`` to ``afterDrawing``);
* **zoom frame**: the same for 120 frames with one mouse-wheel step per frame;
* **full redraw**: the median of ten ``network.redraw()`` calls, everything drawn: what the
  page pays once when a drag or zoom of a large map ends (above ``LARGE_MAP_NODES`` the page
  moves a snapshot while navigating), and on every frame of a small map.

The machine's load average is recorded with the table: Chromium shares the CPU with whatever
else runs, and frame times scale with it.

Prints a table and appends it to BENCHMARKS.md. Needs Chromium at /usr/bin/chromium.

    python bench/render_speed.py [--sizes 100 1000 5000] [--no-append]
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from argmap.model import ArgumentMap, Claim, Message, Relation, Thread
from argmap.render import render_html

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
VIEWPORT = {"width": 1600, "height": 1000}
#: Drags per page; their frames are pooled, which steadies the figures on a shared machine.
PAN_RUNS = 3
WORDS = ("social", "media", "strategy", "business", "value", "people", "change", "trust")

# Pans the map the way a mouse drag does (pointer events into vis-network's Hammer.js input),
# one move per animation frame for 120 frames, and returns the frame intervals and the time
# vis-network spent drawing each frame.
_PAN = """async () => {
  const canvas = document.querySelector('#map canvas');
  const box = canvas.getBoundingClientRect();
  // Start the drag on empty canvas (on a node it would move the node, not the view).
  let x0 = box.left + box.width / 2, y0 = box.top + box.height / 2;
  search: for (let fy = 0.5; fy < 0.95; fy += 0.05) {
    for (let fx = 0.5; fx < 0.95; fx += 0.05) {
      const at = {x: box.width * fx, y: box.height * fy};
      const net = argmap.network;
      if (net.getNodeAt(at) === undefined && net.getEdgeAt(at) === undefined) {
        x0 = box.left + at.x; y0 = box.top + at.y; break search;
      }
    }
  }
  const fire = (type, x, y, target) => target.dispatchEvent(new PointerEvent(type, {
    bubbles: true, cancelable: true, pointerId: 1, pointerType: 'mouse', isPrimary: true,
    clientX: x, clientY: y, button: 0, buttons: type === 'pointerup' ? 0 : 1}));
  const startView = JSON.stringify(argmap.network.getViewPosition());
  const draws = [];
  let drawStart = 0;
  const before = () => { drawStart = performance.now(); };
  const after = () => { draws.push(performance.now() - drawStart); };
  argmap.network.on('beforeDrawing', before);
  argmap.network.on('afterDrawing', after);
  fire('pointerdown', x0, y0, canvas);
  const frames = [];
  await new Promise((resolve) => {
    const tick = (time) => {
      frames.push(time);
      const i = frames.length;
      fire('pointermove', x0 - 3 * (i % 80), y0 - (i % 40), window);
      if (i < 120) { requestAnimationFrame(tick); } else { resolve(); }
    };
    requestAnimationFrame(tick);
  });
  fire('pointerup', x0, y0, window);
  argmap.network.off('beforeDrawing', before);
  argmap.network.off('afterDrawing', after);
  const moved = startView !== JSON.stringify(argmap.network.getViewPosition());
  return {frames: frames, draws: draws, moved: moved};
}"""
# Turns the mouse wheel once per animation frame for 120 frames (in, then out, in turns of 10)
# and returns the frame intervals, then waits for the redraw after the wheel stops.
_ZOOM = """async () => {
  const canvas = document.querySelector('#map canvas');
  const box = canvas.getBoundingClientRect();
  const scale = argmap.network.getScale();
  const frames = [];
  await new Promise((resolve) => {
    const tick = (time) => {
      frames.push(time);
      const i = frames.length;
      canvas.dispatchEvent(new WheelEvent('wheel', {bubbles: true, cancelable: true,
        clientX: box.left + box.width / 2, clientY: box.top + box.height / 2,
        deltaY: Math.floor(i / 10) % 2 ? 60 : -60}));
      if (i < 120) { requestAnimationFrame(tick); } else { resolve(); }
    };
    requestAnimationFrame(tick);
  });
  const zoomed = argmap.network.getScale() !== scale;
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {frames: frames, zoomed: zoomed};
}"""

_WHOLE_ARGUMENT_VIEW = """async () => {
  argmap.setView('argument');
  argmap.network.fit({animation: false});
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}"""

_FULL_REDRAW = """() => {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now(); argmap.network.redraw(); times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[5];
}"""


def synthetic_map(nodes: int, seed: int = 7) -> ArgumentMap:
    """About ``nodes`` nodes: 3 threads, messages in reply trees, ~1.2 claims per message."""
    rng = random.Random(seed)
    threads = tuple(
        Thread(f"t{i}", f"synthetic-{i}.html", "text", f"Thread {i}") for i in (1, 2, 3)
    )
    message_count = max(3, int((nodes - len(threads)) / 2.2))
    messages: list[Message] = []
    per_thread: dict[str, list[str]] = {t.id: [] for t in threads}
    for number in range(message_count):
        thread = threads[number % len(threads)].id
        siblings = per_thread[thread]
        parent = rng.choice(siblings[-50:]) if siblings else None
        message_id = f"{thread}/m{len(siblings)}"
        text = " ".join(rng.choice(WORDS) for _ in range(30)) + "."
        messages.append(
            Message(
                message_id,
                thread,
                "comment" if parent else "post",
                f"author{rng.randrange(max(3, message_count // 8))}",
                "2013-04-02T10:00:00+00:00",
                parent,
                text,
            )
        )
        siblings.append(message_id)
    claims: list[Claim] = []
    claim_count = max(0, nodes - len(messages) - len(threads))
    for number in range(claim_count):
        message = messages[number % len(messages)]
        claim_id = f"{message.id}/c{number // len(messages)}"
        span = (0, len(message.text))
        claims.append(
            Claim(claim_id, message.id, message.text[:40], message.text, span, "assertion")
        )
    relations = [Relation(m.id, m.parent, "reply", 1.0) for m in messages if m.parent]
    # Argument links join nearby messages and claims of one thread, as replies in a debate do.
    for _ in range(len(messages) // 3):
        a, b = _neighbours(rng, messages)
        relations.append(Relation(a.id, b.id, rng.choice(("agree", "rebut")), rng.random()))
    for _ in range(len(claims) // 3):
        a, b = _neighbours(rng, claims)
        kind = rng.choice(("support", "attack", "restate"))
        relations.append(Relation(a.id, b.id, kind, rng.random()))
    return ArgumentMap(threads, tuple(messages), tuple(claims), tuple(relations))


def _neighbours(rng: random.Random, items: list) -> tuple:
    """Two distinct items at most 30 threads' worth of positions apart (same thread: the
    generator deals items to threads in turn, so a step of 3 stays in one thread)."""
    first = rng.randrange(len(items))
    second = min(len(items) - 1, max(0, first + 3 * rng.randint(-10, 10)))
    if second == first:
        second = (first + 3) % len(items)
    return items[first], items[second]


def measure(browser, path: Path) -> dict[str, float]:
    """First-draw time and pan frame times of one page."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-drawn]", state="attached", timeout=120_000)
    first_draw = page.evaluate("window.argmapFirstDraw")
    # The maps have no key points, so they open on the Conversation view at the top of the
    # reply tree; frames are measured on the heaviest picture, the whole Argument view.
    page.evaluate(_WHOLE_ARGUMENT_VIEW)
    full_redraw = page.evaluate(_FULL_REDRAW)
    intervals: list[float] = []
    draws: list[float] = []
    for _ in range(PAN_RUNS):
        pan = page.evaluate(_PAN)
        if not pan["moved"]:
            raise RuntimeError(f"{path.name}: the simulated drag did not pan the map")
        intervals.extend(b - a for a, b in itertools.pairwise(pan["frames"]))
        draws.extend(pan["draws"])
    zoom = page.evaluate(_ZOOM)
    page.close()
    if not zoom["zoomed"]:
        raise RuntimeError(f"{path.name}: the simulated wheel did not zoom the map")
    zoom_intervals = sorted(b - a for a, b in itertools.pairwise(zoom["frames"]))
    intervals.sort()
    return {
        "first_draw_ms": first_draw,
        "frame_p50_ms": statistics.median(intervals),
        "frame_p95_ms": intervals[int(0.95 * (len(intervals) - 1))],
        "draw_p50_ms": statistics.median(draws) if draws else float("nan"),
        "full_redraw_ms": full_redraw,
        "zoom_p50_ms": statistics.median(zoom_intervals),
        "zoom_p95_ms": zoom_intervals[int(0.95 * (len(zoom_intervals) - 1))],
        "frames": len(intervals),
        "draws": len(draws),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 20000])
    parser.add_argument("--no-append", action="store_true", help="do not write BENCHMARKS.md")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        for size in args.sizes:
            amap = synthetic_map(size)
            started = time.perf_counter()
            page = render_html(amap, title=f"{size} nodes")
            render_s = time.perf_counter() - started
            path = Path(folder) / f"map-{size}.html"
            path.write_text(page, encoding="utf-8")
            result = measure(browser, path)
            nodes = len(amap.threads) + len(amap.messages) + len(amap.claims)
            rows.append((nodes, len(page) / 1e6, render_s, result))
            print(f"{nodes} nodes: {result}", file=sys.stderr)
        browser.close()
    table = _table(rows)
    print(table)
    if not args.no_append:
        _append(table, " ".join(sys.argv[1:]))


def _table(rows) -> str:
    lines = [
        "| nodes | page MB | render s (Python) | first draw ms | pan frame p50 ms "
        "| pan frame p95 ms | vis-network per pan frame p50 ms | zoom frame p50 ms "
        "| zoom frame p95 ms | full redraw ms | pan frames |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for nodes, megabytes, render_s, r in rows:
        lines.append(
            f"| {nodes} | {megabytes:.2f} | {render_s:.2f} | {r['first_draw_ms']:.0f} "
            f"| {r['frame_p50_ms']:.1f} | {r['frame_p95_ms']:.1f} | {r['draw_p50_ms']:.1f} "
            f"| {r['zoom_p50_ms']:.1f} | {r['zoom_p95_ms']:.1f} | {r['full_redraw_ms']:.1f} "
            f"| {r['frames']} |"
        )
    return "\n".join(lines)


def _append(table: str, arguments: str) -> None:
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout
    command = f"PYTHONPATH=src python bench/render_speed.py {arguments}".rstrip()
    section = (
        f"\n## HTML map: draw and pan speed (bench/render_speed.py)\n\n"
        f"Command: `{command}`\n\n"
        f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Machine: {platform.machine()}, "
        f"{platform.processor() or 'cpu'}, Python {platform.python_version()}, "
        f"{chromium.strip()} headless, viewport {VIEWPORT['width']}x{VIEWPORT['height']}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end.\n\n"
        f"{table}\n"
    )
    path = REPO / "BENCHMARKS.md"
    existing = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    from argmap.files import atomic_write_text

    atomic_write_text(path, existing + section)


if __name__ == "__main__":
    main()
