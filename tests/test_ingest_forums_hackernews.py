"""Hacker News: current and pre-2014 markup, depth from indentation, "More" pages merged."""

from __future__ import annotations

from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread
from argmap.ingest.forum_tools import merge_pages

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "hackernews"


def _read(name: str):
    adapter, threads = read_file(FIXTURES / name)
    assert adapter == "hackernews"
    assert len(threads) == 1
    return build_thread(threads[0], "t1", name)


def test_current_markup_story_comments_and_depth():
    thread, messages = _read("current.html")
    post, spaces, tabs, formatter = messages
    assert thread.title == "Ask HN: Tabs or spaces?"
    assert thread.url == "https://news.ycombinator.com/item?id=4000"
    assert (post.author, post.time) == ("ada", "2023-07-21T18:04:01+00:00")
    assert post.text == "Which do you use, and why?\nI keep switching."
    assert [m.author for m in messages[1:]] == ["grace", "linus", "ken"]
    assert spaces.text == "Spaces, because they look the same everywhere.\nTabs break alignment."
    assert spaces.time == "2023-07-21T19:51:36+00:00"
    assert tabs.parent == spaces.id
    assert formatter.parent == post.id


def test_current_markup_text_has_no_navigation():
    _, messages = _read("current.html")
    for message in messages[1:]:
        for junk in ("reply", "parent", "next", "prev", "[–]", "1 day ago"):
            assert junk not in message.text


def test_old_markup_depth_from_spacer_width_and_relative_dates():
    thread, messages = _read("old-page1.html")
    post, berlin, visa, deleted = messages
    assert thread.title == "Ask HN: Who is hiring? (March 2012)"
    assert post.author == "whoishiring"
    assert post.text == "Please lead with the location of the position.\nRemote is fine."
    assert (post.time, post.time_text) == (None, "2 days ago")
    assert (berlin.author, berlin.time_text) == ("acme", "1 day ago")
    assert berlin.text == "Berlin, full time. We build compilers."
    assert visa.parent == berlin.id
    assert deleted.parent == visa.id
    assert (deleted.author, deleted.text) == (None, "[deleted]")


def test_more_pages_merge_into_one_thread_with_parents_across_pages():
    reads = [(name, *read_file(FIXTURES / name)) for name in ("old-page2.html", "old-page1.html")]
    triples = [(name, adapter, raw) for name, adapter, threads in reads for raw in threads]
    merged = merge_pages(triples)
    assert len(merged) == 1
    source, _, raw = merged[0]
    assert source == "old-page1.html"
    thread, messages = build_thread(raw, "t1", source)
    assert thread.title == "Ask HN: Who is hiring? (March 2012)"
    texts = [m.text for m in messages]
    assert texts[1:] == [
        "Berlin, full time. We build compilers.",
        "Do you sponsor visas?",
        "[deleted]",
        "Yes, we sponsor H1B visas.",
        "Paris, remote OK.",
    ]
    by_text = {m.text: m for m in messages}
    assert by_text["Yes, we sponsor H1B visas."].parent == by_text["Do you sponsor visas?"].id
    assert by_text["Paris, remote OK."].parent == messages[0].id


def test_a_more_page_alone_is_a_thread_without_a_post():
    _, messages = _read("old-page2.html")
    assert messages[0].text == ""
    assert [m.author for m in messages[1:]] == ["acme", "zed"]
