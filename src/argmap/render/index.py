"""``index.html``: one row per map of a run, with its counts and links."""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["render_index"]


def render_index(entries: list[tuple[str, ArgumentMap]]) -> str:
    """A page listing each ``(slug, map)`` with title, source and counts."""
    rows = "\n".join(_row(slug, amap) for slug, amap in entries)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>argmap: maps of this run</title></head><body>\n"
        "<h1>Argument maps</h1>\n<table>\n<tr><th>Thread</th><th>Source</th><th>Comments</th>"
        "<th>Claims</th><th>Agrees</th><th>Rebuts</th><th>Data</th></tr>\n"
        f"{rows}\n</table>\n</body></html>\n"
    )


def _row(slug: str, amap: ArgumentMap) -> str:
    kinds = Counter(r.kind for r in amap.relations)
    comments = sum(1 for m in amap.messages if m.kind != "post")
    title = amap.threads[0].title if len(amap.threads) == 1 else "All threads"
    source = amap.threads[0].source if len(amap.threads) == 1 else f"{len(amap.threads)} threads"
    cells = [
        f'<a href="{html.escape(slug)}.html">{html.escape(title)}</a>',
        html.escape(source),
        str(comments),
        str(len(amap.claims)),
        str(kinds["agree"]),
        str(kinds["rebut"]),
        f'<a href="{html.escape(slug)}.json">JSON</a>',
    ]
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"
