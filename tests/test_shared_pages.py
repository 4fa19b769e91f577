"""Every real saved page in ``../shared/pages`` against expectations written by reading it.

Each ``tests/pages/<platform>/<page file name>.json`` says what a careful reader finds in
one page (in the style of trafilatura's ``tests/evaldata.json``)::

    {"file": "wordpress/wp-lemire-simdjson.html", "threads": 1, "title_contains": "simdjson",
     "comments": 5, "authors": ["degski"], "parents": [["We are working", "vcpkg has"]],
     "must_contain": ["Please try it out!"], "must_not_contain": ["Reply"], "language": "en"}

``comments`` counts the messages other than the post (for forums, the posts after the
first) actually present in the file. A missing key is not checked. Snippets are compared
after whitespace normalisation; a ``must_not_contain`` snippet counts only as a whole word
or phrase ("Reply" does not match "Replying").
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from argmap.api import assemble
from argmap.ingest import read_file
from argmap.model import Message, Thread

EXPECTATIONS = Path(__file__).resolve().parent / "pages"
EXPECTATION_FILES = sorted(EXPECTATIONS.glob("*/*.json"))
#: A count is right when within 2% of the expected count, or within one comment.
COUNT_TOLERANCE = 0.02

pytestmark = pytest.mark.shared


def _normal(text: str) -> str:
    return " ".join(text.split())


def _map(path: Path) -> tuple[list[Thread], list[Message]]:
    _, raws = read_file(path)
    return assemble((str(path), raw) for raw in raws)


def _manifest(shared_dir: Path) -> list[str]:
    with (shared_dir / "pages" / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return [row["file"] for row in csv.DictReader(handle, delimiter="\t")]


def count_is_close(found: int, expected: int) -> bool:
    """True when ``found`` is within 2% (or one) of ``expected``.

    >>> count_is_close(99, 100), count_is_close(4, 6)
    (True, False)
    """
    return abs(found - expected) <= max(1, COUNT_TOLERANCE * expected)


def _starting_with(messages: list[Message], start: str) -> list[Message]:
    start = _normal(start)
    return [m for m in messages if _normal(m.text).startswith(start)]


def _whole_phrase(snippet: str) -> re.Pattern[str]:
    before = r"\b" if snippet[:1].isalnum() else ""
    after = r"\b" if snippet[-1:].isalnum() else ""
    return re.compile(before + re.escape(snippet) + after)


@pytest.mark.parametrize("expectation", EXPECTATION_FILES, ids=lambda p: p.stem)
def test_page_meets_expectations(shared_dir: Path, expectation: Path) -> None:
    expected = json.loads(expectation.read_text(encoding="utf-8"))
    threads, messages = _map(shared_dir / "pages" / expected["file"])
    comments = [m for m in messages if m.kind != "post"]
    texts = [_normal(m.text) for m in messages]
    problems: list[str] = []
    if "threads" in expected and len(threads) != expected["threads"]:
        problems.append(f"{len(threads)} threads, expected {expected['threads']}")
    if "title_contains" in expected:
        wanted = _normal(expected["title_contains"]).casefold()
        if not any(wanted in _normal(t.title).casefold() for t in threads):
            problems.append(f"no title contains {expected['title_contains']!r}")
    if "comments" in expected and not count_is_close(len(comments), expected["comments"]):
        problems.append(f"{len(comments)} comments, expected {expected['comments']}")
    authors = {m.author for m in messages}
    problems += [f"author {a!r} missing" for a in expected.get("authors", []) if a not in authors]
    by_id = {m.id: m for m in messages}
    for reply, parent in expected.get("parents", []):
        replies = _starting_with(comments, reply)
        if not replies:
            problems.append(f"no message starts with {reply!r}")
        elif not any(
            m.parent and _normal(by_id[m.parent].text).startswith(_normal(parent)) for m in replies
        ):
            problems.append(f"{reply!r} does not reply to {parent!r}")
    problems += [
        f"missing text {s!r}"
        for s in expected.get("must_contain", [])
        if not any(_normal(s) in text for text in texts)
    ]
    problems += [
        f"junk text {s!r}"
        for s in expected.get("must_not_contain", [])
        if any(_whole_phrase(_normal(s)).search(text) for text in texts)
    ]
    if "language" in expected:
        primary = expected["language"].split("-")[0].lower()
        languages = {(t.language or "").split("-")[0].lower() for t in threads}
        if primary not in languages:
            problems.append(f"language {sorted(languages)}, expected {expected['language']}")
    assert not problems, f"{expected['file']}: " + "; ".join(problems)


def _covered_files() -> set[str]:
    return {json.loads(p.read_text(encoding="utf-8"))["file"] for p in EXPECTATION_FILES}


def _platform(name: str) -> str:
    return name.split("/")[0]


def test_every_manifest_page_reads(shared_dir: Path) -> None:
    """Whatever its platform or language, every saved page maps without error.

    A page of a platform that has no expectations file at all in this checkout (its
    reader is written elsewhere and not merged yet) only makes the test skip, naming it.
    """
    covered_platforms = {_platform(name) for name in _covered_files()}
    failures = []
    for name in _manifest(shared_dir):
        try:
            threads, _ = _map(shared_dir / "pages" / name)
            if not threads:
                failures.append(f"{name}: no thread")
        except Exception as exc:  # report every failing page at once
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
    own = [f for f in failures if _platform(f) in covered_platforms]
    assert not own, "\n".join(own)
    if failures:
        pytest.skip("pages of platforms not covered here yet fail: " + "; ".join(failures))


def test_every_manifest_page_has_expectations(shared_dir: Path) -> None:
    """Each page has an expectations file. A platform with none at all in this checkout is
    written elsewhere and not merged yet: the test then skips, naming every missing file;
    a platform with some but not all of its pages covered fails."""
    covered = _covered_files()
    missing = [name for name in _manifest(shared_dir) if name not in covered]
    started = {_platform(name) for name in covered}
    incomplete = [name for name in missing if _platform(name) in started]
    assert not incomplete, "pages without expectations: " + ", ".join(incomplete)
    if missing:
        pytest.skip("platforms not covered in this checkout yet: " + ", ".join(missing))
