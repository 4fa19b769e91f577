"""When a map is too big to use as one page, and what to do instead.

The limits come from ``bench/render_speed.py`` (BENCHMARKS.md, "HTML map: draw and pan
speed"): at 20,000 nodes the page is about 19 MB, takes 8.5 s to first draw and 3.2 s for each
full redraw on a 2-CPU machine, which is past the point where panning and reading work. The
page still opens above the limits (on its Debate view or the top of the reply tree), but the
writer should be told before, with a way to split the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["MAX_MAP_NODES", "MAX_PAGE_MEGABYTES", "estimated_page_megabytes", "too_big"]

MAX_MAP_NODES = 20_000
MAX_PAGE_MEGABYTES = 20.0
#: The page without a map: vis-network, its stylesheet, the page's own script and styles.
EMPTY_PAGE_BYTES = 743_000
#: What a message, a claim and a key point cost beyond their words (node, record, links, ids,
#: colours, positions), and how many bytes of page each byte of their words costs. Fitted by
#: non-negative least squares on six synthetic maps of 1,000-5,000 nodes (bench/render_speed.py
#: maps, some with four times longer messages or no claims, and key-point maps); within 2% on
#: 100- and 20,000-node maps. A point's cost could not be told apart from its claims' in that
#: fit, so it is set as a claim's plus a row of people dots.
BYTES_PER_MESSAGE = 720
BYTES_PER_CLAIM = 680
BYTES_PER_POINT = 1_000
TEXT_BYTES = 1.06


def estimated_page_megabytes(amap: ArgumentMap) -> float:
    """The size of :func:`argmap.render.render_html`'s page for ``amap``, without building it."""
    words = sum(len(m.text.encode("utf-8")) for m in amap.messages)
    words += sum(len(c.text.encode("utf-8")) + len(c.sentence.encode("utf-8")) for c in amap.claims)
    words += sum(len(p.text.encode("utf-8")) for p in amap.points)
    structure = (
        BYTES_PER_MESSAGE * len(amap.messages)
        + BYTES_PER_CLAIM * len(amap.claims)
        + BYTES_PER_POINT * len(amap.points)
    )
    return (EMPTY_PAGE_BYTES + structure + TEXT_BYTES * words) / 1e6


def too_big(
    amap: ArgumentMap,
    *,
    max_nodes: int | None = None,
    max_megabytes: float | None = None,
) -> str | None:
    """A warning to show before writing ``amap`` as one page, or ``None`` when it is usable.

    The limits default to :data:`MAX_MAP_NODES` and :data:`MAX_PAGE_MEGABYTES`.

    >>> from argmap.model import ArgumentMap
    >>> too_big(ArgumentMap()) is None
    True
    """
    max_nodes = MAX_MAP_NODES if max_nodes is None else max_nodes
    max_megabytes = MAX_PAGE_MEGABYTES if max_megabytes is None else max_megabytes
    nodes = _node_count(amap)
    megabytes = estimated_page_megabytes(amap)
    reasons = []
    if nodes > max_nodes:
        reasons.append(f"{nodes:,} nodes (more than {max_nodes:,})")
    if megabytes > max_megabytes:
        reasons.append(f"a page of about {megabytes:.0f} MB (more than {max_megabytes:.0f} MB)")
    if not reasons:
        return None
    several = len(amap.threads) > 1
    split = (
        "map fewer inputs per run (every thread also gets its own page; the combined "
        "all-threads page is the largest)"
        if several
        else "map its sub-threads as separate inputs"
    )
    return (
        f"This map has {' and '.join(reasons)}: its page will open slowly and pan jerkily. "
        f"It opens on the Debate view or the top of the reply tree. To split it, {split}; "
        "or load the .json in Python and draw a part, e.g. "
        "render_html(amap.for_thread(thread_id))."
    )


def _node_count(amap: ArgumentMap) -> int:
    return len(amap.threads) + len(amap.messages) + len(amap.claims) + len(amap.points)
