"""The hand-written selector matcher selects exactly what soupsieve selects.

``selection.select_all`` matches the plain parts of a selector list (tags, ids, classes,
``[attr]`` / ``[attr=value]``, descendant combinators) itself and hands the rest to
soupsieve; on random trees and random selector lists both must give the same elements in
the same (document) order.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.ingest.selection import select_all

TAGS = ("div", "li", "ol", "p", "span", "a", "article")
CLASSES = ("comment", "reply", "body", "author", "odd", "c-1")
IDS = ("c1", "c2", "comments")
ATTRIBUTES = (("data-kind", "x"), ("data-kind", "y"), ("rel", "nofollow"))


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> str:
    """A random fragment of nested elements with classes, ids and attributes."""
    count = draw(st.integers(0, 3 if depth < 3 else 0))
    parts = []
    for _ in range(count):
        tag = draw(st.sampled_from(TAGS))
        classes = draw(st.lists(st.sampled_from(CLASSES), max_size=2, unique=True))
        ident = draw(st.none() | st.sampled_from(IDS))
        attribute = draw(st.none() | st.sampled_from(ATTRIBUTES))
        attrs = f' class="{" ".join(classes)}"' if classes else ""
        attrs += f' id="{ident}"' if ident else ""
        attrs += f' {attribute[0]}="{attribute[1]}"' if attribute else ""
        inner = draw(trees(depth + 1))
        parts.append(f"<{tag}{attrs}>t{inner}</{tag}>")
    return "".join(parts)


@st.composite
def compounds(draw: st.DrawFn) -> str:
    tag = draw(st.sampled_from(("", *TAGS)))
    ident = draw(st.sampled_from(("", *(f"#{i}" for i in IDS))))
    classes = "".join(
        f".{c}" for c in draw(st.lists(st.sampled_from(CLASSES), max_size=2, unique=True))
    )
    attribute = draw(
        st.sampled_from(("", "[data-kind]", "[data-kind=x]", "[rel='nofollow']", '[id="c2"]'))
    )
    text = tag + ident + classes + attribute
    return text or draw(st.sampled_from(TAGS))


@st.composite
def selector_lists(draw: st.DrawFn) -> str:
    """Comma lists of plain selectors, sometimes with a part only soupsieve handles."""
    parts = [
        " ".join(draw(st.lists(compounds(), min_size=1, max_size=3)))
        for _ in range(draw(st.integers(1, 3)))
    ]
    parts += draw(st.lists(st.sampled_from(("li > p", "div:not(.odd)", "[id^=c]")), max_size=1))
    return ", ".join(parts)


@settings(max_examples=300, deadline=None)
@given(trees(), selector_lists())
def test_select_all_selects_what_soupsieve_selects(fragment: str, selectors: str) -> None:
    soup = BeautifulSoup(f"<html><body>{fragment}</body></html>", "lxml")
    ours = select_all(soup, selectors)
    theirs = soup.select(selectors)
    assert [id(e) for e in ours] == [id(e) for e in theirs], selectors


def test_descendant_chain_needs_every_ancestor_in_order() -> None:
    soup = BeautifulSoup(
        "<div class='a'><p class='b'><span class='c'>x</span></p></div>"
        "<p class='b'><div class='a'><span class='c'>y</span></div></p>",
        "lxml",
    )
    assert [e.get_text() for e in select_all(soup, ".a .b .c")] == ["x"]
