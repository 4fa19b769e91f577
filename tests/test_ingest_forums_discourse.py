"""Discourse: posts.json (reply_to_post_number, quotes, pages joined) and crawler HTML."""

from __future__ import annotations

from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread
from argmap.ingest.forum_tools import merge_pages

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "discourse"


def _read(name: str):
    adapter, threads = read_file(FIXTURES / name)
    assert adapter == "discourse"
    return build_thread(threads[0], "t1", name)


def test_posts_json_first_post_quotes_and_action_posts():
    thread, messages = _read("posts-page1.json")
    post, london, rebound = messages
    assert thread.title == "Congestion pricing"
    assert (post.author, post.time) == ("mod", "2024-05-01T10:00:00+00:00")
    assert post.text == "Should the city adopt congestion pricing?"
    assert london.text == "Yes: London's scheme cut traffic by a third."
    assert rebound.text == "Traffic came back within a decade."
    assert rebound.parent == london.id
    assert [(q.text, q.source) for q in rebound.quotes] == [
        ("London's scheme cut traffic by a third.", london.id)
    ]


def test_pages_of_one_topic_merge_in_post_number_order():
    triples = []
    for name in ("posts-page2.json", "posts-page1.json"):
        adapter, threads = read_file(FIXTURES / name)
        triples.extend((name, adapter, raw) for raw in threads)
    merged = merge_pages(triples)
    assert len(merged) == 1
    _, messages = build_thread(merged[0][2], "t1", "topic")
    texts = [m.text for m in messages]
    assert texts[3:] == [
        "Because the fee was not raised with inflation.",
        "Fair, it cut it at first.",
    ]
    by_text = {m.text: m for m in messages}
    assert by_text["Because the fee was not raised with inflation."].parent == messages[2].id
    assert by_text["Fair, it cut it at first."].parent == messages[3].id


def test_a_later_page_alone_has_no_post_and_keeps_its_comments():
    _, messages = _read("posts-page2.json")
    assert messages[0].text == ""
    assert [m.author for m in messages[1:]] == ["lena", "omar"]


def test_crawler_html_authors_dates_and_quote_parents():
    thread, messages = _read("crawler.html")
    post, yes, doubt = messages
    assert thread.title == "Tempolimit auf Autobahnen"
    assert thread.url == "https://forum.example.de/t/tempolimit-auf-autobahnen/4242"
    assert (post.author, post.time) == ("jonas", "2023-03-01T08:00:00+00:00")
    assert (yes.author, yes.parent) == ("mia", post.id)
    assert doubt.parent == yes.id
    assert doubt.text == "Die Studien dazu sind umstritten."
    assert "Gefällt" not in post.text


def test_rendered_app_html_posts_dates_in_milliseconds_and_quotes():
    thread, messages = _read("app.html")
    post, reply = messages
    assert thread.title == "Should we rewrite in Rust?"
    assert (post.author, post.time) == ("kim", "2024-05-01T11:00:00+00:00")
    assert post.text == "The C code base crashes weekly."
    assert (reply.author, reply.parent) == ("lee", post.id)
    assert reply.text == "Fix the crashes first; a rewrite takes years."
    assert reply.quotes[0].source == post.id
