"""Exports: round trips through the formats' own readers, and structural checks.

Counts expected from ``uniforms_map`` are worked out by hand in the comments.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

import argmap
from argmap.errors import ArgmapError
from argmap.graph.export import FORMATS
from tests.test_graph import uniforms_map


@pytest.fixture
def amap():
    return uniforms_map()


def edge_kinds(graph) -> Counter:
    return Counter(kind for _, _, kind in graph.edges(data="type"))


def node_kinds(graph) -> Counter:
    return Counter(kind for _, kind in graph.nodes(data="type"))


def test_json_is_the_lossless_argmap_contract(amap, tmp_path):
    assert argmap.model.from_dict(json.loads(argmap.export(amap, "json"))) == amap
    path = tmp_path / "m.json"
    path.write_text(argmap.export(amap, "json"), encoding="utf-8")
    assert argmap.load(path) == amap


def test_node_link_reads_back_as_the_same_graph(amap):
    graph = nx.node_link_graph(json.loads(argmap.export(amap, "node-link")), edges="edges")
    assert dict(graph.nodes(data=True)) == dict(argmap.to_graph(amap).nodes(data=True))
    assert sorted(map(repr, graph.edges(data=True))) == sorted(
        map(repr, argmap.to_graph(amap).edges(data=True))
    )


def test_graphml_reads_back_with_the_same_counts_and_kinds(amap, tmp_path):
    path = tmp_path / "m.graphml"
    path.write_text(argmap.export(amap, "graphml"), encoding="utf-8")
    graph = nx.read_graphml(path, force_multigraph=True)
    # 2 threads + 9 messages + 5 authors + 8 claims; 35 edges (see test_graph).
    assert graph.number_of_nodes() == 24 and graph.number_of_edges() == 35
    assert node_kinds(graph) == node_kinds(argmap.to_graph(amap))
    assert edge_kinds(graph) == edge_kinds(argmap.to_graph(amap))
    assert graph.nodes["t1"]["title"] == 'School "uniforms"'
    assert graph.nodes["t1/m0/c0"]["span_end"] == 1


def test_gexf_reads_back_with_the_same_counts_and_kinds(amap, tmp_path):
    path = tmp_path / "m.gexf"
    path.write_text(argmap.export(amap, "gexf"), encoding="utf-8")
    graph = nx.read_gexf(path)
    assert graph.number_of_nodes() == 24 and graph.number_of_edges() == 35
    assert node_kinds(graph) == node_kinds(argmap.to_graph(amap))
    kinds = Counter(kind for _, _, kind in graph.edges(data="kind"))
    assert kinds == edge_kinds(argmap.to_graph(amap))
    # GEXF's own edge ``type`` (directed/undirected) is left to the graph's default.
    assert not re.search(r"<edge [^>]*type=", path.read_text(encoding="utf-8"))
    assert graph.nodes["t1/m4"]["label"] == "anonymous (t1/m4)"


# -- AIF -----------------------------------------------------------------------------------
AIF_TYPES = {"I", "L", "RA", "CA", "MA", "YA", "TA"}
S_NODES = {"RA", "CA", "MA"}


def check_aif_structure(aif: dict) -> None:
    """The constraints the AIF specification (Chesñevar et al. 2006; Reed et al., AIF+ for
    dialogue) puts on a graph, as AIFdb's JSON expresses it:

    * every node has a unique ``nodeID``, a ``text`` and a ``type`` in I/L/RA/CA/MA/YA/TA;
      every edge joins two existing nodes;
    * I-nodes connect to I-nodes only through S-nodes (RA/CA/MA), never directly, and
      L-nodes connect to L-nodes only through TA-nodes;
    * an RA has at least one premise and exactly one conclusion; a CA or MA exactly one of
      each; their ends are I-nodes (or S-nodes);
    * a TA leads from exactly one L-node to exactly one L-node (it may also anchor YAs);
    * a YA leads from one L- or TA-node to one I- or S-node;
    * each locution names an L-node and a participant; each L-node has one locution.
    """
    types = {node["nodeID"]: node["type"] for node in aif["nodes"]}
    assert len(types) == len(aif["nodes"]), "duplicate nodeID"
    assert set(types.values()) <= AIF_TYPES
    assert all(isinstance(node["text"], str) for node in aif["nodes"])
    assert len({edge["edgeID"] for edge in aif["edges"]}) == len(aif["edges"])
    into: dict[str, list[str]] = {node: [] for node in types}
    out_of: dict[str, list[str]] = {node: [] for node in types}
    for edge in aif["edges"]:
        source, target = edge["fromID"], edge["toID"]
        assert source in types and target in types, edge
        assert {types[source], types[target]} not in ({"I"}, {"L"}, {"I", "L"}), edge
        out_of[source].append(types[target])
        into[target].append(types[source])
    for node, kind in types.items():
        if kind in S_NODES:
            assert into[node] and set(into[node]) <= {"I", *S_NODES, "YA"}, node
            premises = [k for k in into[node] if k != "YA"]
            assert len(out_of[node]) == 1 and out_of[node][0] in {"I", *S_NODES}, node
            assert len(premises) >= 1 if kind == "RA" else len(premises) == 1, node
        elif kind == "TA":
            assert into[node] == ["L"], node
            assert [k for k in out_of[node] if k != "YA"] == ["L"], node
        elif kind == "YA":
            assert len(into[node]) == 1 and into[node][0] in {"L", "TA"}, node
            assert len(out_of[node]) == 1 and out_of[node][0] in {"I", *S_NODES}, node
    people = {p["participantID"] for p in aif["participants"]}
    spoken = [loc["nodeID"] for loc in aif["locutions"]]
    assert sorted(spoken) == sorted(n for n, k in types.items() if k == "L")
    assert all(loc["personID"] in people for loc in aif["locutions"])


def test_aif_has_the_shape_of_an_aifdb_export(amap):
    """Keys and value types follow arg-tech/amf-evaluation-metrics ``28111_mistake.json``
    (an OVA3 export; its ``AIF`` object holds ``nodes`` {nodeID: str, text, type},
    ``edges`` {edgeID: int, fromID, toID}, ``locutions`` {nodeID, personID, start, end}
    and ``participants`` {participantID: int, firstname, surname}). L-node texts read
    ``"Speaker: words"`` and scheme nodes are named "Default Inference", "Default
    Conflict", "Default Rephrase", "Default Transition" and "Asserting", as there."""
    aif = json.loads(argmap.export(amap, "aif"))
    assert {"nodes", "edges", "locutions", "participants"} <= set(aif)
    assert all(set(n) == {"nodeID", "text", "type"} for n in aif["nodes"])
    assert all(isinstance(n["nodeID"], str) for n in aif["nodes"])
    assert all(set(e) == {"edgeID", "fromID", "toID"} for e in aif["edges"])
    assert all(isinstance(e["edgeID"], int) for e in aif["edges"])
    assert all(set(p) == {"participantID", "firstname", "surname"} for p in aif["participants"])
    assert all({"nodeID", "personID", "start", "end"} <= set(loc) for loc in aif["locutions"])
    texts = {n["text"] for n in aif["nodes"]}
    assert "Ann: Uniforms should be required..." in texts
    assert {"Default Inference", "Default Conflict", "Default Rephrase"} <= texts
    assert {"Default Transition", "Asserting", "Agreeing", "Disagreeing"} <= texts


def test_aif_passes_the_structural_check_with_the_counts_worked_out_by_hand(amap):
    aif = json.loads(argmap.export(amap, "aif"))
    check_aif_structure(aif)
    # 9 L (messages), 8 I (claims), 8 YA asserting + 6 YA agreeing/disagreeing
    # (Cy->Ann and m4->Ann reach Ann's 2 claims each, Bob->Dee 1, Cy->Eve 1),
    # 7 TA (replies; every agree/rebut answers a message it replies to), 2 RA, 3 CA, 1 MA.
    assert Counter(n["type"] for n in aif["nodes"]) == {
        "L": 9,
        "I": 8,
        "YA": 14,
        "TA": 7,
        "RA": 2,
        "CA": 3,
        "MA": 1,
    }
    # Ann Bob Cy Dee Eve, and the unsigned m4 on its own.
    assert len(aif["participants"]) == 6 and len(aif["locutions"]) == 9


def test_aif_transitions_run_from_the_message_answered_to_the_answer(amap):
    aif = json.loads(argmap.export(amap, "aif"))
    text_of = {n["nodeID"]: n["text"] for n in aif["nodes"]}
    kind_of = {n["nodeID"]: n["type"] for n in aif["nodes"]}
    into = {e["toID"]: e["fromID"] for e in aif["edges"] if kind_of[e["toID"]] == "TA"}
    pairs = {
        (text_of[into[e["fromID"]]].split(":")[0], text_of[e["toID"]])
        for e in aif["edges"]
        if kind_of[e["fromID"]] == "TA" and kind_of[e["toID"]] == "L"
    }
    assert ("Bob", "Dee: Second-hand ones are cheap.") in pairs


def test_the_seed_map_passes_the_aif_check(seed_map):
    aif = json.loads(argmap.export(seed_map, "aif"))
    check_aif_structure(aif)
    kinds = Counter(n["type"] for n in aif["nodes"])
    assert kinds["L"] == len(seed_map.messages)
    assert kinds["I"] == len(seed_map.claims) + len(seed_map.points)


def test_the_aif_check_catches_a_direct_link_between_propositions(amap):
    aif = json.loads(argmap.export(amap, "aif"))
    claims = [n["nodeID"] for n in aif["nodes"] if n["type"] == "I"]
    aif["edges"].append({"edgeID": 10_000, "fromID": claims[0], "toID": claims[1]})
    with pytest.raises(AssertionError):
        check_aif_structure(aif)


# -- Argdown -------------------------------------------------------------------------------
def argdown_cli() -> str | None:
    """``argdown`` on PATH, or the one ``ARGMAP_ARGDOWN`` names (``npm install @argdown/cli``)."""
    return os.environ.get("ARGMAP_ARGDOWN") or shutil.which("argdown")


def test_argdown_document_structure(amap):
    text = argmap.export(amap, "argdown")
    lines = text.splitlines()
    assert lines[:3] == ["===", 'title: "All threads"', "==="]
    statements = [line for line in lines if re.match(r"\[[^\]]+\]: ", line)]
    arguments = [line for line in lines if re.match(r"<[^>]+>", line)]
    assert len(statements) == 8 and len(arguments) == 9
    titles = [re.match(r"\[([^\]]+)\]", line).group(1) for line in statements]
    assert len(set(titles)) == 8
    relations = [line for line in lines if line.startswith(" ")]
    assert all(re.match(r"    (\+ <|- <|\+ \[|- \[|// )", line) for line in relations)
    # agree 3, rebut 1, support 2, attack 3, restate 1 (as a comment).
    assert Counter(line.strip()[:3] for line in relations) == {
        "+ <": 3,
        "- <": 1,
        "+ [": 2,
        "- [": 3,
        "// ": 1,
    }
    assert "uniforms kill \\#freedom \\[sic\\] \\<x\\>" in text
    assert '# School "uniforms"' in lines


def parse_argdown(text: str, folder: Path) -> dict:
    """The ``argdown json`` reading of ``text`` (skips when the CLI is not installed)."""
    cli = argdown_cli()
    if cli is None:
        pytest.skip("the argdown CLI is not installed (npm install @argdown/cli)")
    source = folder / "map.argdown"
    source.write_text(text, encoding="utf-8")
    completed = subprocess.run(
        [cli, "json", str(source), str(folder)], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return json.loads((folder / "map.json").read_text(encoding="utf-8"))


def test_argdown_parses_with_the_argdown_cli(amap, tmp_path):
    parsed = parse_argdown(argmap.export(amap, "argdown"), tmp_path)
    assert len(parsed["statements"]) == 8 and len(parsed["arguments"]) == 9
    # agree + support = 5 supports; rebut + attack = 4 attacks.
    assert Counter(r["relationType"] for r in parsed["relations"]) == {"support": 5, "attack": 4}
    texts = {
        member["text"]
        for statement in parsed["statements"].values()
        for member in statement["members"]
        if "text" in member
    }
    assert "uniforms kill #freedom [sic] <x> #(evaluation)" in texts


def test_the_seed_map_argdown_parses_with_the_argdown_cli(seed_map, tmp_path):
    parsed = parse_argdown(argmap.export(seed_map, "argdown"), tmp_path)
    assert len(parsed["statements"]) == len(seed_map.claims)
    assert len(parsed["arguments"]) == len(seed_map.messages)


# -- DOT -----------------------------------------------------------------------------------
def test_dot_declares_every_node_it_links(amap):
    text = argmap.export(amap, "dot")
    assert text.startswith("digraph argmap {") and text.rstrip().endswith("}")
    unquoted = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    assert unquoted.count("{") == unquoted.count("}")
    declared = set(re.findall(r'^\s+"((?:[^"\\]|\\.)*)" \[shape=', text, flags=re.M))
    edges = re.findall(r'^\s+"((?:[^"\\]|\\.)*)" -> "((?:[^"\\]|\\.)*)"', text, flags=re.M)
    assert len(declared) == 17  # 9 messages + 8 claims
    assert len(edges) == 25  # 8 asserts + 17 relations
    assert all(source in declared and target in declared for source, target in edges)
    assert 'label="School \\"uniforms\\"";' in text


# -- the library and Jupyter ---------------------------------------------------------------
def test_every_format_exports_and_an_unknown_one_is_refused(amap):
    for fmt in FORMATS:
        assert argmap.export(amap, fmt).strip()
    with pytest.raises(ArgmapError, match="unknown export format 'pdf'"):
        argmap.export(amap, "pdf")


def test_repr_html_embeds_the_page_in_an_escaped_srcdoc(amap):
    from argmap.render import render_html

    shown = argmap.show(amap)._repr_html_()
    assert shown.startswith("<iframe") and shown.endswith("</iframe>")
    srcdoc = re.search(r'srcdoc="([^"]*)"', shown)
    assert srcdoc is not None and "<" not in srcdoc.group(1)
    assert html.unescape(srcdoc.group(1)) == render_html(amap)


@pytest.mark.browser
@pytest.mark.browser
def test_repr_html_draws_the_map_inside_the_iframe(amap, tmp_path, browser):
    notebook_cell = tmp_path / "cell.html"
    shown = argmap.show(amap)._repr_html_()
    cell = f'<html><head><meta charset="utf-8"></head><body>{shown}</body></html>'
    notebook_cell.write_text(cell, "utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(notebook_cell.as_uri())
    page.frames[1].wait_for_selector("canvas", timeout=10_000)
    page.close()
    assert not errors


# -- key points in each format ---------------------------------------------------------------
def _points_map() -> argmap.ArgumentMap:
    """``uniforms_map`` with two key points: p1 groups Ann's "uniforms reduce bullying" and
    Cy's "bullying falls with uniforms" (2 people); p2 is Ann's "uniforms should be
    required", which p1 supports."""
    from dataclasses import replace

    from argmap.model import KeyPoint, Relation

    base = uniforms_map()
    points = (
        KeyPoint("p1", "uniforms reduce bullying", ("t1/m0/c1", "t1/m2/c0"), 2, ("t1/m2",)),
        KeyPoint("p2", "uniforms should be required", ("t1/m0/c0",), 1, (), ("t1/m4",)),
    )
    relations = (*base.relations, Relation("p1", "p2", "support", 0.8))
    return replace(base, points=points, relations=relations)


def test_key_points_are_nodes_joined_to_their_members_in_the_graph_formats(tmp_path):
    amap = _points_map()
    graph = argmap.to_graph(amap)
    assert graph.nodes["p1"]["type"] == "point" and graph.nodes["p1"]["prevalence"] == 2
    members = sorted(s for s, t, k in graph.in_edges("p1", data="type") if k == "member_of")
    assert members == ["t1/m0/c1", "t1/m2/c0"]
    path = tmp_path / "m.graphml"
    path.write_text(argmap.export(amap, "graphml"), encoding="utf-8")
    read = nx.read_graphml(path, force_multigraph=True)
    assert read.nodes["p2"]["members"] == "t1/m0/c0"
    assert ("p1", "p2") in {(s, t) for s, t, k in read.edges(data="type") if k == "support"}


def test_key_points_in_aif_are_i_nodes_their_members_rephrase():
    aif = json.loads(argmap.export(_points_map(), "aif"))
    by_id = {n["nodeID"]: n for n in aif["nodes"]}
    # Ann's claim and the point it names share the words; the point is written after claims.
    named = [
        n for n in aif["nodes"] if n["type"] == "I" and n["text"] == "uniforms reduce bullying"
    ]
    point = named[-1]
    into = [e["fromID"] for e in aif["edges"] if e["toID"] == point["nodeID"]]
    schemes = [by_id[i] for i in into]
    assert sorted(s["text"] for s in schemes if s["type"] == "MA") == ["Default Rephrase"] * 2
    members = {
        by_id[e["fromID"]]["text"]
        for s in schemes
        for e in aif["edges"]
        if e["toID"] == s["nodeID"]
    }
    assert members == {"uniforms reduce bullying", "bullying falls with uniforms"}


def test_key_points_in_argdown_are_tagged_statements():
    text = argmap.export(_points_map(), "argdown")
    assert "# Key points" in text
    assert "[KP1 uniforms reduce bullying]: uniforms reduce bullying #(key point, 2 people)" in text
    assert (
        "[bullying falls with uniforms]: bullying falls with uniforms #(assertion) #(KP1)" in text
    )
    assert "    + [KP1 uniforms reduce bullying]" in text.split("[KP2")[1]


def test_key_points_in_dot_are_hexagons_dotted_to_their_members():
    text = argmap.export(_points_map(), "dot")
    assert '"p1" [shape=hexagon, label="uniforms reduce bullying (2)"];' in text
    assert '"t1/m2/c0" -> "p1" [color="#9e9e9e", style=dotted, arrowhead=none];' in text
    assert '"p1" -> "p2" [label="support", color="#2e7d32"];' in text
