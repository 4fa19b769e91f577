"""Habr: the article as post, comments with their stated parents, day-first dates."""

from __future__ import annotations

from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "habr" / "article-2018.html"


def test_article_comments_parents_and_dates():
    adapter, threads = read_file(FIXTURE)
    assert adapter == "habr"
    thread, messages = build_thread(threads[0], "t1", FIXTURE.name)
    post, compile_time, incremental, go = messages
    assert thread.title == "Зачем нужен Rust"
    assert thread.language == "ru"
    assert (post.author, post.time) == ("anna", "2018-03-12T10:00:00")
    assert post.text == "Rust убирает целый класс ошибок памяти."
    assert (compile_time.author, compile_time.time) == ("boris", "2018-03-12T11:20:00")
    assert compile_time.text == "А время компиляции?"
    assert (incremental.parent, incremental.time, incremental.time_text) == (
        compile_time.id,
        None,
        "вчера в 12:05",
    )
    assert go.parent == post.id
    for message in messages:
        for junk in ("Ответить", "+5", "Ссылка"):
            assert junk not in message.text


def test_2021_markup_nested_threads():
    path = FIXTURE.with_name("article-2021.html")
    adapter, threads = read_file(path)
    assert adapter == "habr"
    thread, messages = build_thread(threads[0], "t1", path.name)
    post, downtime, nginx, same = messages
    assert thread.title == "Почему мы ушли с Kubernetes"
    assert (post.author, post.time) == ("olga", "2021-05-01T10:00:00+00:00")
    assert post.text == "Для трёх сервисов он слишком сложен."
    assert (downtime.author, downtime.time) == ("pavel", "2021-05-01T12:00:00+00:00")
    assert downtime.text == "А как обновляете без простоя?"
    assert (nginx.author, nginx.parent) == ("olga", downtime.id)
    assert (same.author, same.parent) == ("ivan", post.id)
