"""What the map page shows, as plain data: vis-network nodes and edges, built with pyvis, and
the full records the side panel reads.

Node and edge lists are built here in one pass and handed to pyvis in bulk: pyvis's
``add_edge`` looks for duplicates edge by edge, which is quadratic (40,000 edges took 9.5 s
against 0.06 s in bulk). pyvis then supplies the vis-network options; the page itself is
assembled by :mod:`argmap.render.html`.
"""

from __future__ import annotations

import colorsys
import json
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from pyvis.network import Network

from argmap.language import thread_notes
from argmap.render.debate import FIRST_POINTS, debate_nodes, debate_records
from argmap.render.layout import compute_layouts
from argmap.render.limits import too_big

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Claim, Message, Thread
    from argmap.render.layout import Layout

__all__ = [
    "AUTHOR_PALETTE",
    "EDGE_STYLES",
    "LABEL_BACKGROUND",
    "LARGE_MAP_NODES",
    "UNSIGNED",
    "build_page_data",
    "relation_counts",
]

#: Above this many nodes the page hides edges while panning and moves a snapshot instead of
#: drawing every node each frame: that keeps a 5,000-node map under 50 ms a frame
#: (BENCHMARKS.md). Labels need no such limit: the page draws none smaller than 12 px.
LARGE_MAP_NODES = 300

#: Colour-blind-safe qualitative palette (Okabe-Ito, then Tableau 10 extras); authors beyond it
#: get golden-angle hues so neighbours in the legend stay distinguishable.
AUTHOR_PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#f0e442",
    "#8c564b",
    "#17becf",
    "#7f7f7f",
    "#bcbd22",
    "#9467bd",
)
UNKNOWN_AUTHOR_COLOUR = "#b0b0b0"
#: The Authors filter's name for messages without an author.
UNSIGNED = "(unsigned)"
#: Labels drawn outside their shape (under dots and diamonds) get this backdrop: vis-network
#: draws labels after edges, so with it no line runs through a label's words.
LABEL_BACKGROUND = "rgba(255,255,255,0.85)"

#: How each edge kind is drawn: the legend on the page lists these in this order.
#: ``states`` links a message to a claim it puts forward; ``thread`` links a thread to its post.
#: ``hidden`` kinds start unticked: the claim grid under each message already shows who states
#: what, and the fan of lines from a long post to its claims hid the argument links.
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "agree": {"color": "#2e7d32", "label": "agrees with", "arrows": "to"},
    "support": {"color": "#2e7d32", "label": "supports", "arrows": "to"},
    "rebut": {"color": "#c62828", "label": "rebuts", "arrows": "to"},
    "attack": {"color": "#c62828", "label": "attacks", "arrows": "to"},
    "restate": {"color": "#6a1b9a", "label": "restates", "arrows": "to", "dashes": True},
    "reply": {"color": "#9e9e9e", "label": "replies to", "arrows": "to", "width": 1},
    "states": {"color": "#cfd8dc", "label": "states a claim", "width": 1, "hidden": True},
    "thread": {"color": "#90a4ae", "label": "starts thread", "width": 1},
}
#: Kinds whose width shows confidence: 1 px at 0, 5 px at 1.
CONFIDENCE_WIDTH = (1.0, 4.0)
BACKING = ("agree", "support")
OPPOSING = ("rebut", "attack")
CONTESTED_BORDER = "#c62828"
CLAIM_LABEL_CHARS = 70
THREAD_LABEL_CHARS = 50


def relation_counts(amap: ArgumentMap) -> Counter[str]:
    """How many relations of each kind the map holds."""
    return Counter(r.kind for r in amap.relations)


def build_page_data(amap: ArgumentMap, title: str, slug: str = "argmap") -> dict[str, Any]:
    """Everything the page script needs, as JSON-ready data.

    ``slug`` names files the page saves (the exported PNG).
    """
    node_ids = (
        {t.id for t in amap.threads}
        | {m.id for m in amap.messages}
        | {c.id for c in amap.claims}
        | {p.id for p in amap.points}
    )
    large = len(node_ids) > LARGE_MAP_NODES
    edges = _edges(amap, node_ids)
    contested = {e["to"] for e in edges if e["kind"] in OPPOSING}
    colours = _author_colours(amap.messages)
    layout = compute_layouts(amap)

    nodes = [_thread_node(t, layout) for t in amap.threads]
    nodes += [_message_node(m, colours, contested, layout) for m in amap.messages]
    messages = {m.id: m for m in amap.messages}
    nodes += [_claim_node(c, messages.get(c.message), contested, layout) for c in amap.claims]
    nodes += debate_nodes(amap, colours)

    network = _pyvis_network(nodes, edges, large)
    vis_nodes, vis_edges, _, _, _, options = network.get_network_data()
    return {
        "title": title,
        "slug": slug,
        "large": large,
        "startView": "debate" if amap.points else "conversation",
        "notice": _start_notice(amap),
        "tooBig": too_big(amap),
        "firstPoints": FIRST_POINTS,
        "nodes": vis_nodes,
        "edges": vis_edges,
        "options": json.loads(options),
        "conversation": {k: list(v) for k, v in layout.conversation.items()},
        "records": _records(amap) | debate_records(amap),
        "authors": _author_entries(amap.messages, colours),
        "threads": [{"id": t.id, "title": t.title} for t in amap.threads],
        "languageNotes": thread_notes(amap),
        "edgeStyles": EDGE_STYLES,
    }


def _start_notice(amap: ArgumentMap) -> str | None:
    """Why a map opens on the Conversation view rather than the Debate view."""
    if amap.points or not amap.messages:
        return None
    languages = Counter(m.language for m in amap.messages if m.language)
    language = languages.most_common(1)[0][0] if languages else None
    notes = thread_notes(amap)
    if language and language != "en" and notes:
        said = " ".join(dict.fromkeys(notes.values()))
        return f"No Debate view: {said}. The map opens on the Conversation view, the reply tree."
    if language and language != "en":
        reason = f"this thread is mostly in '{language}' and key points are found in English text"
    elif not amap.claims:
        reason = "no claims were found in it"
    else:
        reason = f"none of its {len(amap.claims):,} claims were grouped into a key point"
    return f"No Debate view: {reason}. The map opens on the Conversation view, the reply tree."


def _author_entries(messages: tuple[Message, ...], colours: dict[str, str]) -> list[dict]:
    """The Authors filter: every author by activity, then unsigned messages as one entry."""
    entries = [{"name": name, "key": name, "colour": colour} for name, colour in colours.items()]
    if any(not m.author for m in messages):
        entries.append({"name": UNSIGNED, "key": "", "colour": UNKNOWN_AUTHOR_COLOUR})
    return entries


def _pyvis_network(nodes: list[dict], edges: list[dict], large: bool) -> Network:
    """A pyvis network holding the lists (set in bulk) and the drawing options."""
    network = Network(directed=True)
    network.nodes = nodes
    network.node_ids = [n["id"] for n in nodes]
    network.node_map = {n["id"]: n for n in nodes}
    network.edges = edges
    # Positions come from Python; the simulation is offered as a switch, not run at load.
    network.toggle_physics(False)
    network.toggle_stabilization(False)
    network.toggle_hide_edges_on_drag(large)
    network.options.edges.smooth.enabled = False  # curved edges cost ~3x per frame
    return network


def _edges(amap: ArgumentMap, node_ids: set[str]) -> list[dict[str, Any]]:
    """Relations, reply links implied by ``parent``, message→claim and thread→post links.

    Links between key points belong to the Debate view and are marked ``debate``.
    """
    edges: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    point_ids = {p.id for p in amap.points}

    def add(source: str, target: str, kind: str, confidence: float, evidence: str) -> None:
        key = (source, target, kind)
        if key in seen or source not in node_ids or target not in node_ids:
            return
        seen.add(key)
        edge = _edge(len(edges), source, target, kind, confidence, evidence)
        if source in point_ids or target in point_ids:
            # Few links, drawn as arcs: a straight line between two points of a row or
            # column would run behind the boxes between them and seem to join those.
            edge.update(debate=True, smooth={"enabled": True, "type": "curvedCW", "roundness": 0.3})
        edges.append(edge)

    for relation in amap.relations:
        add(relation.source, relation.target, relation.kind, relation.confidence, relation.evidence)
    for message in amap.messages:
        if message.parent:
            add(message.id, message.parent, "reply", 1.0, "")
        elif message.kind == "post":
            add(message.thread, message.id, "thread", 1.0, "")
    for claim in amap.claims:
        add(claim.message, claim.id, "states", 1.0, "")
    return edges


def _edge(
    number: int, source: str, target: str, kind: str, confidence: float, evidence: str
) -> dict[str, Any]:
    style = EDGE_STYLES.get(kind, {"color": "#888888"})
    low, span = CONFIDENCE_WIDTH
    width = style.get("width", low + span * max(0.0, min(1.0, float(confidence))))
    edge: dict[str, Any] = {
        "id": f"e{number}",
        "from": source,
        "to": target,
        "kind": kind,
        "confidence": confidence,
        "evidence": evidence,
        "color": {"color": style["color"], "highlight": style["color"]},
        "width": round(width, 2),
    }
    if "arrows" in style:
        edge["arrows"] = style["arrows"]
    if style.get("dashes"):
        edge["dashes"] = True
    return edge


def _author_colours(messages: tuple[Message, ...]) -> dict[str, str]:
    """Authors by number of messages (most active first), each with its colour."""
    counts = Counter(m.author for m in messages if m.author)
    colours: dict[str, str] = {}
    for rank, (author, _) in enumerate(counts.most_common()):
        if rank < len(AUTHOR_PALETTE):
            colours[author] = AUTHOR_PALETTE[rank]
        else:
            hue = (rank * 0.381966) % 1.0
            red, green, blue = colorsys.hls_to_rgb(hue, 0.5, 0.55)
            colours[author] = f"#{int(red * 255):02x}{int(green * 255):02x}{int(blue * 255):02x}"
    return colours


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _thread_node(thread: Thread, layout: Layout) -> dict[str, Any]:
    x, y = layout.argument.get(thread.id, (0.0, 0.0))
    return {
        "id": thread.id,
        "kind": "thread",
        "thread": thread.id,
        "label": _shorten(thread.title or thread.source, THREAD_LABEL_CHARS),
        "shape": "diamond",
        "size": 22,
        "color": {"background": "#37474f", "border": "#263238"},
        "font": {"size": 16, "background": LABEL_BACKGROUND},
        "x": x,
        "y": y,
    }


def _message_node(
    message: Message,
    colours: dict[str, str],
    contested: set[str],
    layout: Layout,
) -> dict[str, Any]:
    x, y = layout.argument.get(message.id, (0.0, 0.0))
    colour = colours.get(message.author or "", UNKNOWN_AUTHOR_COLOUR)
    node: dict[str, Any] = {
        "id": message.id,
        "kind": "message",
        "thread": message.thread,
        "author": message.author or "",
        "label": _shorten(message.author or message.kind, 24),
        "font": {"background": LABEL_BACKGROUND},
        "shape": "dot",
        "size": 16 if message.kind == "post" else 10,
        "color": {
            "background": colour,
            "border": colour,
            "highlight": {"background": colour, "border": "#263238"},
        },
        "borderWidth": 0,  # a border the colour of the fill costs a stroke per dot per frame
        "borderWidthSelected": 3,
        "x": x,
        "y": y,
    }
    if message.id in contested:
        node.update(contested=True, borderWidth=4)
        node["color"]["border"] = CONTESTED_BORDER
    return node


def _claim_node(
    claim: Claim, message: Message | None, contested: set[str], layout: Layout
) -> dict[str, Any]:
    x, y = layout.argument.get(claim.id, (0.0, 0.0))
    node: dict[str, Any] = {
        "id": claim.id,
        "kind": "claim",
        "thread": message.thread if message else "",
        "author": (message.author or "") if message else "",
        "role": claim.role,
        "label": _shorten(claim.text, CLAIM_LABEL_CHARS),
        "shape": "box",
        "color": {"background": "#fffde7", "border": "#9e9d24"},
        "borderWidth": 1,
        "widthConstraint": {"maximum": 165},
        "font": {"size": 13},
        "x": x,
        "y": y,
    }
    if claim.id in contested:
        node.update(contested=True, borderWidth=4)
        node["color"] = {"background": "#ffebee", "border": CONTESTED_BORDER}
    return node


def _records(amap: ArgumentMap) -> dict[str, dict[str, Any]]:
    """The full words behind every node, for the side panel."""
    claims_by_message: dict[str, list[str]] = defaultdict(list)
    for claim in amap.claims:
        claims_by_message[claim.message].append(claim.id)
    records: dict[str, dict[str, Any]] = {}
    notes = thread_notes(amap)
    for thread in amap.threads:
        records[thread.id] = {
            "kind": "thread",
            "title": thread.title,
            "source": thread.source,
            "platform": thread.platform,
            "url": thread.url,
            "missing": thread.missing,
            "language": thread.language,
            "languageNote": notes.get(thread.id),
        }
    for message in amap.messages:
        records[message.id] = {
            "kind": "message",
            "messageKind": message.kind,
            "thread": message.thread,
            "author": message.author,
            "time": message.time,
            "timeText": message.time_text,
            "parent": message.parent,
            "text": message.text,
            "url": message.url,
            "quotes": [{"text": q.text, "source": q.source} for q in message.quotes],
            "claims": claims_by_message.get(message.id, []),
        }
    for claim in amap.claims:
        records[claim.id] = {
            "kind": "claim",
            "message": claim.message,
            "text": claim.text,
            "sentence": claim.sentence,
            "span": list(claim.span),
            "claimType": claim.type,
            "role": claim.role,
        }
    return records
