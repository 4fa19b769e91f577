"""Build the networkx graph of a map: typed nodes and typed edges, all attributes JSON-safe.

Every attribute is a ``str``, ``int`` or ``float`` (never ``None``, never a list), so the
graph goes unchanged into GraphML, GEXF and ``node_link_data`` JSON. The schema is the table
in ``docs/api.md``; the JSON map remains the lossless form (quotes live only there).
"""

from __future__ import annotations

import dataclasses
import weakref
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Claim, KeyPoint, Message, Relation, Thread

__all__ = ["EDGE_KIND", "author_node", "build_graph", "to_graph"]

#: Relation kinds become edges of the same name, except structure, which reads better so.
EDGE_KIND = {"reply": "replies_to"}
#: Labels are what Gephi and yEd show on a node; long texts are cut to this many characters.
LABEL_CHARS = 60
#: Frozen graphs of the maps alive now, by ``id`` (a map is immutable, so its graph is too).
_GRAPHS: dict[int, nx.MultiDiGraph] = {}


def author_node(name: str) -> str:
    """The node id of an author (authors have no id of their own in the JSON).

    >>> author_node("Ann")
    'author:Ann'
    """
    return f"author:{name}"


def to_graph(amap: ArgumentMap) -> nx.MultiDiGraph:
    """The map as a frozen ``networkx.MultiDiGraph``, built once per map (``.copy()`` to edit).

    Queries and exports all read this one graph, so asking several questions of a big map
    builds it once; it is dropped when the map is.
    """
    key = id(amap)
    if key not in _GRAPHS:
        _GRAPHS[key] = nx.freeze(build_graph(amap))
        weakref.finalize(amap, _GRAPHS.pop, key, None)
    return _GRAPHS[key]


def build_graph(amap: ArgumentMap) -> nx.MultiDiGraph:
    """Nodes ``thread``, ``message``, ``author``, ``claim``, ``point``; edges ``in_thread``,
    ``authored``, ``replies_to``, ``asserts``, ``member_of``, ``agree``, ``rebut``,
    ``support``, ``attack``, ``restate``. The kind is in each node's and edge's ``type``.

    ``in_thread`` ties each post to its thread node so a thread's part of the graph is
    connected; ``member_of`` ties a claim to its key point.

    >>> from argmap.model import ArgumentMap, Message, Thread
    >>> m = ArgumentMap((Thread("t1", "x", "text", "T"),),
    ...                 (Message("t1/m0", "t1", "post", "Ann", None, None, "Hi."),))
    >>> sorted(build_graph(m).nodes(data="type"))
    [('author:Ann', 'author'), ('t1', 'thread'), ('t1/m0', 'message')]
    """
    graph = nx.MultiDiGraph()
    for thread in amap.threads:
        graph.add_node(thread.id, **_thread_attributes(thread))
    for message in amap.messages:
        graph.add_node(message.id, **_message_attributes(message))
        if message.kind == "post":
            graph.add_edge(message.id, message.thread, type="in_thread")
        if message.author:
            author = author_node(message.author)
            graph.add_node(author, type="author", label=message.author, name=message.author)
            graph.add_edge(author, message.id, type="authored")
    for claim in amap.claims:
        graph.add_node(claim.id, **_claim_attributes(claim))
        graph.add_edge(claim.message, claim.id, type="asserts")
    for point in amap.points:
        graph.add_node(point.id, **_point_attributes(point))
        for member in point.members:
            graph.add_edge(member, point.id, type="member_of")
    for relation in amap.relations:
        graph.add_edge(relation.source, relation.target, **_relation_attributes(relation))
    return graph


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _plain(item: Any, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """The item's fields as graph attributes: ``None`` becomes ``""``, and tuples of strings
    are joined by spaces (GraphML and GEXF take no lists or nulls)."""
    fields = dataclasses.asdict(item)
    for name in ("id", *drop):
        fields.pop(name, None)
    return {
        name: "" if value is None else " ".join(value) if isinstance(value, tuple) else value
        for name, value in fields.items()
    }


def _thread_attributes(thread: Thread) -> dict[str, Any]:
    return {"type": "thread", "label": _short(thread.title), **_plain(thread)}


def _message_attributes(message: Message) -> dict[str, Any]:
    # Quotes live only in the JSON map: their sources would need nested attributes.
    label = f"{message.author or 'anonymous'} ({message.id})"
    return {"label": label, **_plain(message, drop=("quotes",)), "type": "message"}


def _claim_attributes(claim: Claim) -> dict[str, Any]:
    start, end = claim.span
    attributes = _plain(claim, drop=("span", "type"))
    return {
        "type": "claim",
        "label": _short(claim.text),
        **attributes,
        "span_start": start,
        "span_end": end,
        "claim_type": claim.type,
    }


def _point_attributes(point: KeyPoint) -> dict[str, Any]:
    return {"type": "point", "label": _short(point.text), **_plain(point)}


def _relation_attributes(relation: Relation) -> dict[str, str | float]:
    return {
        "type": EDGE_KIND.get(relation.kind, relation.kind),
        "confidence": float(relation.confidence),
        "evidence": relation.evidence,
    }
