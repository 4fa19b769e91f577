"""Render: the argument map as an interactive HTML page that opens offline."""

from argmap.render.html import render_html
from argmap.render.index import render_index

__all__ = ["render_html", "render_index"]
