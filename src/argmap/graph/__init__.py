"""Graph: the argument map as a networkx graph, with queries, exports and a written report.

``build`` makes the graph, ``query`` answers questions over it, ``export`` writes it in other
tools' formats and ``report`` writes the Markdown debate report. All are functions over an
:class:`~argmap.model.ArgumentMap`, in networkx's style (``contested(amap)``), so the map
itself stays plain data; the top-level ``argmap`` namespace re-exports them.
"""

from argmap.graph.build import build_graph, to_graph
from argmap.graph.export import FORMATS, export
from argmap.graph.query import (
    agreement_matrix,
    central_claims,
    claims_by,
    consensus,
    contested,
    subgraph,
    summary,
    unanswered,
)

__all__ = [
    "FORMATS",
    "agreement_matrix",
    "build_graph",
    "central_claims",
    "claims_by",
    "consensus",
    "contested",
    "export",
    "subgraph",
    "summary",
    "to_graph",
    "unanswered",
]
