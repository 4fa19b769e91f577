"""argmap: turn online debates into argument maps.

>>> import argmap
>>> amap = argmap.map_text("Cats are better than dogs.\\nI agree with you.\\nAnn", title="pets")
>>> [m.author for m in amap.messages]
[None, 'Ann']

The map is plain data (:mod:`argmap.model`); what can be asked of it are functions in the
style of networkx, reached from here: ``argmap.to_graph(amap)``, ``argmap.contested(amap)``,
``argmap.export(amap, "aif")``, ``argmap.render_html(amap)``.

Nothing heavy is imported here: spaCy loads on the first call that needs it, networkx on the
first graph function used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from argmap.api import Settings, map_files, map_text
from argmap.claims import find_claims
from argmap.errors import ArgmapError, InputError, ModelNotFoundError, SchemaError
from argmap.model import ArgumentMap, Claim, KeyPoint, Message, Quote, Relation, Thread, load
from argmap.relations import stance

#: Functions over a map, by the module that defines them; imported on first use.
_LAZY = {
    "to_graph": "argmap.graph.build",
    "export": "argmap.graph.export",
    "render_report": "argmap.graph.report",
    "render_html": "argmap.render",
    "show": "argmap.render",
    "agreement_matrix": "argmap.graph.query",
    "central_claims": "argmap.graph.query",
    "claims_by": "argmap.graph.query",
    "consensus": "argmap.graph.query",
    "contested": "argmap.graph.query",
    "subgraph": "argmap.graph.query",
    "summary": "argmap.graph.query",
    "unanswered": "argmap.graph.query",
    "key_points": "argmap.points",
}

__all__ = [
    "ArgmapError",
    "ArgumentMap",
    "Claim",
    "InputError",
    "KeyPoint",
    "Message",
    "ModelNotFoundError",
    "Quote",
    "Relation",
    "SchemaError",
    "Settings",
    "Thread",
    "find_claims",
    "load",
    "map_files",
    "map_text",
    "stance",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'argmap' has no attribute {name!r}")
