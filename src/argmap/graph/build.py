"""Build the networkx graph of a map: typed nodes and typed edges, all attributes JSON-safe.

Every attribute is a ``str``, ``int`` or ``float`` (never ``None``, never a list), so the
graph goes unchanged into GraphML, GEXF and ``node_link_data`` JSON. The schema is the table
in ``docs/api.md``; the JSON map remains the lossless form (quotes live only there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Claim, Message, Relation, Thread

__all__ = ["EDGE_KIND", "EDGE_KINDS", "NODE_KINDS", "author_node", "build_graph"]

NODE_KINDS = ("thread", "message", "author", "claim")
#: ``in_thread`` ties each post to its thread node so a thread's part of the graph is connected.
EDGE_KINDS = (
    "in_thread",
    "authored",
    "replies_to",
    "asserts",
    "agree",
    "rebut",
    "support",
    "attack",
    "restate",
)
#: Relation kinds become edges of the same name, except structure, which reads better so.
EDGE_KIND = {"reply": "replies_to"}
#: Labels are what Gephi and yEd show on a node; long texts are cut to this many characters.
LABEL_CHARS = 60


def author_node(name: str) -> str:
    """The node id of an author (authors have no id of their own in the JSON).

    >>> author_node("Ann")
    'author:Ann'
    """
    return f"author:{name}"


def build_graph(amap: ArgumentMap) -> nx.MultiDiGraph:
    """Nodes ``thread``, ``message``, ``author``, ``claim``; edges ``in_thread``,
    ``authored``, ``replies_to``, ``asserts``, ``agree``, ``rebut``, ``support``,
    ``attack``, ``restate``. The kind is in each node's and edge's ``type`` attribute.

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
    for relation in amap.relations:
        graph.add_edge(relation.source, relation.target, **_relation_attributes(relation))
    return graph


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _thread_attributes(thread: Thread) -> dict[str, str | int]:
    return {
        "type": "thread",
        "label": _short(thread.title),
        "title": thread.title,
        "platform": thread.platform,
        "source": thread.source,
        "url": thread.url or "",
        "language": thread.language or "",
        "missing": thread.missing,
    }


def _message_attributes(message: Message) -> dict[str, str | int]:
    return {
        "type": "message",
        "label": f"{message.author or 'anonymous'} ({message.id})",
        "thread": message.thread,
        "kind": message.kind,
        "author": message.author or "",
        "time": message.time or "",
        "time_text": message.time_text or "",
        "parent": message.parent or "",
        "url": message.url or "",
        "text": message.text,
    }


def _claim_attributes(claim: Claim) -> dict[str, str | int]:
    return {
        "type": "claim",
        "label": _short(claim.text),
        "message": claim.message,
        "text": claim.text,
        "sentence": claim.sentence,
        "span_start": claim.span[0],
        "span_end": claim.span[1],
        "claim_type": claim.type,
    }


def _relation_attributes(relation: Relation) -> dict[str, str | float]:
    return {
        "type": EDGE_KIND.get(relation.kind, relation.kind),
        "confidence": float(relation.confidence),
        "evidence": relation.evidence,
    }
