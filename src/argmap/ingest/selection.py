"""CSS selection for the comment walker: plain selectors matched in one walk, the rest by
soupsieve.

soupsieve matches each element against each part of a long selector list in Python; for
the plain parts platform constants are made of (tags, ids, classes, ``[attr]`` /
``[attr=value]``, descendant combinators) a few set and dict tests per element do the same
work faster (``bench/ingest.py --selectors``; figure in BENCHMARKS.md).
``tests/test_ingest_selection.py`` checks that both select exactly the same elements.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["descendant_ids", "element_matches", "select_all", "split_selectors"]

#: ``tag#id.class[attr=value]``: the compound selectors most platform constants are made
#: of; a selector is one or more of them joined by spaces (descendant combinators).
_COMPOUND = re.compile(
    r"([a-z][a-z0-9]*)?(?:#([\w-]+))?((?:\.[\w-]+)*)"
    r"((?:\[[\w:-]+(?:=(?:'[^']*'|\"[^\"]*\"|[\w-]+))?\])*)",
    re.IGNORECASE,
)
_ATTRIBUTE = re.compile(r"\[([\w:-]+)(?:=(?:'([^']*)'|\"([^\"]*)\"|([\w-]+)))?\]")
_Compound = tuple[str | None, str | None, frozenset[str], tuple[tuple[str, str | None], ...]]


@cache
def _plain_selector(part: str) -> tuple[_Compound, ...] | None:
    """A selector as compounds (outermost first) when it uses only tags, ids, classes,
    ``[attr]`` / ``[attr=value]`` and descendant combinators, else ``None``.

    soupsieve matches each element against each part of a long list in Python; for such
    plain parts a few set and dict tests per element do the same work many times faster.
    """
    compounds = []
    for token in part.split():
        match = _COMPOUND.fullmatch(token)
        if not match or not token:
            return None
        tag, ident, classes, attributes = match.groups()
        pairs = tuple(_attribute_test(found) for found in _ATTRIBUTE.finditer(attributes or ""))
        compounds.append(
            (tag.lower() if tag else None, ident, frozenset(classes.split(".")[1:]), pairs)
        )
    return tuple(compounds) or None


def _attribute_test(found: re.Match[str]) -> tuple[str, str | None]:
    """``[name]`` as ``(name, None)``; ``[name=value]`` (quoted or not) as ``(name, value)``."""
    if "=" not in found.group(0):
        return found.group(1), None
    value = next(v for v in found.groups()[1:] if v is not None)
    return found.group(1), value


def _matches_compound(element: Any, compound: _Compound) -> bool:
    tag, ident, wanted, attributes = compound
    if tag is not None and element.name != tag:
        return False
    if ident is not None and element.get("id") != ident:
        return False
    if wanted and not wanted.issubset(element.get("class") or ()):
        return False
    for name, value in attributes:
        found = element.get(name)
        if isinstance(found, list):  # bs4 splits class, rel and the like into lists
            found = " ".join(found)
        if found is None or (value is not None and found != value):
            return False
    return True


def _matches_plain(
    element: Any, compounds: tuple[_Compound, ...], memo: dict[tuple[int, int], bool]
) -> bool:
    """The last compound matches the element, the others its ancestors, in order.

    ``memo`` (one per selector and page) remembers, per ancestor, whether a chain of the
    first compounds ends there or above, so a page is walked once per selector however
    deeply its comments nest (10,000 nested replies would otherwise cost 10,000² steps).
    """
    if not _matches_compound(element, compounds[-1]):
        return False
    return len(compounds) == 1 or _chain_above(element.parent, compounds, len(compounds) - 1, memo)


def _chain_above(
    node: Any, compounds: tuple[_Compound, ...], length: int, memo: dict[tuple[int, int], bool]
) -> bool:
    """Whether ``node`` or one of its ancestors matches ``compounds[length - 1]`` with the
    compounds before it matched further up, in order. Iterative over the ancestors."""
    unknown = []
    while node is not None and (id(node), length) not in memo:
        unknown.append(node)
        node = node.parent
    above = memo[(id(node), length)] if node is not None else False
    for current in reversed(unknown):  # from the top down, so each answer reuses the last
        here = bool(current.name) and _matches_compound(current, compounds[length - 1])
        if here and length > 1:
            here = _chain_above(current.parent, compounds, length - 1, memo)
        above = above or here
        memo[(id(current), length)] = above
    return above


def element_matches(element: Any, part: str) -> bool:
    plain = _plain_selector(part)
    return _matches_plain(element, plain, {}) if plain else bool(element.css.match(part))


@cache
def _plain_index(
    selectors: str,
) -> tuple[dict[str, list[tuple[_Compound, ...]]], list[tuple[_Compound, ...]], str]:
    """The plain parts of a selector list keyed by one class their last compound needs (so
    an element is tested only against parts that can match it), the plain parts without
    such a class, and the other parts joined back into one selector list for soupsieve."""
    by_class: dict[str, list[tuple[_Compound, ...]]] = {}
    classless: list[tuple[_Compound, ...]] = []
    complex_parts = []
    for part in split_selectors(selectors):
        plain = _plain_selector(part)
        if plain is None:
            complex_parts.append(part)
        elif plain[-1][2]:
            by_class.setdefault(min(plain[-1][2]), []).append(plain)
        else:
            classless.append(plain)
    return by_class, classless, ", ".join(complex_parts)


def select_all(root: Any, selectors: str) -> list[Any]:
    """``root.select(selectors)`` (descendants, document order), with the plain parts of
    the list (tags, ids, classes, ``[attr=value]``, descendant combinators) matched in a
    single walk instead of by soupsieve."""
    by_class, classless, complex_parts = _plain_index(selectors)
    chosen = {id(e) for e in root.select(complex_parts)} if complex_parts else set()
    memos: dict[tuple[_Compound, ...], dict[tuple[int, int], bool]] = {}

    def matches(element: Any, plain: tuple[_Compound, ...]) -> bool:
        return _matches_plain(element, plain, memos.setdefault(plain, {}))

    found = []
    for element in root.find_all(True):
        if id(element) in chosen or any(matches(element, p) for p in classless):
            found.append(element)
            continue
        for name in element.get("class") or ():
            if any(matches(element, p) for p in by_class.get(name, ())):
                found.append(element)
                break
    return found


def descendant_ids(element: Any) -> set[int]:
    return {id(found) for found in element.find_all(True)}


@cache
def split_selectors(selectors: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in selectors.split(",") if part.strip())
