"""The Debate view: key points as boxes, people as small dots under the points they hold.

A thread of two thousand comments has far too many messages and claims to read as a graph,
but only a few dozen points of contention. This view draws those points, each a box whose
width grows with its prevalence (how many people hold it) and whose colour says how contested
it is (the share of reactions that rebut it), with the support and attack links between
points. The people who hold a point sit as small dots in a row under it, in their author
colour.

Level of detail: points are ranked (most widely held first) and laid out by rank (on a
circle up to :data:`RING_POINTS`, else in rows), so the first :data:`FIRST_POINTS` fill the
first view and a "more" control on the page reveals the rest a batch at a time. People dots
are drawn at first only when the whole first view stays within :data:`FIRST_VIEW_NODES`
nodes; otherwise the page shows a point's people when it is selected or hovered.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, KeyPoint

__all__ = [
    "FIRST_POINTS",
    "FIRST_VIEW_NODES",
    "POINT_FONT_SIZE",
    "contest_colour",
    "debate_nodes",
    "debate_records",
    "ranked_points",
]

#: Points shown at first. Issue 18 asks that every label be legible (12 px) at fit-to-window
#: for maps up to 40 points, so the layout below is sized for 40 boxes in a 1023x960 map area.
FIRST_POINTS = 40
#: The most nodes the first view of the Debate view draws, people dots included.
FIRST_VIEW_NODES = 60
#: People dots under one point at most; the panel lists them all.
PEOPLE_PER_POINT = 12
POINT_FONT_SIZE = 16
#: Label width in canvas units for the least and the most widely held point of the map (the
#: box adds BOX_MARGIN each side).
POINT_WIDTH = (180.0, 240.0)
#: How vis-network wraps a label in Chromium with the page's sans-serif face: glyph width as a
#: share of the font size (with the room lost at line ends), and one line per font size, read
#: off the boxes of a 40-point synthetic map; used to size boxes before the browser does.
GLYPH_WIDTH = 0.6
LINE_HEIGHT = float(POINT_FONT_SIZE)
BOX_MARGIN = 8.0
#: What vis-network's bounding box of a box adds around it (its border, thicker when selected).
BOX_BORDER_ROOM = 6.0
#: Longer point texts are cut (at a word) on the box; the panel shows them whole. Up to
#: CROWDED_POINTS points, 110 characters hold most 15-word points; beyond, 40 boxes of 15 long
#: words do not fit a 1023x960 map area at 12 px, so labels are cut at 56 characters.
LABEL_CHARS = 110
CROWDED_POINTS = 20
CROWDED_LABEL_CHARS = 56
GAP_X = 16.0
#: Row widths tried when packing the boxes, in canvas units.
ROW_WIDTH_STEP = 10.0
GAP_Y = 12.0
#: Room under a box for its row of people dots, when they are drawn from the start.
PEOPLE_BAND = 22.0
PERSON_STEP = 17.0
#: Width and width:height of the map area on a 1600x1000 window with both side panels open.
MAP_WIDTH = 1023.0
MAP_ASPECT = MAP_WIDTH / 960

#: Up to this many points sit on a ring, most widely held on top and clockwise by rank: a link
#: between two points of a ring never runs behind a third box, as it can across rows.
RING_POINTS = 8

#: Fill and border from "all reactions back it" through "as many rebut as back" to "all rebut".
CONTEST_SCALE = (
    ("#e8f5e9", "#2e7d32"),
    ("#fff3e0", "#ef6c00"),
    ("#ffebee", "#c62828"),
)
UNANSWERED_COLOUR = ("#eceff1", "#78909c")


@dataclass(frozen=True)
class _Box:
    point: KeyPoint
    rank: int
    text: str
    width: float
    height: float
    holders: tuple[str, ...]

    @property
    def outer_width(self) -> float:
        return self.width + 2 * (BOX_MARGIN + BOX_BORDER_ROOM)

    @property
    def outer_height(self) -> float:
        return self.height + 2 * (BOX_MARGIN + BOX_BORDER_ROOM)


def ranked_points(amap: ArgumentMap) -> list[KeyPoint]:
    """Points most widely held first; ties go to the more argued-over, then to the id."""
    return sorted(
        amap.points,
        key=lambda p: (-p.prevalence, -(len(p.backers) + len(p.rebutters)), _natural(p.id)),
    )


def contest_colour(backers: int, rebutters: int) -> tuple[str, str]:
    """Fill and border for a point: green when only backed, amber when as many rebut as back,
    red when only rebutted, grey when nobody reacted. Colours are blended between the stops."""
    if backers + rebutters == 0:
        return UNANSWERED_COLOUR
    share = rebutters / (backers + rebutters)
    low, high = (0, 1) if share <= 0.5 else (1, 2)
    weight = share * 2 - low
    fill = _blend(CONTEST_SCALE[low][0], CONTEST_SCALE[high][0], weight)
    border = _blend(CONTEST_SCALE[low][1], CONTEST_SCALE[high][1], weight)
    return fill, border


def debate_nodes(amap: ArgumentMap, author_colours: dict[str, str]) -> list[dict[str, Any]]:
    """vis-network nodes of the Debate view: one box per point, one dot per holder of it."""
    boxes = _boxes(amap)
    if not boxes:
        return []
    first = boxes[:FIRST_POINTS]
    people_at_first = len(first) + sum(len(b.holders) for b in first) <= FIRST_VIEW_NODES
    band = PEOPLE_BAND if people_at_first else PERSON_STEP
    if len(boxes) <= RING_POINTS:
        positions = _ring(boxes, band)
    else:
        positions = _grid(boxes, _row_width(first, band), band)
    nodes: list[dict[str, Any]] = []
    for box in boxes:
        x, y = positions[box.point.id]
        nodes.append(_point_node(box, x, y))
        nodes.extend(_people_nodes(box, x, y, author_colours, people_at_first))
    return nodes


def debate_records(amap: ArgumentMap) -> dict[str, dict[str, Any]]:
    """What the panel shows for a point: its words, members, backers, rebutters and holders."""
    records: dict[str, dict[str, Any]] = {}
    for box in _boxes(amap):
        point = box.point
        records[point.id] = {
            "kind": "point",
            "text": point.text,
            "rank": box.rank,
            "prevalence": point.prevalence,
            "members": list(point.members),
            "backers": list(point.backers),
            "rebutters": list(point.rebutters),
            "holders": list(box.holders),
        }
    return records


def _boxes(amap: ArgumentMap) -> list[_Box]:
    points = ranked_points(amap)
    if not points:
        return []
    most = max(p.prevalence for p in points)
    limit = LABEL_CHARS if len(points) <= CROWDED_POINTS else CROWDED_LABEL_CHARS
    boxes = []
    for rank, point in enumerate(points):
        width = _box_width(point.prevalence, most)
        text = _short(point.text, limit)
        boxes.append(
            _Box(point, rank, text, width, _box_height(text, width), tuple(_holders(amap, point)))
        )
    return boxes


def _holders(amap: ArgumentMap, point: KeyPoint) -> Iterable[str]:
    """Distinct authors of the point's claims, in the order they first made it; unsigned
    messages count as one "(unsigned)" holder."""
    seen: dict[str, None] = {}
    for claim_id in point.members:
        try:
            author = amap.message(amap.claim(claim_id).message).author
        except KeyError:
            continue
        seen.setdefault(author or "", None)
    return seen


def _box_width(prevalence: int, most: int) -> float:
    low, high = POINT_WIDTH
    if most <= 1:
        return low
    return low + (high - low) * (math.sqrt(max(prevalence, 1)) - 1) / (math.sqrt(most) - 1)


def _label_lines(text: str, width: float) -> int:
    # vis-network wraps within the width less the margins.
    per_line = max(1, int((width - 2 * BOX_MARGIN) / (GLYPH_WIDTH * POINT_FONT_SIZE)))
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > per_line:
            lines, used = lines + 1, 0
        used += len(word) + (1 if used else 0)
    return lines


def _box_height(text: str, width: float) -> float:
    """The label's height: the point's words and one line of counts under them."""
    return (_label_lines(text, width) + 1) * LINE_HEIGHT


def _row_width(boxes: list[_Box], band: float) -> float:
    """The row width whose rows, fitted to the map area, are drawn largest; among those the
    page shows at full size (a fit never zooms past 1), the one shaped most like the area."""
    widest = max(b.outer_width + GAP_X for b in boxes)
    total = sum(b.outer_width + GAP_X for b in boxes)
    best, best_key = widest, (0.0, -math.inf)
    for step in range(int((total - widest) / ROW_WIDTH_STEP) + 1):
        limit = widest + step * ROW_WIDTH_STEP
        rows = _rows(boxes, limit)
        width = max(sum(b.outer_width + GAP_X for b in row) for row in rows)
        height = sum(_row_height(row) + band + GAP_Y for row in rows)
        scale = min(MAP_WIDTH / width, MAP_WIDTH / MAP_ASPECT / height, 1.0)
        key = (scale, -abs(math.log(width / height / MAP_ASPECT)))
        if key > best_key:
            best, best_key = limit, key
    return best


def _rows(boxes: list[_Box], limit: float) -> list[list[_Box]]:
    """Boxes in reading order, in rows no wider than ``limit`` (each box on some row)."""
    rows: list[list[_Box]] = [[]]
    used = 0.0
    for box in boxes:
        width = box.outer_width + GAP_X
        if rows[-1] and used + width > limit:
            rows.append([])
            used = 0.0
        rows[-1].append(box)
        used += width
    return rows


def _row_height(row: list[_Box]) -> float:
    return max(b.outer_height for b in row)


def _grid(boxes: list[_Box], limit: float, band: float) -> dict[str, tuple[float, float]]:
    """Box centres in centred rows, in rank order, from y = 0 down."""
    positions: dict[str, tuple[float, float]] = {}
    top = 0.0
    for row in _rows(boxes, limit):
        height = _row_height(row)
        x = -sum(b.outer_width + GAP_X for b in row) / 2 + GAP_X / 2
        for box in row:
            positions[box.point.id] = (x + box.outer_width / 2, top + height / 2)
            x += box.outer_width + GAP_X
        top += height + band + GAP_Y
    return positions


def _ring(boxes: list[_Box], band: float) -> dict[str, tuple[float, float]]:
    """Box centres on a circle wide enough that neighbours keep apart and that the line
    between any two boxes passes outside the boxes between them; one point sits in the
    middle, two side by side."""
    count = len(boxes)
    if count == 1:
        return {boxes[0].point.id: (0.0, 0.0)}
    step = max(b.outer_width for b in boxes) + 2 * GAP_X
    if count == 2:
        return {boxes[0].point.id: (-step / 2, 0.0), boxes[1].point.id: (step / 2, 0.0)}
    # The line between the two neighbours of a box passes (1 - cos(2 pi / n)) r from it.
    reach = math.hypot(step / 2, (max(b.outer_height for b in boxes) + band) / 2)
    radius = max(count * step / (2 * math.pi), reach / (1 - math.cos(2 * math.pi / count)))
    positions = {}
    for index, box in enumerate(boxes):
        angle = 2 * math.pi * index / count
        positions[box.point.id] = (radius * math.sin(angle), -radius * math.cos(angle))
    return positions


def _point_node(box: _Box, x: float, y: float) -> dict[str, Any]:
    point = box.point
    fill, border = contest_colour(len(point.backers), len(point.rebutters))
    counts = f"{len(point.backers)} back · {len(point.rebutters)} rebut"
    return {
        "id": point.id,
        "kind": "point",
        "rank": box.rank,
        "label": f"{box.text}\n{counts}",
        "shape": "box",
        "color": {
            "background": fill,
            "border": border,
            "highlight": {"background": fill, "border": "#263238"},
        },
        "borderWidth": 2,
        "borderWidthSelected": 4,
        "margin": BOX_MARGIN,
        "widthConstraint": {"minimum": round(box.width), "maximum": round(box.width)},
        # At least the estimated height, so the people dots under it never touch it.
        "heightConstraint": {"minimum": round(box.height), "valign": "middle"},
        "font": {"size": POINT_FONT_SIZE, "multi": False},
        "x": round(x, 1),
        "y": round(y, 1),
    }


def _people_nodes(
    box: _Box, x: float, y: float, colours: dict[str, str], shown_at_first: bool
) -> list[dict[str, Any]]:
    holders = box.holders[:PEOPLE_PER_POINT]
    row_y = y + box.outer_height / 2 + PERSON_STEP / 2 + 2
    left = x - (len(holders) - 1) * PERSON_STEP / 2
    nodes = []
    for index, author in enumerate(holders):
        colour = colours.get(author, "#b0b0b0")
        nodes.append(
            {
                "id": f"{box.point.id}/person{index}",
                "kind": "person",
                "point": box.point.id,
                "rank": box.rank,
                "author": author,
                "atFirst": shown_at_first,
                "label": "",
                "shape": "dot",
                "size": 6,
                "color": {"background": colour, "border": colour},
                "borderWidth": 0,
                "x": round(left + index * PERSON_STEP, 1),
                "y": round(row_y, 1),
            }
        )
    return nodes


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _natural(point_id: str) -> tuple[str, int]:
    """``p2`` before ``p10``."""
    head = point_id.rstrip("0123456789")
    tail = point_id[len(head) :]
    return head, int(tail) if tail else -1


def _blend(start: str, end: str, weight: float) -> str:
    a = [int(start[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(end[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * weight):02x}" for x, y in zip(a, b, strict=True))
