"""The HTML map page, drawn by pyvis (vis-network) from the argument graph."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from pyvis.network import Network

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["render_html"]

EDGE_COLOURS = {
    "agree": "#2e7d32",
    "support": "#2e7d32",
    "rebut": "#c62828",
    "attack": "#c62828",
    "reply": "#bbbbbb",
    "restate": "#1565c0",
}


def render_html(amap: ArgumentMap, title: str = "argmap") -> str:
    """A self-contained page showing messages (dots) and claims (boxes) with their links."""
    network = Network(height="90vh", width="100%", directed=True, cdn_resources="in_line")
    for message in amap.messages:
        label = message.author or message.kind
        network.add_node(message.id, label=label, title=message.text[:300], shape="dot")
    for claim in amap.claims:
        network.add_node(claim.id, label=claim.text[:60], title=claim.sentence, shape="box")
        network.add_edge(claim.message, claim.id, color="#dddddd")
    for relation in amap.relations:
        network.add_edge(
            relation.source,
            relation.target,
            title=relation.kind,
            color=EDGE_COLOURS.get(relation.kind, "#888888"),
        )
    page = network.generate_html()
    return page.replace("<head>", f"<head><title>{html.escape(title)}</title>", 1)
