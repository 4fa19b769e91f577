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
# widthConstraint) and three short lines high.
DOT_SLOT = 60.0
LEVEL_GAP = 110.0
CLAIM_CELL_WIDTH = 185.0
CLAIM_CELL_HEIGHT = 80.0
CLAIM_TOP_GAP = 70.0
THREAD_GAP_SLOTS = 3


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
    """Leaves side by side, each parent centred over its children, a level under its parent.

    Every node reserves ``width_of(node)`` horizontally (the widest of it and its subtree) and
    pushes its children ``height_of(node)`` further down.
    """
    positions: dict[str, tuple[float, float]] = {}
    cursor = 0.0
    for root in roots:
        cursor = _place_subtree(root, cursor, children, width_of, height_of, positions)
        cursor += THREAD_GAP_SLOTS * DOT_SLOT
    return positions


def _place_subtree(root, left, children, width_of, height_of, positions) -> float:
    """Place ``root``'s subtree from ``left`` rightwards; return the right edge it used."""
    depth_y = {root: 0.0}
    order = _preorder(root, children)
    for node in order:
        for child in children.get(node, ()):
            depth_y[child] = depth_y[node] + LEVEL_GAP + height_of(node)
    span: dict[str, tuple[float, float]] = {}
    cursor = left
    for node in _postorder(root, children):
        kids = [k for k in children.get(node, ()) if k in span]
        own_width = width_of(node)
        if not kids:
            span[node] = (cursor, cursor + own_width)
            cursor += own_width
            continue
        first, last = span[kids[0]][0], span[kids[-1]][1]
        if last - first < own_width:  # a parent wider than its children: widen to the right
            last = first + own_width
            cursor = max(cursor, last)
        span[node] = (first, last)
    for node in order:
        start, end = span[node]
        positions[node] = ((start + end) / 2, depth_y[node])
    return cursor


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
