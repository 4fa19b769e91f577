"""Node positions computed in Python, so the browser draws at once instead of simulating.

A force simulation in the browser turns a thousand nodes into a hairball and takes a minute to
settle; the structure worth seeing is already in the data. Both views are laid out as a tidy
tree of the conversation, one thread beside the next:

* the **conversation view** places each thread anchor on top, the post under it and every reply
  one level below the message it answers;
* the **argument view** uses the same tree, but gives each message room for a grid of its claim
  boxes just under it, so a message's claims sit together and the reply structure still shows.

The layout is linear in the number of nodes and iterative (no recursion limit on deep threads).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["Layout", "compute_layouts"]

# Spacing in vis-network canvas units (1 unit is 1 CSS pixel at zoom 1). Chosen by eye on the
# seed maps and a 5,000-node synthetic map: a claim box is at most 170 units wide (the page's
# widthConstraint) and three short lines high; a dot's slot fits its author label (24 characters
# at 14 px) without touching its neighbour's.
DOT_SLOT = 120.0
LEVEL_GAP = 110.0
CLAIM_CELL_WIDTH = 185.0
CLAIM_CELL_HEIGHT = 80.0
CLAIM_TOP_GAP = 70.0
THREAD_GAP_SLOTS = 3
#: Children are packed in rows when one row would be more than PACK_WHEN_WIDER times the width
#: of a block of ROW_ASPECT (width:height). The two seed threads stay in one row each; a
#: 5,000-node synthetic map goes from 1:500 to about 2:1 (fitted zoom 0.006 to about 0.05).
ROW_ASPECT = 2.5
PACK_WHEN_WIDER = 1.5


@dataclass(frozen=True)
class Layout:
    """``x, y`` per node id, for both views; claims have no place in the conversation view."""

    argument: dict[str, tuple[float, float]]
    conversation: dict[str, tuple[float, float]]


def compute_layouts(amap: ArgumentMap) -> Layout:
    """Positions of every thread, message and claim of ``amap`` in both views."""
    children, roots = _reply_tree(amap)
    claims_of: dict[str, list[str]] = defaultdict(list)
    for claim in amap.claims:
        claims_of[claim.message].append(claim.id)
    conversation = _tidy_tree(roots, children, width_of=lambda _: DOT_SLOT, height_of=lambda _: 0)
    argument = _tidy_tree(
        roots,
        children,
        width_of=lambda node: _grid_width(len(claims_of.get(node, ()))),
        height_of=lambda node: _grid_height(len(claims_of.get(node, ()))),
    )
    for message_id, claim_ids in claims_of.items():
        if message_id in argument:
            argument.update(_claim_grid(argument[message_id], claim_ids))
    return Layout(argument=argument, conversation=conversation)


def _reply_tree(amap: ArgumentMap) -> tuple[dict[str, list[str]], list[str]]:
    """Children per node, threads as roots; a message whose parent is absent hangs off its
    thread, so nothing is lost when a source is partial."""
    message_ids = {m.id for m in amap.messages}
    thread_ids = {t.id for t in amap.threads}
    children: dict[str, list[str]] = defaultdict(list)
    roots = [t.id for t in amap.threads]
    for message in amap.messages:
        if message.parent in message_ids and message.parent != message.id:
            children[message.parent].append(message.id)
        elif message.thread in thread_ids:
            children[message.thread].append(message.id)
        else:
            roots.append(message.id)
    return children, roots


def _tidy_tree(
    roots: list[str],
    children: dict[str, list[str]],
    *,
    width_of: Callable[[str], float],
    height_of: Callable[[str], float],
) -> dict[str, tuple[float, float]]:
    """Each parent centred over its children, which sit a level below it; threads side by side.

    Every node reserves ``width_of(node)`` across and pushes its children ``height_of(node)``
    further down. A node whose children would make a row much wider than tall (a post with
    hundreds of top-level comments) gets its children's subtrees packed in several rows instead,
    so a large map's overview is roughly as wide as the screen rather than a thin strip.
    """
    blocks: dict[str, _Block] = {}
    offsets: dict[str, tuple[float, float]] = {}
    for root in roots:
        for node in _postorder(root, children):
            kids = [k for k in children.get(node, ()) if k in blocks and k not in offsets]
            blocks[node] = _arrange(node, kids, blocks, offsets, width_of, height_of)
    # The threads are packed like siblings under an invisible root above the map.
    top_offsets: dict[str, tuple[float, float]] = {}
    _place_rows(roots, blocks, top_offsets, top=0.0, gap=THREAD_GAP_SLOTS * DOT_SLOT)
    positions: dict[str, tuple[float, float]] = {}
    for root in roots:
        positions[root] = top_offsets[root]
        for node in _preorder(root, children):
            x, y = positions[node]
            for kid in children.get(node, ()):
                if kid in offsets and kid not in positions:
                    dx, dy = offsets[kid]
                    positions[kid] = (x + dx, y + dy)
    return positions


@dataclass(frozen=True)
class _Block:
    """The box a subtree occupies, relative to its root node at ``(0, 0)``."""

    left: float
    right: float
    height: float


def _arrange(
    node: str,
    kids: list[str],
    blocks: dict[str, _Block],
    offsets: dict[str, tuple[float, float]],
    width_of: Callable[[str], float],
    height_of: Callable[[str], float],
) -> _Block:
    """Place ``node``'s children (already arranged) under it; record their offsets from it."""
    half = width_of(node) / 2
    top = height_of(node) + LEVEL_GAP
    if not kids:
        return _Block(-half, half, height_of(node))
    left, right, bottom = _place_rows(kids, blocks, offsets, top)
    return _Block(min(left, -half), max(right, half), bottom)


def _place_rows(
    kids: list[str],
    blocks: dict[str, _Block],
    offsets: dict[str, tuple[float, float]],
    top: float,
    gap: float = 0.0,
) -> tuple[float, float, float]:
    """Lay sibling subtrees in one or more centred rows from ``top`` down, ``gap`` apart;
    record each one's offset and return the rows' left and right edges and their bottom."""
    left, right, y = 0.0, 0.0, top
    for row in _rows([blocks[k] for k in kids], kids):
        row_width = sum(blocks[k].right - blocks[k].left for k in row) + gap * (len(row) - 1)
        cursor = -row_width / 2
        for kid in row:
            block = blocks[kid]
            offsets[kid] = (cursor - block.left, y)
            cursor += block.right - block.left + gap
        left, right = min(left, -row_width / 2), max(right, row_width / 2)
        y += max(blocks[k].height for k in row) + LEVEL_GAP
    return left, right, y - LEVEL_GAP


def _rows(kid_blocks: list[_Block], kids: list[str]) -> list[list[str]]:
    """One row of children, or several when one row would be far wider than the subtree is
    tall (shelf packing in reading order)."""
    if not kids:
        return []
    widths = [b.right - b.left for b in kid_blocks]
    area = sum(w * (b.height + LEVEL_GAP) for w, b in zip(widths, kid_blocks, strict=True))
    target = max(max(widths), math.sqrt(area * ROW_ASPECT))
    if sum(widths) <= PACK_WHEN_WIDER * target:
        return [kids]
    rows: list[list[str]] = [[]]
    used = 0.0
    for kid, width in zip(kids, widths, strict=True):
        if rows[-1] and used + width > target:
            rows.append([])
            used = 0.0
        rows[-1].append(kid)
        used += width
    return rows


def _preorder(root: str, children: dict[str, list[str]]) -> list[str]:
    """Parents before children, children in reading order (cycles in bad data are cut)."""
    return _walk(root, children, children_first=False)


def _postorder(root: str, children: dict[str, list[str]]) -> list[str]:
    """Children (in reading order) before their parent."""
    return _walk(root, children, children_first=True)


def _walk(root: str, children: dict[str, list[str]], *, children_first: bool) -> list[str]:
    order: list[str] = []
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        kids = children.get(node, ())
        stack.extend(kids if children_first else reversed(kids))
    return order[::-1] if children_first else order


def _grid_columns(count: int) -> int:
    return max(1, math.ceil(math.sqrt(count / 2)))


def _grid_width(count: int) -> float:
    return max(DOT_SLOT, _grid_columns(count) * CLAIM_CELL_WIDTH) if count else DOT_SLOT


def _grid_height(count: int) -> float:
    if not count:
        return 0.0
    rows = math.ceil(count / _grid_columns(count))
    return CLAIM_TOP_GAP + rows * CLAIM_CELL_HEIGHT


def _claim_grid(
    origin: tuple[float, float], claim_ids: list[str]
) -> Iterator[tuple[str, tuple[float, float]]]:
    """Claim boxes in rows under their message, centred on it, in reading order."""
    columns = _grid_columns(len(claim_ids))
    x0, y0 = origin
    left = x0 - (columns - 1) * CLAIM_CELL_WIDTH / 2
    for index, claim_id in enumerate(claim_ids):
        row, column = divmod(index, columns)
        yield (
            claim_id,
            (left + column * CLAIM_CELL_WIDTH, y0 + CLAIM_TOP_GAP + row * CLAIM_CELL_HEIGHT),
        )
