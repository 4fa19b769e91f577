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


def _embedded_topic(tmp_path: Path, first_cooked: str, reply_cooked: str):
    """A posts.json answer for a topic that carries a blog entry's comments."""
    import json

    posts = [
        {"username": "blog", "cooked": first_cooked, "post_number": 1, "post_type": 1},
        {"username": "ann", "cooked": reply_cooked, "post_number": 2, "post_type": 1},
    ]
    for post in posts:
        post.update(topic_id=9, created_at="2024-05-01T10:00:00.000Z")
    page = tmp_path / "embedded.json"
    page.write_text(json.dumps({"post_stream": {"posts": posts}, "id": 9}), encoding="utf-8")
    _adapter, threads = read_file(page)
    return build_thread(threads[0], "t1", page.name)[1]


NOTICE = (
    "\n<hr>\n<small>This is a companion discussion topic for the original entry at "
    "<a href='https://blog.example/fares'>https://blog.example/fares</a></small>\n"
)


def test_the_notice_ending_an_embedded_entrys_first_post_is_not_its_text(tmp_path):
    """Discourse ends the first post of a topic embedded under a blog entry with its own
    notice (``TopicEmbed.imported_from_html``); the entry's excerpt before it stays."""
    post, reply = _embedded_topic(
        tmp_path, "<p>Free buses pay for themselves.</p>" + NOTICE, "<p>Agreed.</p>" + NOTICE
    )
    assert post.text == "Free buses pay for themselves."
    assert "companion" in reply.text  # a reply that copies it keeps its words
    [notice_only, _] = _embedded_topic(tmp_path, NOTICE, "<p>Agreed.</p>")
    assert notice_only.text == ""


def test_a_first_post_with_words_after_its_small_print_keeps_them(tmp_path):
    cooked = "<p>Fares.</p><hr><small>See <a href='https://x.example'>this</a></small><p>More.</p>"
    post, _ = _embedded_topic(tmp_path, cooked, "<p>Agreed.</p>")
    assert "See this" in post.text and "More." in post.text
