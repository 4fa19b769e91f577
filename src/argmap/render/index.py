"""``index.html``: every map of a run, with its thread title, source, counts and links.

Titles and sources come from pages, so every one is escaped; links point only at the files
this package wrote (``<slug>.html`` and ``<slug>.json``, slugs being safe file names).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from argmap.render.html import content_security_policy
from argmap.render.page_data import BACKING, OPPOSING, relation_counts

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["render_index"]

_STYLE = """
body { font: 15px/1.5 system-ui, "DejaVu Sans", sans-serif; color: #212121; margin: 2rem auto;
       max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
p.lead { color: #546e7a; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid #e0e0e0;
         vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: #546e7a; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.source { color: #546e7a; font-size: .85rem; overflow-wrap: anywhere; max-width: 22rem; }
tr.combined td { background: #eceff1; font-weight: 600; }
a { color: #1565c0; }
"""

_COLUMNS = (
    *("Map", "Source", "Comments", "Claims", "Agree / support", "Rebut / attack"),
    *("Key points", "Data"),
)


def render_index(entries: list[tuple[str, ArgumentMap]]) -> str:
    """A page listing each ``(slug, map)``: the per-thread maps, then the combined one."""
    rows = "\n".join(_row(slug, amap) for slug, amap in entries)
    header = "".join(f"<th>{name}</th>" for name in _COLUMNS)
    threads = sum(1 for _, amap in entries if len(amap.threads) == 1)
    lead = f"{threads} thread{'s' if threads != 1 else ''} mapped. Each map opens offline."
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy([])}">\n'
        '<meta name="referrer" content="no-referrer">\n<meta name="generator" content="argmap">\n'
        "<title>argmap: maps of this run</title>\n"
        f"<style>{_STYLE}</style></head>\n<body>\n"
        f'<h1>Argument maps</h1>\n<p class="lead">{lead}</p>\n'
        f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n"
        "</body></html>\n"
    )


def _row(slug: str, amap: ArgumentMap) -> str:
    kinds = relation_counts(amap)
    combined = len(amap.threads) != 1
    if combined:
        title = f"All threads, combined ({len(amap.threads)})"
        source = "; ".join(t.source for t in amap.threads)
    else:
        title = amap.threads[0].title or amap.threads[0].source
        source = amap.threads[0].source
    href = html.escape(slug, quote=True)
    cells = [
        f'<td><a href="{href}.html">{html.escape(title)}</a></td>',
        f'<td class="source">{html.escape(source)}</td>',
        _number(sum(1 for m in amap.messages if m.kind != "post")),
        _number(len(amap.claims)),
        _number(sum(kinds[k] for k in BACKING)),
        _number(sum(kinds[k] for k in OPPOSING)),
        _number(len(amap.points)),
        f'<td><a href="{href}.json">JSON</a></td>',
    ]
    row_class = ' class="combined"' if combined else ""
    return f"<tr{row_class}>" + "".join(cells) + "</tr>"


def _number(value: int) -> str:
    return f'<td class="n">{value}</td>'
