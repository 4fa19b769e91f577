"""The HTML map page: one self-contained file that opens from ``file://`` with no network.

pyvis builds the vis-network node and edge lists and options (see
:mod:`argmap.render.page_data`) and ships vis-network itself, which is inlined from the
installed pyvis package. pyvis's own template is not used: even with
``cdn_resources="in_line"`` it links Bootstrap and tom-select from CDNs. The page here inlines
everything it needs and carries a Content-Security-Policy that forbids every network load and
lets only its own scripts (by hash) run.

The map travels as JSON in a ``<script type="application/json">`` block and is turned into DOM
by ``assets/map.js`` with ``textContent`` only, so page text can never become markup.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from argmap.errors import ArgmapError, Problem
from argmap.render.page_data import build_page_data
from argmap.slugs import slugify

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["content_security_policy", "json_for_script", "render_html"]

#: vis-network as shipped by pyvis 0.3.x (dual Apache-2.0/MIT; its licence header is kept).
VIS_DIR = ("templates", "lib", "vis-9.1.2")

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def render_html(amap: ArgumentMap, title: str = "argmap", slug: str | None = None) -> str:
    """A self-contained page drawing ``amap``: legend, filters, search, views and a panel.

    ``slug`` (the thread's file name, as ``argmap map`` writes it) names the PNG the page
    exports; by default it is made from ``title``.
    """
    data = json_for_script(build_page_data(amap, title, slug or slugify(title)))
    vis_js, map_js = _vis_asset("vis-network.min.js"), _asset("map.js")
    values = {
        "csp": content_security_policy([vis_js, map_js]),
        "title": html.escape(title),
        "vis_css": _vis_asset("vis-network.css"),
        "map_css": _asset("map.css"),
        "vis_js": vis_js,
        "map_js": map_js,
        "data": data,
    }
    return _fill(_asset("page.html"), values)


def json_for_script(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, where ``\\u003c`` means the same; so
    ``</script>`` and ``<!--`` cannot end or change the element. U+2028/2029 are escaped for
    old JavaScript parsers.

    >>> json_for_script({"t": "</script><!--\\u2028"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda match: _SCRIPT_ESCAPES[match.group()], text)


def content_security_policy(scripts: list[str]) -> str:
    """Nothing from the network, no plugins, no forms; only these inline scripts may run."""
    hashes = " ".join(f"'sha256-{_sha256(script)}'" for script in scripts) or "'none'"
    return (
        "default-src 'none'; "
        f"script-src {hashes}; "
        "style-src 'unsafe-inline'; "
        "img-src data: blob:; "
        "connect-src 'none'; font-src 'none'; object-src 'none'; media-src 'none'; "
        "frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace ``{{name}}`` in one pass, so inserted text is never scanned again."""
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


@cache
def _asset(name: str) -> str:
    return resources.files("argmap.render").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _vis_asset(name: str) -> str:
    try:
        return resources.files("pyvis").joinpath(*VIS_DIR, name).read_text(encoding="utf-8")
    except FileNotFoundError:
        path = "/".join((*VIS_DIR, name))
        raise ArgmapError(Problem.VIS_MISSING.format(path=path)) from None
