import json

import pytest

import argmap
from argmap.model import ArgumentMap, Claim, Message, Quote, Relation, Thread


def small_map() -> ArgumentMap:
    return ArgumentMap(
        threads=(Thread("t1", "a.html", "wordpress", "Title ü", "https://x.test/p", "en", 2),),
        messages=(
            Message("t1/m0", "t1", "post", "Ann", "2013-04-02T10:00:00+00:00", None, "Cats rule."),
            Message(
                "t1/m1",
                "t1",
                "comment",
                None,
                None,
                "t1/m0",
                "No.\u2028They don't.",
                time_text="3 hours ago",
                quotes=(Quote("Cats rule.", "t1/m0"),),
            ),
            Message("t1/m2", "t1", "trackback", "blog", None, "t1/m0", "", url="https://y.test"),
        ),
        claims=(Claim("t1/m0/c0", "t1/m0", "cats rule", "Cats rule.", (0, 10), "evaluation"),),
        relations=(Relation("t1/m1", "t1/m0", "rebut", 0.75, "No."),),
    )


def test_round_trip_through_a_file_is_exact(tmp_path):
    amap = small_map()
    path = amap.dump(tmp_path / "m.json")
    assert argmap.load(path) == amap


def test_json_has_the_documented_shape(tmp_path):
    data = json.loads(small_map().dumps())
    assert data["schema"] == "argmap/1"
    assert set(data) == {"schema", "threads", "messages", "claims", "relations"}
    assert data["claims"][0]["span"] == [0, 10]
    assert data["messages"][1]["parent"] == "t1/m0"
    assert data["relations"][0] == {
        "source": "t1/m1",
        "target": "t1/m0",
        "kind": "rebut",
        "confidence": 0.75,
        "evidence": "No.",
    }


def test_a_file_of_another_schema_is_refused(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"schema": "argmap/99", "threads": []}')
    with pytest.raises(argmap.SchemaError, match="argmap/99"):
        argmap.load(path)


def test_a_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{nope")
    with pytest.raises(argmap.SchemaError, match="not JSON"):
        argmap.load(path)


def test_for_thread_keeps_only_that_threads_parts():
    amap = small_map()
    other = Thread("t2", "b.txt", "text", "Other")
    joined = ArgumentMap(
        (*amap.threads, other),
        (*amap.messages, Message("t2/m0", "t2", "post", None, None, None, "x")),
        amap.claims,
        (*amap.relations, Relation("t2/m0", "t1/m0", "agree", 0.5)),
    )
    part = joined.for_thread("t1")
    assert [t.id for t in part.threads] == ["t1"]
    assert all(r.source.startswith("t1/") for r in part.relations)
    assert joined.message("t2/m0").text == "x"
