"""Build the networkx graph of a map: typed nodes and typed edges, all attributes JSON-safe."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["author_node", "build_graph"]

#: Relation kinds become edges of the same name, except structure, which reads better so.
EDGE_KIND = {"reply": "replies_to"}


def author_node(name: str) -> str:
    """The node id of an author (authors have no id of their own in the JSON)."""
    return f"author:{name}"


def build_graph(amap: ArgumentMap) -> nx.MultiDiGraph:
    """Nodes ``thread``, ``message``, ``author``, ``claim``; edges ``authored``, ``replies_to``,
    ``asserts``, ``agree``, ``rebut``, ``support``, ``attack``, ``restate``.

    >>> from argmap.model import ArgumentMap, Message, Thread
    >>> m = ArgumentMap((Thread("t1", "x", "text", "T"),),
    ...                 (Message("t1/m0", "t1", "post", "Ann", None, None, "Hi."),))
    >>> sorted(build_graph(m).nodes(data="type"))
    [('author:Ann', 'author'), ('t1', 'thread'), ('t1/m0', 'message')]
    """
    graph = nx.MultiDiGraph()
    for thread in amap.threads:
        graph.add_node(
            thread.id,
            type="thread",
            title=thread.title,
            platform=thread.platform,
            source=thread.source,
            url=thread.url or "",
        )
    for message in amap.messages:
        graph.add_node(
            message.id,
            type="message",
            thread=message.thread,
            kind=message.kind,
            author=message.author or "",
            time=message.time or "",
            text=message.text,
        )
        if message.kind == "post":
            graph.add_edge(message.id, message.thread, key="in_thread", type="in_thread")
        if message.author:
            author = author_node(message.author)
            graph.add_node(author, type="author", name=message.author)
            graph.add_edge(author, message.id, type="authored")
    for claim in amap.claims:
        graph.add_node(
            claim.id,
            type="claim",
            message=claim.message,
            text=claim.text,
            sentence=claim.sentence,
            claim_type=claim.type,
        )
        graph.add_edge(claim.message, claim.id, type="asserts")
    for relation in amap.relations:
        graph.add_edge(
            relation.source,
            relation.target,
            type=EDGE_KIND.get(relation.kind, relation.kind),
            confidence=relation.confidence,
            evidence=relation.evidence,
        )
    return graph
