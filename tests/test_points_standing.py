"""Key points on a map: standing, prevalence and point links, with a grouping given by hand
(the trained grouping is tested in test_points.py). Expected values are read off the small
debate below, not taken from the code's output."""

from __future__ import annotations

from argmap.model import Claim, Message, Relation
from argmap.points.standing import map_points

MESSAGES = (
    Message("t1/m0", "t1", "post", "Ann", None, None, "Tabs are better. Spaces waste bytes."),
    Message("t1/m1", "t1", "comment", "Bob", None, "t1/m0", "Tabs beat spaces, yes."),
    Message("t1/m2", "t1", "comment", None, None, "t1/m0", "No. Spaces look the same anywhere."),
    Message("t1/m3", "t1", "comment", "Cy", None, "t1/m2", "I agree with that."),
    Message("t1/m4", "t1", "comment", "Dee", None, "t1/m0", "Lunch was nice."),
    Message("t2/m0", "t2", "post", "Eve", None, None, "Tabs are better."),
)
CLAIMS = (
    Claim("t1/m0/c0", "t1/m0", "tabs are better", "Tabs are better.", (0, 16), "evaluation"),
    Claim("t1/m0/c1", "t1/m0", "spaces waste bytes", "Spaces waste bytes.", (17, 36), "assertion"),
    Claim("t1/m1/c0", "t1/m1", "tabs beat spaces", "Tabs beat spaces, yes.", (0, 22), "evaluation"),
    Claim("t1/m2/c0", "t1/m2", "spaces look the same anywhere", "", (4, 35), "assertion"),
    Claim("t1/m4/c0", "t1/m4", "lunch was nice", "Lunch was nice.", (0, 15), "evaluation"),
    Claim("t2/m0/c0", "t2/m0", "tabs are better", "Tabs are better.", (0, 16), "evaluation"),
)
RELATIONS = (
    Relation("t1/m2", "t1/m0", "rebut", 0.9, "No."),
    Relation("t1/m2/c0", "t1/m0/c0", "attack", 0.7, ""),
    Relation("t1/m3", "t1/m2", "agree", 0.9, "I agree"),
    Relation("t1/m1/c0", "t1/m0/c0", "restate", 0.8, ""),
)


def by_meaning(texts):
    """Groups a reader would make: the two "tabs" claims of a thread make one point."""
    tabs = tuple(i for i, text in enumerate(texts) if text.startswith("tabs"))
    return [(tabs, "tabs are better")] if len(tabs) > 1 else []


def test_points_count_people_and_the_messages_that_back_or_rebut_them():
    points, links = map_points(CLAIMS, MESSAGES, RELATIONS, group=by_meaning)
    by_id = {p.id: p for p in points}
    tabs = by_id["t1/p1"]
    assert tabs.text == "tabs are better"
    assert tabs.members == ("t1/m0/c0", "t1/m1/c0")
    assert tabs.prevalence == 2  # Ann and Bob
    assert tabs.backers == ()  # Bob restates it: he holds it, he is not counted twice
    assert tabs.rebutters == ("t1/m2",)
    # The unsigned "spaces look the same" is a point of its own: Cy backs it and answers
    # it (engaged 2). Ann's post is answered three times, shared by its two claims, so
    # "spaces waste bytes" is a point engaged 1.5, after it. Dee's lunch nobody takes up:
    # it stays a claim.
    spaces = by_id["t1/p2"]
    assert spaces.members == ("t1/m2/c0",) and spaces.backers == ("t1/m3",)
    assert by_id["t1/p3"].members == ("t1/m0/c1",)
    assert set(by_id) == {"t1/p1", "t1/p2", "t1/p3"}
    assert links == (Relation("t1/p2", "t1/p1", "attack", 0.7, "1 claim attack"),)


def test_a_reply_to_a_message_with_several_claims_backs_none_of_them():
    relations = (Relation("t1/m4", "t1/m0", "agree", 0.9, "Yes"),)
    points, _ = map_points(CLAIMS, MESSAGES, relations, group=lambda texts: [])
    post_points = [p for p in points if {"t1/m0/c0", "t1/m0/c1"} & set(p.members)]
    assert len(post_points) == 2 and not any(p.backers for p in post_points)


def test_a_claim_its_message_gets_answers_for_is_engaged():
    """Cy answers the unsigned message, whose one claim becomes a point with no stance
    read. Ann's post is answered three times: both its claims are points, each engaged
    by half of those answers (1.5), so before the unsigned claim (one answer). Bob's and
    Dee's comments get no answer."""
    points, _ = map_points(CLAIMS, MESSAGES, (), group=lambda texts: [])
    assert [p.members for p in points] == [("t1/m0/c0",), ("t1/m0/c1",), ("t1/m2/c0",)]
    assert all((p.backers, p.rebutters) == ((), ()) for p in points)


def test_a_comment_with_several_claims_is_answered_as_a_whole():
    """A reply to a comment of two claims answers neither in particular."""
    comment = Message("t1/m5", "t1", "comment", "Flo", None, "t1/m0", "Tabs win. Bytes matter.")
    answer = Message("t1/m6", "t1", "comment", "Gus", None, "t1/m5", "Hm.")
    claims = (
        Claim("t1/m5/c0", "t1/m5", "tabs win", "Tabs win.", (0, 9), "evaluation"),
        Claim("t1/m5/c1", "t1/m5", "bytes matter", "Bytes matter.", (10, 23), "assertion"),
    )
    points, _ = map_points(claims, (comment, answer), (), group=lambda texts: [])
    assert points == ()


def test_points_are_grouped_within_their_thread():
    points, _ = map_points(CLAIMS, MESSAGES, RELATIONS, group=by_meaning)
    assert all(claim.startswith(p.id.split("/")[0]) for p in points for claim in p.members)
    assert not any(p.id.startswith("t2/") for p in points)  # Eve alone, and nobody engages


def test_among_equals_earlier_means_earlier_in_the_thread_not_in_id_order():
    """Twelve one-claim comments, each answered once: equally held and engaged, so they
    rank by where they come in the thread (m2 before m10)."""
    comments = [Message(f"t1/m{n}", "t1", "comment", f"a{n}", None, None, "x") for n in range(12)]
    answers = [Message(f"t1/r{n}", "t1", "comment", "b", None, f"t1/m{n}", "y") for n in range(12)]
    claims = [
        Claim(f"t1/m{n}/c0", f"t1/m{n}", f"claim {n}", "", (0, 1), "assertion") for n in range(12)
    ]
    points, _ = map_points(claims, comments + answers, (), group=lambda texts: [])
    assert [p.members[0] for p in points[:3]] == ["t1/m0/c0", "t1/m1/c0", "t1/m2/c0"]


def test_a_premise_beside_a_main_claim_is_not_grouped():
    """Bob's "tabs beat spaces" made a premise of a main claim he adds: only the main
    claim stands for his position."""
    from dataclasses import replace

    claims = tuple(replace(c, role="premise") if c.id == "t1/m1/c0" else c for c in CLAIMS)
    own = Claim("t1/m1/c1", "t1/m1", "lunch matters more", "", (0, 1), "evaluation")
    points, _ = map_points((*claims, own), MESSAGES, RELATIONS, group=by_meaning)
    assert [p.members for p in points if p.text == "tabs are better"] == [("t1/m0/c0",)]


def test_a_message_with_no_main_claim_is_grouped_by_its_first_claim():
    """A message of facts argues for no main claim; its first claim is what it adds to
    the debate, so it still joins the point it makes (and only that claim)."""
    from dataclasses import replace

    aside = Claim("t1/m1/c1", "t1/m1", "tabs came first", "", (0, 1), "assertion", "aside")
    claims = tuple(replace(c, role="aside") if c.id == "t1/m1/c0" else c for c in CLAIMS)
    points, _ = map_points((*claims, aside), MESSAGES, RELATIONS, group=by_meaning)
    [tabs] = [p for p in points if p.text == "tabs are better"]
    assert tabs.members == ("t1/m0/c0", "t1/m1/c0")


def test_answers_to_a_post_that_argues_for_nothing_make_no_point_of_it():
    """A post of a notice or a question has no main claim: answering it takes up none of
    its claims, so its first claim (grouped as its position) is no point by that alone."""
    post = Message("t3/m0", "t3", "post", "Ann", None, None, "Discussion of the entry at x.")
    answers = [Message(f"t3/m{n}", "t3", "comment", f"a{n}", None, "t3/m0", "...") for n in (1, 2)]
    notice = Claim("t3/m0/c0", "t3/m0", "this is a discussion", "", (0, 1), "assertion", "aside")
    points, _ = map_points((notice,), (post, *answers), (), group=lambda texts: [])
    assert points == ()


def test_a_side_claim_another_message_attacks_is_a_point_after_the_positions():
    """Bob's premise "bytes are cheap" is no position of his, but Cy attacks it: someone
    took it up, so it is a point of its own, ranked after the positions held by as many
    people (Bob's main claim, which Dee answers). Bob's other premise nobody takes up."""
    messages = (
        Message("t1/m0", "t1", "post", "Bob", None, None, "..."),
        Message("t1/m1", "t1", "comment", "Cy", None, "t1/m0", "..."),
        Message("t1/m2", "t1", "comment", "Dee", None, "t1/m1", "..."),
    )
    claims = (
        Claim("t1/m0/c0", "t1/m0", "spaces are fine", "", (0, 1), "evaluation", "main"),
        Claim("t1/m0/c1", "t1/m0", "bytes are cheap", "", (2, 3), "assertion", "premise"),
        Claim("t1/m0/c2", "t1/m0", "disks grew", "", (4, 5), "assertion", "premise"),
        Claim("t1/m1/c0", "t1/m1", "bytes cost money", "", (0, 1), "assertion", "main"),
    )
    relations = (Relation("t1/m1/c0", "t1/m0/c1", "attack", 0.8, ""),)
    points, _ = map_points(claims, messages, relations, group=lambda texts: [])
    assert [p.members for p in points] == [("t1/m0/c0",), ("t1/m1/c0",), ("t1/m0/c1",)]
    assert points[2].rebutters == ("t1/m1",)


def test_a_point_of_one_long_claim_is_named_in_fifteen_words():
    """A point's name is at most 15 words whether it groups claims or stands alone."""
    words = "the council should stop closing the libraries in the north of the city every winter"
    long = Claim("t1/m2/c0", "t1/m2", f"{words} because people need them", "", (4, 35), "policy")
    claims = tuple(long if c.id == long.id else c for c in CLAIMS)
    points, _ = map_points(claims, MESSAGES, RELATIONS, group=by_meaning)
    (alone,) = [p for p in points if p.members == (long.id,)]
    assert alone.text == f"{words}…"
