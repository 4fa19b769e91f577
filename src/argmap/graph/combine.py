"""Reuse maps already written: spot ``argmap`` files among inputs and join several maps.

``argmap report`` and ``argmap export`` accept the JSON that ``argmap map`` wrote as well as
raw pages, so a map is analysed without mapping it again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.model import READABLE_SCHEMAS, ArgumentMap, Quote

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["combine_maps", "is_map_file"]

#: ``ArgumentMap.dumps`` writes the schema first, so the head of the file is enough to tell.
SCHEMA_AT_HEAD = re.compile(
    rf'^\s*\{{\s*"schema"\s*:\s*"({"|".join(map(re.escape, READABLE_SCHEMAS))})"'
)
HEAD_CHARS = 200


def is_map_file(path: str | Path) -> bool:
    """Whether ``path`` is a ``.json`` file that starts as an ``argmap`` map.

    >>> is_map_file("no/such/file.json")
    False
    """
    path = Path(path)
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as stream:
        return bool(SCHEMA_AT_HEAD.match(stream.read(HEAD_CHARS)))


def combine_maps(maps: Iterable[ArgumentMap]) -> ArgumentMap:
    """One map holding every thread of ``maps``, threads renumbered ``t1``, ``t2``... in order
    (message, claim and thread key point ids follow their thread's new id; key points of a
    whole run, ``p1``..., are numbered anew).

    >>> from argmap.graph.example import example_debate
    >>> both = combine_maps([example_debate(), example_debate()])
    >>> [t.id for t in both.threads], both.claims[-1].id
    (['t1', 't2'], 't2/m1/c0')
    """
    threads, messages, claims, relations, points = [], [], [], [], []
    for amap in maps:
        renames = {t.id: f"t{len(threads) + n}" for n, t in enumerate(amap.threads, start=1)}
        run_points = [p for p in amap.points if "/" not in p.id]  # thread points follow t<n>
        renames |= {p.id: f"p{len(points) + n}" for n, p in enumerate(run_points, start=1)}
        rename = _renamer(renames)
        threads += [replace(t, id=renames[t.id]) for t in amap.threads]
        messages += [
            replace(
                m,
                id=rename(m.id),
                thread=rename(m.thread),
                parent=m.parent and rename(m.parent),
                quotes=tuple(Quote(q.text, q.source and rename(q.source)) for q in m.quotes),
            )
            for m in amap.messages
        ]
        claims += [replace(c, id=rename(c.id), message=rename(c.message)) for c in amap.claims]
        points += [
            replace(
                p,
                id=rename(p.id),
                members=tuple(map(rename, p.members)),
                backers=tuple(map(rename, p.backers)),
                rebutters=tuple(map(rename, p.rebutters)),
            )
            for p in amap.points
        ]
        relations += [
            replace(r, source=rename(r.source), target=rename(r.target)) for r in amap.relations
        ]
    return ArgumentMap(*map(tuple, (threads, messages, claims, relations, points)))


def _renamer(renames: dict[str, str]) -> Callable[[str], str]:
    """Rewrite the thread part (before the first ``/``) of an id, or a whole point id."""

    def rename(node_id: str) -> str:
        thread, slash, rest = node_id.partition("/")
        return renames.get(thread, thread) + slash + rest

    return rename
