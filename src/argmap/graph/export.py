"""Write a map in the formats other tools read: JSON, graph formats, AIF, Argdown, DOT.

``json`` is the lossless ``argmap/1`` contract; ``node-link``, ``graphml`` and ``gexf`` carry
the networkx graph (scalar attributes only, see ``docs/api.md``); ``aif`` is the Argument
Interchange Format JSON that ARG-tech's OVA and AIFdb read; ``argdown`` is a document for the
Argdown tools; ``dot`` is Graphviz text for static figures.

>>> from argmap.graph.example import example_debate
>>> print(export(example_debate(), "dot").splitlines()[0])
digraph argmap {
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from itertools import count
from typing import TYPE_CHECKING, Any

import networkx as nx

from argmap.errors import Problem, UsageError
from argmap.graph.build import to_graph

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Claim, Message

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "export",
    "to_aif",
    "to_argdown",
    "to_dot",
    "to_gexf",
    "to_graphml",
    "to_node_link",
]


def export(amap: ArgumentMap, fmt: str) -> str:
    """The map as text in ``fmt``, one of :data:`FORMATS`.

    >>> from argmap.graph.example import example_debate
    >>> export(example_debate(), "json").startswith('{\\n "schema": "argmap/2"')
    True
    """
    try:
        writer = FORMATS[fmt]
    except KeyError:
        known = ", ".join(FORMATS)
        raise UsageError(Problem.UNKNOWN_FORMAT.format(fmt=fmt, known=known)) from None
    return writer(amap)


# -- graph formats -------------------------------------------------------------------------
def to_node_link(amap: ArgumentMap) -> str:
    """networkx ``node_link_data`` as JSON; ``nx.node_link_graph(json.loads(text),
    edges="edges")`` reads it back.

    >>> from argmap.graph.example import example_debate
    >>> sorted(json.loads(to_node_link(example_debate())))
    ['directed', 'edges', 'graph', 'multigraph', 'nodes']
    """
    data = nx.node_link_data(to_graph(amap), edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1)


def to_graphml(amap: ArgumentMap) -> str:
    """GraphML for Gephi, yEd and Cytoscape: every attribute is a string, int or float.

    >>> from argmap.graph.example import example_debate
    >>> "<graphml" in to_graphml(example_debate())
    True
    """
    return "\n".join(nx.generate_graphml(to_graph(amap))) + "\n"


def to_gexf(amap: ArgumentMap) -> str:
    """GEXF 1.2 for Gephi; node labels are the ``label`` attribute and each edge's kind is
    in ``kind`` (GEXF keeps an edge's ``type`` for directed/undirected).

    >>> from argmap.graph.example import example_debate
    >>> 'kind" type="string"' in to_gexf(example_debate())
    True
    """
    return "\n".join(nx.generate_gexf(_gexf_ready(to_graph(amap)))) + "\n"


def _gexf_ready(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy fit for GEXF: the edge kind moves from ``type`` to ``kind``, and edges get
    unique ``id``s (GEXF would take the multigraph key, which repeats between node pairs
    and which Gephi refuses)."""
    ready = nx.MultiDiGraph(graph)
    for number, (_, _, data) in enumerate(ready.edges(data=True)):
        data["kind"] = data.pop("type")
        data["id"] = str(number)
    return ready


# -- AIF -----------------------------------------------------------------------------------
#: The scheme names OVA and AIFdb give the nodes argmap writes (their ``text``).
AIF_SCHEME = {
    "support": ("RA", "Default Inference"),
    "attack": ("CA", "Default Conflict"),
    "restate": ("MA", "Default Rephrase"),
    "reply": ("TA", "Default Transition"),
    "assert": ("YA", "Asserting"),
    "agree": ("YA", "Agreeing"),
    "rebut": ("YA", "Disagreeing"),
}


class _AifWriter:
    """Collects AIF nodes and edges with fresh string ids, as OVA numbers them."""

    def __init__(self) -> None:
        self.nodes: list[dict[str, str]] = []
        self.edges: list[dict[str, Any]] = []
        self._ids = count(1)

    def node(self, kind: str, text: str) -> str:
        node_id = str(next(self._ids))
        self.nodes.append({"nodeID": node_id, "text": text, "type": kind})
        return node_id

    def scheme(self, name: str) -> str:
        return self.node(*AIF_SCHEME[name])

    def edge(self, source: str, target: str) -> None:
        self.edges.append({"edgeID": len(self.edges) + 1, "fromID": source, "toID": target})

    def link(self, source: str, scheme: str, target: str) -> str:
        """``source → S-node → target``, the shape of every AIF relation."""
        middle = self.scheme(scheme)
        self.edge(source, middle)
        self.edge(middle, target)
        return middle


def to_aif(amap: ArgumentMap) -> str:
    """Argument Interchange Format JSON in the shape AIFdb exports and OVA opens.

    Each claim is an I-node (its canonical words) and each message an L-node
    (``"Author: text"``) with a locution naming its participant. A message asserts its
    claims through YA "Asserting"; a reply is a TA from the message answered to the answer;
    ``support``, ``attack`` and ``restate`` are RA, CA and MA nodes between I-nodes; a
    message-level ``agree`` / ``rebut`` is a YA "Agreeing" / "Disagreeing" anchored in the
    TA between the two messages and aimed at each claim of the message answered (when that
    message has no claim, only the TA records the exchange). A key point is an I-node of
    its name, which each member claim rephrases (MA "Default Rephrase"), as AIF writes "the
    same proposition in other words"; points support and attack each other through RA / CA.

    >>> from argmap.graph.example import example_debate
    >>> aif = json.loads(to_aif(example_debate()))
    >>> sorted(n["type"] for n in aif["nodes"])
    ['CA', 'I', 'I', 'I', 'L', 'L', 'L', 'TA', 'TA', 'YA', 'YA', 'YA', 'YA', 'YA']
    """
    writer = _AifWriter()
    participants, person_of = _aif_participants(amap.messages)
    locution_of: dict[str, str] = {}
    proposition_of: dict[str, str] = {}
    locutions = []
    for message in amap.messages:
        node = writer.node("L", f"{_speaker(message)}: {message.text}")
        locution_of[message.id] = node
        locutions.append(
            {"nodeID": node, "personID": person_of[message.id], "start": None, "end": None}
        )
    for claim in amap.claims:
        proposition_of[claim.id] = writer.node("I", claim.text)
        writer.link(locution_of[claim.message], "assert", proposition_of[claim.id])
    for point in amap.points:
        proposition_of[point.id] = writer.node("I", point.text)
        for member in point.members:
            writer.link(proposition_of[member], "restate", proposition_of[point.id])
    transitions: dict[tuple[str, str], str] = {}

    def transition(answered: str, answer: str) -> str:
        if (answered, answer) not in transitions:
            transitions[answered, answer] = writer.link(
                locution_of[answered], "reply", locution_of[answer]
            )
        return transitions[answered, answer]

    propositions_of: dict[str, list[str]] = {}
    for claim in amap.claims:
        propositions_of.setdefault(claim.message, []).append(proposition_of[claim.id])
    for relation in amap.relations:
        if relation.kind == "reply":
            transition(relation.target, relation.source)
        elif relation.kind in ("agree", "rebut"):
            anchor = transition(relation.target, relation.source)
            for proposition in propositions_of.get(relation.target, []):
                writer.link(anchor, relation.kind, proposition)
        else:
            writer.link(
                proposition_of[relation.source], relation.kind, proposition_of[relation.target]
            )
    document = {
        "nodes": writer.nodes,
        "edges": writer.edges,
        "locutions": locutions,
        "participants": participants,
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def _speaker(message: Message) -> str:
    return message.author or "anonymous"


def _aif_participants(
    messages: tuple[Message, ...],
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """One participant per named author and one per unsigned message (they may be anyone)."""
    participants: list[dict[str, Any]] = []
    by_name: dict[str, int] = {}
    person_of: dict[str, int] = {}
    for message in messages:
        if message.author and message.author in by_name:
            person_of[message.id] = by_name[message.author]
            continue
        person = len(participants) + 1
        first, _, last = (message.author or f"anonymous {message.id}").partition(" ")
        participants.append({"participantID": person, "firstname": first, "surname": last})
        if message.author:
            by_name[message.author] = person
        person_of[message.id] = person
    return participants, person_of


# -- Argdown -------------------------------------------------------------------------------
#: Characters Argdown reads as syntax inside text; they are written backslash-escaped.
ARGDOWN_SPECIAL = re.compile(r"([\\\[\]<>#@*_+\-=:/`~|{}()!^&$%])")
#: Words of a claim used for its statement title (titles must be short and unique).
TITLE_WORDS = 6
EXCERPT_WORDS = 30


def to_argdown(amap: ArgumentMap) -> str:
    """An Argdown document: per thread a section, per message a subsection with the message
    as an argument ``<Author t1/m3>`` and its claims as statements ``[title]: text``.

    Under each element its incoming relations are listed: ``+ <reason>`` / ``- <objection>``
    for messages that agree with / rebut it, ``+ [statement]`` / ``- [statement]`` for claims
    that support / attack it. Argdown has no restatement relation, so a restatement is
    written as a ``//`` comment. Key points close the document, each a statement
    ``[KP1 name]`` with its support / attack relations; their member claims carry the
    point's tag ``#(KP1)``, Argdown's way of grouping statements.

    >>> from argmap.graph.example import example_debate
    >>> print(to_argdown(example_debate()))  # doctest: +ELLIPSIS
    ===
    title: "Cats or dogs"
    ===
    <BLANKLINE>
    # Cats or dogs
    <BLANKLINE>
    ## Ann t1/m0
    <BLANKLINE>
    <Ann t1/m0>: Cats rule. Dogs drool.
        + <Cy t1/m2>
    <BLANKLINE>
    [cats rule]: cats rule #(evaluation)
        - [dogs rule]
    ...
    """
    titles = _argdown_titles(amap)
    heading = amap.threads[0].title if len(amap.threads) == 1 else "All threads"
    lines = ["===", f"title: {json.dumps(heading, ensure_ascii=False)}", "===", ""]
    incoming: dict[str, list[str]] = {}
    for relation in amap.relations:
        line = _argdown_relation(relation.kind, titles[relation.source])
        if line:
            incoming.setdefault(relation.target, []).append(line)
    messages_of, claims_of = _grouped(amap)
    point_tags: dict[str, list[str]] = {}
    for point in amap.points:
        for member in point.members:
            point_tags.setdefault(member, []).append(_point_label(point.id))
    for thread in amap.threads:
        lines += [f"# {_argdown_text(thread.title)}", ""]
        for message in messages_of[thread.id]:
            lines += [f"## {titles[message.id]}", ""]
            words = message.text.split()
            excerpt = " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")
            description = f": {_argdown_text(excerpt)}" if excerpt else ""
            lines.append(f"<{titles[message.id]}>{description}")
            lines += [f"    {line}" for line in incoming.get(message.id, [])]
            lines.append("")
            for claim in claims_of.get(message.id, []):
                tags = " ".join(f"#({tag})" for tag in (claim.type, *point_tags.get(claim.id, ())))
                lines.append(f"[{titles[claim.id]}]: {_argdown_text(claim.text)} {tags}")
                lines += [f"    {line}" for line in incoming.get(claim.id, [])]
                lines.append("")
    if amap.points:
        lines += ["# Key points", ""]
    for point in amap.points:
        people = f"{point.prevalence} {'person' if point.prevalence == 1 else 'people'}"
        lines.append(f"[{titles[point.id]}]: {_argdown_text(point.text)} #(key point, {people})")
        lines += [f"    {line}" for line in incoming.get(point.id, [])]
        lines.append("")
    return "\n".join(lines)


def _argdown_relation(kind: str, source_title: str) -> str:
    if kind in ("agree", "rebut"):
        return f"{'+' if kind == 'agree' else '-'} <{source_title}>"
    if kind in ("support", "attack"):
        return f"{'+' if kind == 'support' else '-'} [{source_title}]"
    if kind == "restate":
        return f"// restated by [{source_title}]"
    return ""


def _argdown_text(text: str) -> str:
    return ARGDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _argdown_titles(amap: ArgumentMap) -> dict[str, str]:
    """Unique titles: ``Author t1/m3`` for messages, the claim's first words for claims."""
    titles = {m.id: _title_words(f"{_speaker(m)} {m.id}", keep="/") for m in amap.messages}
    taken = set(titles.values())
    last_number: dict[str, int] = {}
    for claim in amap.claims:
        base = _title_words(" ".join(claim.text.split()[:TITLE_WORDS])) or claim.id
        title, number = base, last_number.get(base, 1)
        while title in taken:
            number += 1
            title = f"{base} {number}"
        last_number[base] = number
        taken.add(title)
        titles[claim.id] = title
    for point in amap.points:
        words = _title_words(" ".join(point.text.split()[:TITLE_WORDS]))
        titles[point.id] = f"{_point_label(point.id)} {words}".strip()
    return titles


def _point_label(point_id: str) -> str:
    """``KP1`` for ``p1``: a key point's short name in Argdown titles and tags."""
    return "KP" + point_id.rsplit("p", 1)[-1]


def _title_words(text: str, keep: str = "") -> str:
    """Letters, digits, spaces, ``.,'’?`` and ``keep``: what Argdown titles take safely."""
    return " ".join(re.sub(rf"[^\w .,'’?{re.escape(keep)}]", " ", text).split())


# -- Graphviz ------------------------------------------------------------------------------
#: How each edge kind is drawn; structure is drawn plain, stances are labelled.
DOT_EDGE_STYLE = {
    "replies_to": 'color="#999999"',
    "asserts": 'color="#cccccc", arrowhead=none',
    "agree": 'label="agree", color="#2e7d32"',
    "support": 'label="support", color="#2e7d32"',
    "rebut": 'label="rebut", color="#c62828"',
    "attack": 'label="attack", color="#c62828"',
    "restate": 'label="restate", color="#1565c0", style=dashed',
    "member_of": 'color="#9e9e9e", style=dotted, arrowhead=none',
}
#: Claim boxes wrap after this many characters per line.
DOT_WRAP = 30


def to_dot(amap: ArgumentMap) -> str:
    """Graphviz DOT: a cluster per thread holding its messages (ellipses, labelled with the
    author) and claims (boxes), and a cluster of key points (hexagons, dotted to their
    member claims); edges coloured by kind (green backs, red opposes).

    >>> from argmap.graph.example import example_debate
    >>> text = to_dot(example_debate())
    >>> '"t1/m1/c0" -> "t1/m0/c0" [label="attack", color="#c62828"];' in text
    True
    """
    lines = ["digraph argmap {", "  rankdir=LR;", '  node [fontname="Helvetica"];']
    messages_of, claims_of = _grouped(amap)
    for number, thread in enumerate(amap.threads):
        lines += [f"  subgraph cluster_{number} {{", f"    label={_dot_quote(thread.title)};"]
        for message in messages_of[thread.id]:
            label = f"{_speaker(message)}\n{message.id}"
            lines.append(
                f"    {_dot_quote(message.id)} [shape=ellipse, label={_dot_quote(label)}];"
            )
        for claim in (c for m in messages_of[thread.id] for c in claims_of.get(m.id, [])):
            label = _wrap(claim.text, DOT_WRAP)
            lines.append(f"    {_dot_quote(claim.id)} [shape=box, label={_dot_quote(label)}];")
        lines.append("  }")
    if amap.points:
        lines += ["  subgraph cluster_points {", '    label="Key points";']
        for point in amap.points:
            label = _wrap(f"{point.text} ({point.prevalence})", DOT_WRAP)
            lines.append(f"    {_dot_quote(point.id)} [shape=hexagon, label={_dot_quote(label)}];")
        lines.append("  }")
    for source, target, kind in to_graph(amap).edges(data="type"):
        if kind in DOT_EDGE_STYLE:
            lines.append(
                f"  {_dot_quote(source)} -> {_dot_quote(target)} [{DOT_EDGE_STYLE[kind]}];"
            )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _grouped(amap: ArgumentMap) -> tuple[dict[str, list[Message]], dict[str, list[Claim]]]:
    """Messages by thread and claims by message, in map order (one pass each)."""
    messages_of: dict[str, list[Message]] = {thread.id: [] for thread in amap.threads}
    for message in amap.messages:
        messages_of.setdefault(message.thread, []).append(message)
    claims_of: dict[str, list[Claim]] = {}
    for claim in amap.claims:
        claims_of.setdefault(claim.message, []).append(claim)
    return messages_of, claims_of


def _dot_quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _wrap(text: str, width: int) -> str:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _json(amap: ArgumentMap) -> str:
    return amap.dumps()


#: Format name → writer. Every writer returns text.
FORMATS: dict[str, Callable[[ArgumentMap], str]] = {
    "json": _json,
    "node-link": to_node_link,
    "graphml": to_graphml,
    "gexf": to_gexf,
    "aif": to_aif,
    "argdown": to_argdown,
    "dot": to_dot,
}
#: The file suffix each format is usually saved with.
SUFFIXES = {
    "json": ".json",
    "node-link": ".json",
    "graphml": ".graphml",
    "gexf": ".gexf",
    "aif": ".json",
    "argdown": ".argdown",
    "dot": ".dot",
}
