"""Relations: targets of a comment, cues, claim links, and the seed threads end to end.

Expected links come from reading the texts: the seed comments and small made-up threads.
"""

from __future__ import annotations

import pytest

import argmap
from argmap.model import Claim, Message, Quote
from argmap.relations import find_relations
from argmap.relations.cues import read_cues
from argmap.relations.targets import find_targets


@pytest.fixture(scope="session")
def nlp():
    from argmap.nlp import load_pipeline

    return load_pipeline()


def message(number: int, author: str | None, text: str, parent: int | None = 0, thread="t1"):
    return Message(
        f"{thread}/m{number}",
        thread,
        "post" if parent is None else "comment",
        author,
        None,
        None if parent is None else f"{thread}/m{parent}",
        text,
    )


def cue(nlp, text: str):
    return read_cues(list(nlp(text).sents), nlp)


# -- targets ------------------------------------------------------------------------------


def test_named_authors_become_targets_and_unknown_names_do_not(nlp):
    thread = [
        message(0, "Lena Berg", "Titles matter.", parent=None),
        message(1, "Omar", "Titles do not matter much."),
        message(2, "Kai @kai_s", "I think Lena, Omar and Kim are all right!"),
    ]
    targets = find_targets(thread, [nlp(m.text) for m in thread])
    kai = {t.target: t.reasons for t in targets if t.source == "t1/m2"}
    assert kai == {"t1/m0": {"parent", "named"}, "t1/m1": {"named"}}


def test_a_handle_names_its_author_and_a_quote_targets_its_source(nlp):
    thread = [
        message(0, "Kai @kai_s", "Strategy comes first.", parent=None),
        message(1, "Ann", "Tactics come first."),
        Message(
            "t1/m2",
            "t1",
            "comment",
            "Bo",
            None,
            "t1/m1",
            "@kai_s has it.",
            quotes=(Quote("Strategy comes first.", "t1/m0"),),
        ),
    ]
    targets = find_targets(thread, [nlp(m.text) for m in thread])
    reasons = {t.target: t.reasons for t in targets if t.source == "t1/m2"}
    assert reasons == {"t1/m1": {"parent"}, "t1/m0": {"named", "quote"}}


def test_a_name_only_points_back_in_time(nlp):
    thread = [
        message(0, "Ann", "I agree with John.", parent=None),
        message(1, "John", "Thanks Ann."),
    ]
    targets = find_targets(thread, [nlp(m.text) for m in thread])
    assert {(t.source, t.target) for t in targets} == {("t1/m1", "t1/m0")}


# -- cues ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I agree with Omar.", "agree"),
        ("I totally agree.", "agree"),
        ("We strongly disagree with the plan.", "rebut"),
        ("I don't think you're right.", "rebut"),
        ("You're right, I don't know why I missed that.", "agree"),
        ("I do not agree with this at all.", "rebut"),
        ("No, that is how it works.", "rebut"),
        ("No one expected the vote to pass.", "none"),
        ("That is not true.", "rebut"),
        ("The vote is on Tuesday.", "none"),
    ],
)
def test_cue_labels(nlp, text, label):
    assert cue(nlp, text).label == label


def test_a_contrast_halves_an_agreement(nlp):
    plain = cue(nlp, "I agree with you.")
    partial = cue(nlp, "I agree with you, but the numbers are wrong.")
    assert plain.label == "agree"
    assert partial.strength < plain.strength


def test_short_sentences_are_their_own_evidence(nlp):
    assert cue(nlp, "I agree with John. Anyway, moving on.").evidence == "I agree with John."


# -- claims -------------------------------------------------------------------------------


def claims_of(nlp, messages, sentences_per_message):
    """Sentence-level claims, as the simple claim stage makes them."""
    claims = []
    for m, wanted in zip(messages, sentences_per_message, strict=True):
        for n, sentence in enumerate(s for s in nlp(m.text).sents if s.text.strip() in wanted):
            claims.append(
                Claim(
                    f"{m.id}/c{n}",
                    m.id,
                    sentence.text.strip(),
                    sentence.text,
                    (sentence.start_char, sentence.end_char),
                    "assertion",
                )
            )
    return claims


def test_so_and_because_give_support_inside_a_message(nlp):
    text = (
        "Bread prices rose sharply this year. So families buy less bread now. "
        "Bakers are closing shops. Because rents doubled in the city centre."
    )
    post = message(0, "Ann", text, parent=None)
    claims = claims_of(nlp, [post], [[s.text.strip() for s in nlp(text).sents]])
    support = {(r.source, r.target) for r in find_relations([post], claims) if r.kind == "support"}
    assert support == {("t1/m0/c0", "t1/m0/c1"), ("t1/m0/c3", "t1/m0/c2")}


def post_and_reply_relations(nlp, post_text: str, reply_text: str) -> list:
    """Relations of a post (one claim per sentence) and a one-claim reply to it."""
    messages = [message(0, "Ann", post_text, parent=None), message(1, "Bo", reply_text)]
    claims = claims_of(
        nlp,
        messages,
        [[s.text.strip() for s in nlp(post_text).sents], [reply_text]],
    )
    return find_relations(messages, claims)


def test_an_agreeing_reply_backs_only_the_claim_it_addresses(nlp):
    """One agreeing reply about noise backs the post's claim about noise, not all three."""
    relations = post_and_reply_relations(
        nlp,
        "Remote work saves hours of commuting. Open-plan offices are far too noisy. "
        "Managers still distrust remote teams.",
        "I agree, open-plan offices are so noisy that nobody can concentrate.",
    )
    assert ("t1/m1", "t1/m0", "agree") in {(r.source, r.target, r.kind) for r in relations}
    backed = [(r.source, r.target) for r in relations if r.kind == "support"]
    assert backed == [("t1/m1/c0", "t1/m0/c1")]
    evidence = next(r.evidence for r in relations if r.kind == "support")
    assert "noisy" in evidence


def test_a_reply_lands_on_the_point_it_addresses_far_down_a_long_post(nlp):
    """A reply about a long post's last point backs that point, not one of its first."""
    relations = post_and_reply_relations(
        nlp,
        "Remote work saves hours of commuting. Open-plan offices are far too noisy. "
        "Managers still distrust remote teams. Video calls tire people out quickly. "
        "Cheap housing draws workers to small towns. Four-day weeks raise output per hour.",
        "I agree, a four-day week raises how much people get done in an hour.",
    )
    backed = [(r.source, r.target) for r in relations if r.kind == "support"]
    assert backed == [("t1/m1/c0", "t1/m0/c5")]


def test_the_same_claim_said_by_three_people_points_at_the_first(nlp):
    said = "Remote work makes software teams more productive."
    messages = [
        message(0, "Ann", f"{said} Offices are noisy.", parent=None),
        message(
            1, "Bo", "Remote work makes software teams more productive!", thread="t2", parent=None
        ),
        message(2, "Cy", "Honestly, remote work makes software teams more productive.", parent=0),
    ]
    claims = claims_of(
        nlp,
        messages,
        [
            [said],
            ["Remote work makes software teams more productive!"],
            ["Honestly, remote work makes software teams more productive."],
        ],
    )
    linked = find_relations(messages, claims, link_threads=True)
    restates = {(r.source, r.target) for r in linked if r.kind == "restate"}
    assert restates == {("t2/m1/c0", "t1/m0/c0"), ("t1/m2/c0", "t1/m0/c0")}
    alone = find_relations(messages, claims)
    assert {(r.source, r.target) for r in alone if r.kind == "restate"} == {
        ("t1/m2/c0", "t1/m0/c0")
    }


def test_a_negated_claim_attacks_the_claim_it_negates(nlp):
    messages = [
        message(0, "Ann", "Social media is a tactic for large companies.", parent=None),
        message(
            1, "Bo", "Social media is not a tactic for large companies.", thread="t2", parent=None
        ),
    ]
    claims = claims_of(nlp, messages, [[m.text] for m in messages])
    relations = find_relations(messages, claims, link_threads=True)
    assert [(r.source, r.target, r.kind) for r in relations] == [("t2/m1/c0", "t1/m0/c0", "attack")]
    assert "not" in relations[0].evidence
    assert find_relations(messages, claims) == []


def test_every_relation_has_a_confidence_between_0_and_1(seed_map):
    assert seed_map.relations
    for relation in seed_map.relations:
        assert 0.0 <= relation.confidence <= 1.0


# -- a debate written for these tests ----------------------------------------------------
CHAT = (
    "Maya: Public transport should be free in every city.\n"
    "Omar: Free fares would starve the network of money for repairs.\n"
    "Lena: I agree with Omar. Repairs already wait for years.\n"
    "Kai: @Maya free buses would cut traffic, but Omar is right about the money.\n"
)


@pytest.fixture(scope="module")
def transit():
    """Read by a person: Omar rebuts Maya's post; Lena agrees with Omar by name."""
    return argmap.map_text(CHAT, title="free transit")


def test_an_explicit_i_agree_with_name_agrees_with_that_message(transit):
    _, omar, lena, _ = transit.messages
    kinds = {(r.source, r.target): r.kind for r in transit.relations if r.kind != "reply"}
    assert kinds[(lena.id, omar.id)] == "agree"
    evidence = next(
        r.evidence
        for r in transit.relations
        if (r.source, r.target, r.kind) == (lena.id, omar.id, "agree")
    )
    assert "agree with Omar" in evidence


def test_no_rebut_between_a_message_and_the_one_that_agrees_with_it(transit):
    _, omar, lena, _ = transit.messages
    rebuts = {(r.source, r.target) for r in transit.relations if r.kind == "rebut"}
    assert (lena.id, omar.id) not in rebuts and (omar.id, lena.id) not in rebuts


def test_the_two_seed_threads_are_not_linked_unless_asked(seed_map):
    """Claims of different threads are compared only with ``link_threads`` (off by default:
    links between unrelated pages were mostly wrong)."""
    thread_of = {m.id: m.thread for m in seed_map.messages}
    thread_of.update({c.id: thread_of[c.message] for c in seed_map.claims})
    thread_of.update({p.id: p.id.split("/")[0] for p in seed_map.points})
    crossing = [
        r
        for r in seed_map.relations
        if r.kind in ("support", "attack", "restate") and thread_of[r.source] != thread_of[r.target]
    ]
    assert crossing == []


@pytest.mark.parametrize(("margin", "linked"), [(0.01, True), (-0.01, False)])
def test_a_reply_is_linked_from_the_stance_bar(monkeypatch, margin, linked):
    from argmap.relations import lexicon, link

    agree = round(lexicon.MIN_RELATION_CONFIDENCE + margin, 2)
    probabilities = (0.04, round(0.96 - agree, 2), agree)

    def stand_in(pairs, max_tokens=None):
        return [probabilities for _ in pairs]

    monkeypatch.setattr(link, "classify_pairs", stand_in)
    post = message(0, "Ann", "Remote work makes teams more productive.", parent=None)
    reply = message(1, "Bob", "Our team ships more since we went remote.")
    links = {
        (r.kind, r.confidence)
        for r in find_relations([post, reply], [])
        if (r.source, r.target) == (reply.id, post.id) and r.kind in ("agree", "rebut")
    }
    assert links == ({("agree", agree)} if linked else set())


def _features(*claims: tuple[str, set[str]]) -> list:
    """ClaimFeatures of one thread from (message, lemmas) pairs, ids in order."""
    from argmap.relations.claim_links import ClaimFeatures

    return [
        ClaimFeatures(
            Claim(f"t1/{message}/c{i}", f"t1/{message}", "x", "x", (0, 1), "claim"),
            "t1",
            frozenset(lemmas),
            False,
        )
        for i, (message, lemmas) in enumerate(claims)
    ]


def test_similar_claims_are_proposed_across_messages_by_rare_shared_words():
    from argmap.relations.claim_links import _similar_earlier

    features = _features(
        ("m0", {"vaccine", "mandate", "policy"}),
        ("m0", {"vaccine", "mandate"}),
        ("m1", {"vaccine", "mandate", "school"}),
        ("m2", {"weather", "rain"}),
        ("m3", {"rain", "umbrella", "forecast", "cloud", "wind", "storm", "coat"}),
    )
    pairs = [(a.claim.id, b.claim.id) for a, b in _similar_earlier(features)]
    # Never within a message; the closer earlier claim first; a weak overlap (one shared
    # word of many) falls under the similarity bar.
    assert pairs == [("t1/m1/c2", "t1/m0/c1"), ("t1/m1/c2", "t1/m0/c0")]


def test_similar_claims_keep_the_few_closest_and_ignore_common_words():
    from argmap.relations import lexicon
    from argmap.relations.claim_links import _similar_earlier

    earlier = [(f"m{i}", {"tax", "cut", f"own{i}"}) for i in range(5)]
    features = _features(*earlier, ("m9", {"tax", "cut", "own0"}))
    pairs = [(a.claim.id, b.claim.id) for a, b in _similar_earlier(features)]
    later = [b for a, b in pairs if a == "t1/m9/c5"]
    assert len(later) == lexicon.SIMILAR_CANDIDATES_PER_CLAIM
    assert later[0] == "t1/m0/c0"  # shares all three words

    common = [(f"m{i}", {"thing", f"word{i}"}) for i in range(lexicon.RARE_LEMMA_MAX_POSTINGS + 1)]
    assert _similar_earlier(_features(*common)) == []
