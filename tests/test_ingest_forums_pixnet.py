"""PIXNET: comments with the blog owner's replies nested under them; private comments."""

from __future__ import annotations

from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "pixnet" / "post.html"


def test_comments_owner_replies_and_private_comments():
    adapter, threads = read_file(FIXTURE)
    assert adapter == "pixnet"
    thread, messages = build_thread(threads[0], "t1", FIXTURE.name)
    post, raohe, answer, private, thanks = messages
    assert thread.title == "台北夜市推薦"
    assert thread.language == "zh"
    assert (post.author, post.time) == ("小明的旅行", "2016-03-05T19:30:00")
    assert post.text == "士林夜市最好吃的是大餅包小餅。"
    assert (raohe.author, raohe.time, raohe.text) == (
        "阿美",
        "2016-03-06T08:10:00",
        "饒河夜市比較好吧？",
    )
    assert (answer.author, answer.parent, answer.time) == (
        "小明的旅行",
        raohe.id,
        "2016-03-06T21:00:00",
    )
    assert answer.text == "各有特色啦！\n下次寫饒河。"
    assert (private.author, private.text, private.parent) == (None, "", post.id)
    assert (thanks.author, thanks.text) == ("訪客", "謝謝分享")
