"""The plain-text reader, on dumps written for these tests: chat lines, and a page's words
with signatures, furniture and reply openers."""

from __future__ import annotations

import argmap
from argmap.ingest.text import parse_text

PAGE_WORDS = """Why four-day weeks work for small teams
Our team moved to a four-day week last spring.
Output went up, and nobody wants to go back.
This post was originally published on example.org.
Share This
I disagree. Output rose because the team was new.
Priya
Thanks for the post, it matches what we saw.
@priya the team was not new, it was the same people.
Tom @tom
12 Comments
"""


def test_a_page_dump_has_a_titled_post_and_signed_comments():
    raw = parse_text(PAGE_WORDS, "four-day-weeks")
    assert raw.title == "Why four-day weeks work for small teams"
    assert raw.post.text.endswith("This post was originally published on example.org.")
    texts = [c.text for c in raw.comments]
    assert texts == [
        "I disagree. Output rose because the team was new.",
        "Thanks for the post, it matches what we saw.",
        "@priya the team was not new, it was the same people.",
    ]
    assert [c.author for c in raw.comments] == ["Priya", None, "Tom @tom"]
    assert all(c.parent_key is None for c in raw.comments)  # flat: each answers the post
    assert "Share This" not in "\n".join(texts) and "12 Comments" not in "\n".join(texts)


def test_chat_lines_are_messages_that_answer_whom_they_address():
    raw = parse_text(
        "Alice: Remote work makes teams more productive.\n"
        "Bob: I disagree, people need offices to collaborate.\n"
        "and to learn from each other.\n"
        "Carol: Offices are expensive though.\n"
        "Alice: Bob, studies show otherwise.\n"
        "Dan: @Carol agreed.\n",
        "remote",
    )
    assert (raw.post.author, raw.post.text) == ("Alice", "Remote work makes teams more productive.")
    got = [(c.key, c.author, c.parent_key) for c in raw.comments]
    assert got == [
        ("c1", "Bob", "post"),
        ("c2", "Carol", "c1"),  # addresses nobody: answers the message before
        ("c3", "Alice", "c1"),  # "Bob, ..." answers Bob's last message
        ("c4", "Dan", "c2"),  # "@Carol" answers Carol's
    ]
    assert raw.comments[0].text.endswith("\nand to learn from each other.")


def test_a_post_with_one_labelled_line_is_not_a_chat():
    raw = parse_text(
        "Why tabs win over spaces in our code\nTabs are better for indentation.\n"
        "Update: still true.\n"
    )
    assert raw.post.author is None and raw.post.text.startswith("Tabs are better")


def test_map_text_reads_chat_lines():
    amap = argmap.map_text("Alice: Cats make better pets.\nBob: I disagree, dogs are loyal.\n")
    assert [m.author for m in amap.messages] == ["Alice", "Bob"]
    assert amap.messages[1].parent == amap.messages[0].id
