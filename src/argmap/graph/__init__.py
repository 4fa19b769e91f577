"""Graph: the argument map as a networkx graph, with queries and exports."""

from argmap.graph.build import build_graph

__all__ = ["build_graph"]
