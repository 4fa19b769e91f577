"""Render: the argument map as an interactive HTML page that opens offline."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from argmap.model import ArgumentMap
from argmap.render.html import render_html
from argmap.render.index import render_index
from argmap.render.limits import too_big

__all__ = ["MapView", "render_html", "render_index", "show", "too_big"]


@dataclass(frozen=True)
class MapView:
    """A map as Jupyter shows it: the interactive page inside a sandboxed ``iframe``."""

    amap: ArgumentMap
    height: int = 600

    def _repr_html_(self) -> str:
        page = render_html(self.amap)
        return (
            f'<iframe style="width:100%;height:{self.height}px;border:0" '
            f'sandbox="allow-scripts" srcdoc="{escape(page, quote=True)}"></iframe>'
        )


def show(amap: ArgumentMap, height: int = 600) -> MapView:
    """The map drawn in a notebook cell: ``argmap.show(amap)`` as a cell's last line."""
    return MapView(amap, height)
