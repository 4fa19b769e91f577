"""Broken reply structure and fields in a raw thread: loops, duplicates, missing parents,
bad dates and text no file format should carry, and a reply chain deeper than Python's
recursion limit through the whole pipeline."""

from __future__ import annotations

import json

from argmap import api
from argmap.ingest.base import MAX_TITLE_CHARS, RawMessage, RawQuote, RawThread, build_thread


def _comment(key: str, parent: str | None, **fields) -> RawMessage:
    return RawMessage(key=key, text=f"text of {key}", parent_key=parent, **fields)


def _parents(comments: list[RawMessage]) -> dict[str, str | None]:
    """Message key -> parent's key, read back from the built ids."""
    raw = RawThread("t", "test", RawMessage("post", "The post.", kind="post"), comments)
    _, messages = build_thread(raw, "t1", "x.json")
    keys = ["post", *(c.key for c in comments)]
    key_of = {m.id: key for m, key in zip(messages, keys, strict=True)}
    return {key_of[m.id]: key_of.get(m.parent) for m in messages[1:]}


def test_a_loop_is_cut_at_its_earliest_message():
    # 1 -> 3 -> 2 -> 1: message 1 comes first, so it goes under the post; 2 and 3 keep theirs.
    parents = _parents([_comment("1", "3"), _comment("2", "1"), _comment("3", "2")])
    assert parents == {"1": "post", "2": "1", "3": "2"}


def test_a_message_hanging_off_a_loop_keeps_its_parent():
    # 4 replies to 2, which is in the loop 2 <-> 3; 4 is listed first but is not in the loop.
    parents = _parents([_comment("4", "2"), _comment("2", "3"), _comment("3", "2")])
    assert parents == {"4": "2", "2": "post", "3": "2"}


def test_self_and_missing_parents_go_to_the_post():
    parents = _parents([_comment("1", "1"), _comment("2", "404"), _comment("3", None)])
    assert parents == {"1": "post", "2": "post", "3": "post"}


def test_replies_to_a_duplicate_key_go_to_the_first_message_with_it():
    comments = [_comment("a", None), _comment("a", None), _comment("b", "a")]
    raw = RawThread("t", "test", None, comments)
    _, messages = build_thread(raw, "t1", "x.json")
    assert [m.id for m in messages] == ["t1/m0", "t1/m1", "t1/m2", "t1/m3"]
    assert messages[3].parent == "t1/m1"


def test_a_ten_thousand_deep_chain_keeps_every_parent():
    comments = [_comment("0", None)] + [_comment(str(n), str(n - 1)) for n in range(1, 10_000)]
    parents = _parents(comments)
    assert parents["0"] == "post" and parents["9999"] == "9998" and len(parents) == 10_000


def test_a_ten_thousand_long_loop_is_cut_once():
    comments = [_comment(str(n), str((n + 1) % 10_000)) for n in range(10_000)]
    parents = _parents(comments)
    assert parents["0"] == "post"
    assert all(parents[str(n)] == str(n + 1) for n in range(1, 9_999))


def test_dates_in_the_future_stay_and_unreadable_ones_become_text():
    raw = RawThread(
        "t",
        "test",
        None,
        [
            _comment("1", None, time="2999-01-01T00:00:00Z"),
            _comment("2", None, time="2013-02-30"),
            _comment("3", None, time="yesterday", time_text="yesterday at noon"),
        ],
    )
    _, messages = build_thread(raw, "t1", "x.json")
    assert messages[1].time == "2999-01-01T00:00:00Z"
    assert (messages[2].time, messages[2].time_text) == (None, "2013-02-30")
    assert (messages[3].time, messages[3].time_text) == (None, "yesterday at noon")


def test_control_characters_and_lone_surrogates_are_cleaned():
    raw = RawThread(
        "Ti\x00tle\x1b",
        "test",
        RawMessage("p", "a\x00b\tc\nd\ud800e\ufffe", author="An\x07n", kind="post"),
        [_comment("1", "p", quotes=[RawQuote("q\x00uote", source_author="An\x07n")])],
    )
    thread, messages = build_thread(raw, "t1", "x.json")
    assert thread.title == "Title"
    assert messages[0].text == "ab\tc\nd\ufffde" and messages[0].author == "Ann"
    assert messages[1].quotes[0].text == "quote"
    json.dumps([m.text for m in messages]).encode("utf-8")


def test_a_megabyte_title_is_capped():
    raw = RawThread("x" * 1_000_000, "test", None)
    thread, _ = build_thread(raw, "t1", "x.json")
    assert len(thread.title) == MAX_TITLE_CHARS and thread.title.endswith("…")


def test_a_reply_chain_deeper_than_the_recursion_limit_maps_and_writes(tmp_path):
    """1,100 nested replies through claims, relations, graph and render (the recursion
    limit is 1,000)."""
    comments = [
        RawMessage(str(n), f"Reply {n} disagrees.", parent_key=str(n - 1) if n else "post")
        for n in range(1_100)
    ]
    raw = RawThread("Deep", "test", RawMessage("post", "Cats are best.", kind="post"), comments)
    threads, messages = api.assemble([("deep.json", raw)])
    amap = api.analyse(threads, messages)
    assert messages[-1].parent == messages[-2].id
    written = api.write_maps(amap, tmp_path)
    assert (tmp_path / "deep.json").exists() and (tmp_path / "deep.html") in written
