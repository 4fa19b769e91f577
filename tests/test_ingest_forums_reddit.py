"""Reddit: old.reddit HTML, new-reddit HTML with its embedded state, and .json listings."""

from __future__ import annotations

import json
from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "reddit"


def _read(name: str):
    adapter, threads = read_file(FIXTURES / name)
    assert adapter == "reddit"
    assert len(threads) == 1
    return build_thread(threads[0], "t1", name)


def test_old_reddit_nesting_authors_and_more_stubs():
    thread, messages = _read("old.html")
    post, yes, no, deleted = messages
    assert thread.title == "Should cities ban cars downtown?"
    assert thread.missing == 3
    assert (post.author, post.time) == ("planner", "2018-04-21T21:28:31+00:00")
    assert post.text == "Ghent did it in 2017. Was it worth it?"
    assert (yes.author, yes.time) == ("cyclist", "2018-04-21T22:00:00+00:00")
    assert yes.text == "Yes. Shops there reported more visitors, not fewer."
    assert (no.author, no.parent) == ("driver", yes.id)
    assert no.text == "Correlation is not causation."
    assert (deleted.author, deleted.parent, deleted.text) == ("[deleted]", post.id, "[removed]")


def test_old_reddit_text_has_no_buttons_or_sidebar():
    _, messages = _read("old.html")
    for message in messages:
        for junk in ("permalink", "reply", "points", "children", "Recent comment", "load more"):
            assert junk not in message.text


def test_new_reddit_authors_from_embedded_state_and_unrendered_comments():
    thread, messages = _read("new.html")
    post, spaces, consistency, tabs, late = messages
    assert thread.title == "Tabs vs spaces in Python"
    assert (post.author, post.text) == ("asker", "Which one and why?")
    assert post.time == "2013-03-30T18:46:24+00:00"
    assert [m.author for m in messages[1:]] == ["guido_fan", "pep_reader", None, "late_reply"]
    assert spaces.text == "PEP 8 says spaces."
    assert consistency.parent == spaces.id
    assert (tabs.parent, tabs.time, tabs.time_text) == (post.id, None, "5 years ago")
    assert late.parent == tabs.id
    assert late.text == "Screen readers handle both fine.\nindent()"
    assert thread.missing == 2


def test_new_reddit_text_has_no_level_or_votes():
    _, messages = _read("new.html")
    for message in messages[1:]:
        for junk in ("level", "points", "years ago", "Reply", "Share"):
            assert junk not in message.text


def test_json_listing_nesting_html_bodies_and_more_counts():
    thread, messages = _read("listing.json")
    post, productivity, self_reported, deleted = messages
    assert thread.title == "Four-day week: trial results & discussion"
    assert thread.url == "https://www.reddit.com/r/jobs/comments/g1/four_day_week/"
    assert thread.missing == 6
    assert (post.author, post.text) == ("op_user", "The trial ended.")
    assert productivity.text == "Productivity went up."
    assert productivity.time == "2020-04-25T16:11:24+00:00"
    assert (self_reported.author, self_reported.parent) == ("bo", productivity.id)
    assert deleted.parent == post.id


def test_json_listing_without_html_unescapes_the_markdown_bodies(tmp_path):
    """The API escapes "<", ">" and "&" in every string: a body read as written kept
    "&gt;" where its writer quoted, and "&amp;" for "&"."""
    post = {"name": "t3_p", "author": "op", "title": "Tolls &amp; traffic", "selftext": "Q &amp; A"}
    reply = {
        "name": "t1_r",
        "author": "ann",
        "parent_id": "t3_p",
        "body": "&gt; tolls never work\n\nThey cut traffic by 20% in &lt;2 years.",
    }
    listing = [
        {"kind": "Listing", "data": {"children": [{"kind": "t3", "data": post}]}},
        {"kind": "Listing", "data": {"children": [{"kind": "t1", "data": reply}]}},
    ]
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(listing), encoding="utf-8")
    adapter, threads = read_file(path)
    assert adapter == "reddit"
    _, (opening, answer) = build_thread(threads[0], "t1", path.name)
    assert opening.text == "Q & A"
    assert answer.text == "> tolls never work\n\nThey cut traffic by 20% in <2 years."
