"""Graph: the argument map as a networkx graph, with queries, exports and a written report.

``build`` makes the graph, ``query`` answers questions over it, ``export`` writes it in other
tools' formats and ``report`` writes the Markdown debate report. ``ArgumentMap`` exposes all
of them as methods (``amap.graph``, ``amap.contested()``, ``amap.to_aif()`` ...).
"""

from argmap.graph.build import build_graph
from argmap.graph.export import FORMATS, export

__all__ = ["FORMATS", "build_graph", "export"]
