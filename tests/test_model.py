import ast
import json
from pathlib import Path

import pytest

import argmap
from argmap.model import ArgumentMap, Claim, KeyPoint, Message, Quote, Relation, Thread


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
        points=(KeyPoint("p1", "cats rule", ("t1/m0/c0",), 1, (), ("t1/m1",)),),
    )


def test_round_trip_through_a_file_is_exact(tmp_path):
    amap = small_map()
    path = amap.dump(tmp_path / "m.json")
    assert argmap.load(path) == amap


def test_json_has_the_documented_shape(tmp_path):
    data = json.loads(small_map().dumps())
    assert data["schema"] == "argmap/2"
    assert set(data) == {"schema", "threads", "messages", "claims", "relations", "points"}
    assert data["claims"][0]["span"] == [0, 10]
    assert data["claims"][0]["role"] == "main"
    assert data["messages"][1]["quotes"] == [{"text": "Cats rule.", "source": "t1/m0"}]
    assert data["points"][0] == {
        "id": "p1",
        "text": "cats rule",
        "members": ["t1/m0/c0"],
        "prevalence": 1,
        "backers": [],
        "rebutters": ["t1/m1"],
    }
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


def test_a_map_of_the_first_schema_is_read_with_the_new_fields_defaulted(tmp_path):
    old = {
        "schema": "argmap/1",
        "threads": [{"id": "t1", "source": "a.txt", "platform": "text", "title": "T"}],
        "messages": [
            {
                "id": "t1/m0",
                "thread": "t1",
                "kind": "post",
                "author": "Ann",
                "time": None,
                "parent": None,
                "text": "Cats rule.",
                "quotes": [],
            }
        ],
        "claims": [
            {
                "id": "t1/m0/c0",
                "message": "t1/m0",
                "text": "cats rule",
                "sentence": "Cats rule.",
                "span": [0, 10],
                "type": "evaluation",
            }
        ],
        "relations": [],
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    amap = argmap.load(path)
    assert amap.claims[0].role == "main"
    assert amap.messages[0].language is None
    assert amap.points == ()
    assert amap.claims[0].span == (0, 10)


def test_a_malformed_map_names_the_problem():
    with pytest.raises(argmap.SchemaError, match="malformed argmap/2 map"):
        argmap.model.from_dict({"schema": "argmap/2", "threads": [{"id": "t1", "colour": 3}]})
    with pytest.raises(argmap.SchemaError, match="malformed"):
        argmap.model.from_dict({"schema": "argmap/2", "messages": [{"id": "m", "kind": "x"}]})


def test_points_are_looked_up_by_their_claims():
    amap = small_map()
    assert amap.point_of("t1/m0/c0") == amap.point("p1")
    assert amap.point_of("t1/m9/c0") is None
    assert amap.for_thread("t1").points == amap.points


def test_repr_is_short():
    assert repr(small_map()) == (
        "<ArgumentMap 'Title ü': 1 thread, 3 messages, 1 claim, 1 point, 1 relation>"
    )


def test_the_model_imports_no_stage():
    """``model.py`` is the contract every stage shares: a leaf that imports none of them."""
    source = Path(argmap.model.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    stages = ("graph", "render", "relations", "claims", "ingest", "nlp", "points", "api", "cli")
    assert not {m for m in imported if m.split(".")[:2][-1] in stages and m.startswith("argmap")}
    assert {m for m in imported if m.startswith("argmap")} <= {"argmap.errors", "argmap.files"}
