"""The graph and its queries, on a small debate whose answers were worked out by hand.

The expected values below come from reading ``uniforms_map`` (the working is in the
comments), not from running the code.
"""

from __future__ import annotations

import dataclasses
import doctest
import importlib

import networkx as nx
import pytest

import argmap
from argmap.errors import ArgmapError
from argmap.graph.query import engagement
from argmap.model import ArgumentMap, Claim, Message, Relation, Thread

GRAPH_MODULES = ["build", "query", "export", "report", "combine", "example"]


def uniforms_map() -> ArgumentMap:
    """Two threads.

    t1 'School "uniforms"': Ann posts c0 "uniforms should be required" and c1 "uniforms
    reduce bullying". Bob (m1) attacks c0; Cy (m2) agrees with Ann, and his claim supports
    and restates c1; Dee (m3) answers Bob, her claim attacking his; an unsigned comment (m4)
    rebuts Ann and its claim attacks c0; Bob (m5) agrees with Dee and asserts nothing.
    t2 "Four-day week": Eve posts one claim; Ann's claim supports it; Cy agrees with Eve.
    """
    t1, t2 = "t1", "t2"
    messages = (
        Message("t1/m0", t1, "post", "Ann", None, None, "Uniforms should be required..."),
        Message("t1/m1", t1, "comment", "Bob", None, "t1/m0", "They cost money."),
        Message("t1/m2", t1, "comment", "Cy", None, "t1/m0", "Bullying falls with them."),
        Message("t1/m3", t1, "comment", "Dee", None, "t1/m1", "Second-hand ones are cheap."),
        Message("t1/m4", t1, "comment", None, None, "t1/m0", "No. #freedom [sic]"),
        Message("t1/m5", t1, "comment", "Bob", None, "t1/m3", "Fair point."),
        Message("t2/m0", t2, "post", "Eve", None, None, "A four-day week raises output."),
        Message("t2/m1", t2, "comment", "Ann", None, "t2/m0", "Trials showed no loss."),
        Message("t2/m2", t2, "comment", "Cy", None, "t2/m0", "Yes, Eve is right."),
    )
    claims = (
        Claim("t1/m0/c0", "t1/m0", "uniforms should be required", "", (0, 1), "recommendation"),
        Claim("t1/m0/c1", "t1/m0", "uniforms reduce bullying", "", (0, 1), "assertion", "premise"),
        Claim("t1/m1/c0", "t1/m1", "uniforms cost families money", "", (0, 1), "assertion"),
        Claim("t1/m2/c0", "t1/m2", "bullying falls with uniforms", "", (0, 1), "assertion"),
        Claim("t1/m3/c0", "t1/m3", "second-hand uniforms are cheap", "", (0, 1), "assertion"),
        Claim("t1/m4/c0", "t1/m4", "uniforms kill #freedom [sic] <x>", "", (0, 1), "evaluation"),
        Claim("t2/m0/c0", "t2/m0", "a four-day week raises output", "", (0, 1), "prediction"),
        Claim("t2/m1/c0", "t2/m1", "trials showed no loss of output", "", (0, 1), "assertion"),
    )
    replies = [Relation(m.id, m.parent, "reply", 1.0) for m in messages if m.parent is not None]
    stances = [
        Relation("t1/m1/c0", "t1/m0/c0", "attack", 0.7, "cost"),
        Relation("t1/m2/c0", "t1/m0/c1", "support", 0.8),
        Relation("t1/m2/c0", "t1/m0/c1", "restate", 0.6),
        Relation("t1/m2", "t1/m0", "agree", 0.9, "Yes"),
        Relation("t1/m3/c0", "t1/m1/c0", "attack", 0.7),
        Relation("t1/m4/c0", "t1/m0/c0", "attack", 0.7),
        Relation("t1/m4", "t1/m0", "rebut", 0.9, "No."),
        Relation("t1/m5", "t1/m3", "agree", 0.9, "Fair point"),
        Relation("t2/m1/c0", "t2/m0/c0", "support", 0.8),
        Relation("t2/m2", "t2/m0", "agree", 0.9, "Yes"),
    ]
    threads = (
        Thread("t1", "uniforms.txt", "text", 'School "uniforms"'),
        Thread("t2", "week.txt", "text", "Four-day week"),
    )
    return ArgumentMap(threads, messages, claims, tuple(replies + stances))


@pytest.fixture
def amap() -> ArgumentMap:
    return uniforms_map()


# -- the graph -------------------------------------------------------------------------
def test_graph_has_one_node_per_thread_message_author_and_claim(amap):
    kinds = nx.get_node_attributes(argmap.to_graph(amap), "type")
    # 2 threads, 9 messages, 5 named authors (Ann Bob Cy Dee Eve), 8 claims.
    assert sorted(kinds.values()).count("thread") == 2
    assert list(kinds.values()).count("message") == 9
    assert {n for n, k in kinds.items() if k == "author"} == {
        f"author:{name}" for name in ("Ann", "Bob", "Cy", "Dee", "Eve")
    }
    assert list(kinds.values()).count("claim") == 8


def test_graph_edges_are_typed_as_documented(amap):
    kinds = [kind for _, _, kind in argmap.to_graph(amap).edges(data="type")]
    # 2 posts; 8 signed messages; 8 claims; 7 replies; the 10 stance/restate relations.
    expected = {
        "in_thread": 2,
        "authored": 8,
        "asserts": 8,
        "replies_to": 7,
        "agree": 3,
        "rebut": 1,
        "support": 2,
        "attack": 3,
        "restate": 1,
    }
    assert {kind: kinds.count(kind) for kind in set(kinds)} == expected


def test_every_attribute_is_json_safe_and_never_none(amap):
    items = [data for _, data in argmap.to_graph(amap).nodes(data=True)]
    items += [data for _, _, data in argmap.to_graph(amap).edges(data=True)]
    for data in items:
        for value in data.values():
            assert type(value) in (str, int, float), data


def test_the_graph_is_built_once_frozen_and_ignored_by_equality(amap):
    assert argmap.to_graph(amap) is argmap.to_graph(amap)
    with pytest.raises(nx.NetworkXError):
        argmap.to_graph(amap).add_node("x")
    assert amap == uniforms_map()


# -- queries -----------------------------------------------------------------------------
def test_claims_by_author_and_thread(amap):
    by_ann = argmap.claims_by(amap, author="Ann")
    assert [c.id for c in by_ann] == ["t1/m0/c0", "t1/m0/c1", "t2/m1/c0"]
    assert [c.id for c in argmap.claims_by(amap, author="Ann", thread="t2")] == ["t2/m1/c0"]
    assert len(argmap.claims_by(amap, thread="t1")) == 6
    with pytest.raises(ArgmapError, match="no thread 't9'"):
        argmap.claims_by(amap, thread="t9")


def test_contested_ranks_the_even_split_first(amap):
    # c0 is Ann's one main claim, so the message-level stances on her post count for it:
    # backed by Cy's agree; attacked by Bob and by m4 (claim + rebut, one message) -> 1 v 2.
    # c1 is a premise: Cy's claim supports it, and nothing attacks it.
    assert [(e.claim.id, e.backers, e.attackers) for e in argmap.contested(amap)] == [
        ("t1/m0/c0", ("t1/m2",), ("t1/m1", "t1/m4")),
    ]
    # With m4's claim also attacking c1, c1 splits 1 v 1 (score 2) and c0 1 v 2 (score 1.5).
    attacked = dataclasses.replace(
        amap, relations=(*amap.relations, Relation("t1/m4/c0", "t1/m0/c1", "attack", 0.6))
    )
    assert [e.claim.id for e in argmap.contested(attacked)] == ["t1/m0/c1", "t1/m0/c0"]
    assert [e.claim.id for e in argmap.contested(attacked, 1)] == ["t1/m0/c1"]


def test_a_reply_to_a_message_with_several_main_claims_backs_none_of_them(amap):
    both_main = dataclasses.replace(
        amap,
        claims=tuple(dataclasses.replace(c, role="main") for c in amap.claims),
    )
    by_claim = {e.claim.id: e for e in engagement(both_main)}
    # Cy's agree and m4's rebut answer Ann's post, which now has two main claims.
    assert by_claim["t1/m0/c0"].backers == () and by_claim["t1/m0/c1"].attackers == ()
    assert by_claim["t1/m0/c1"].backers == ("t1/m2",)  # Cy's claim supports c1 itself


def test_consensus_puts_the_most_net_backing_first(amap):
    # Eve's claim: Ann's support + Cy's agree, no attack (net 2); Ann's premise c1: Cy's
    # claim supports it (net 1); Dee's: Bob agrees (net 1). Ties go to map order.
    assert [e.claim.id for e in argmap.consensus(amap)] == ["t2/m0/c0", "t1/m0/c1", "t1/m3/c0"]


def test_unanswered_messages_and_claims(amap):
    # Taken up: t1/m0 (replies, stances), t1/m1 (Dee), t1/m3 (Bob), t2/m0 (replies).
    assert [m.id for m in argmap.unanswered(amap)] == ["t1/m2", "t1/m4", "t1/m5", "t2/m1", "t2/m2"]
    # A claim needs a stance on itself or on its message; Dee's message was agreed with.
    assert [c.id for c in argmap.unanswered(amap, "claims")] == ["t1/m2/c0", "t1/m4/c0", "t2/m1/c0"]
    with pytest.raises(ArgmapError):
        argmap.unanswered(amap, "authors")


def test_agreement_matrix_counts_agree_and_support_minus_rebut_and_attack(amap):
    assert argmap.agreement_matrix(amap) == {
        "Ann": {"Eve": 1},
        "Bob": {"Ann": -1, "Dee": 1},
        "Cy": {"Ann": 2, "Eve": 1},
        "Dee": {"Bob": -1},
    }
    with_unsigned = argmap.agreement_matrix(amap, unsigned=True)
    assert with_unsigned["anonymous (t1/m4)"] == {"Ann": -2}
    graph = argmap.agreement_matrix(amap, as_graph=True)
    assert graph.edges["Cy", "Ann"] == {"weight": 2, "agree": 2, "disagree": 0}


def test_central_claims_put_the_most_attacked_claim_first(amap):
    # Support/attack edges: m1c0->m0c0, m4c0->m0c0, m3c0->m1c0, m2c0->m0c1, t2m1c0->t2m0c0.
    # Leaves get only the base share; each target gets more, and m0c0 gets two sources,
    # one of which (m1c0) is itself a target.
    ranked = argmap.central_claims(amap)
    ids = [claim.id for claim, _ in ranked]
    assert ids[0] == "t1/m0/c0"
    assert set(ids[:4]) == {"t1/m0/c0", "t1/m1/c0", "t1/m0/c1", "t2/m0/c0"}
    assert len(ranked) == 8 and sum(score for _, score in ranked) == pytest.approx(1.0)
    assert len(argmap.central_claims(amap, 2)) == 2


def test_central_claims_is_empty_without_support_or_attack():
    bare = ArgumentMap(uniforms_map().threads, uniforms_map().messages, uniforms_map().claims)
    assert argmap.central_claims(bare) == []


def test_subgraph_by_thread_around_a_claim_and_both(amap):
    thread = argmap.subgraph(amap, thread="t2")
    # t2, 3 messages, authors Eve Ann Cy, 2 claims; in_thread, 3 authored, 2 asserts,
    # 2 replies, 1 support, 1 agree.
    assert len(thread) == 9 and thread.number_of_edges() == 10
    assert set(argmap.subgraph(amap, around="t1/m1/c0", hops=1)) == {
        "t1/m1/c0",
        "t1/m1",
        "t1/m0/c0",
        "t1/m3/c0",
    }
    # Two hops from Ann's t2 claim reach author:Ann, the only one of them also in t1.
    assert set(argmap.subgraph(amap, thread="t1", around="t2/m1/c0", hops=2)) == {"author:Ann"}
    thread.add_node("editable")  # a copy, not a frozen view
    with pytest.raises(ArgmapError, match="no claim"):
        argmap.subgraph(amap, around="t1/m0")


def test_summary_counts(amap):
    assert argmap.summary(amap) == {
        "threads": 2,
        "messages": 9,
        "authors": 5,
        "claims": 8,
        "reply": 7,
        "agree": 3,
        "rebut": 1,
        "support": 2,
        "attack": 3,
        "restate": 1,
        "contested": 1,
        "unanswered": 5,
    }


@pytest.mark.parametrize("name", GRAPH_MODULES)
def test_graph_module_doctests_pass(name):
    module = importlib.import_module(f"argmap.graph.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
