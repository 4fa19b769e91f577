"""The bundled demo (``corpora/``) maps end to end. The demo is not a test set: these checks
hold for any thread, and no test pins a sentence of it."""


def test_the_demo_maps_to_its_two_threads_each_with_a_post(seed_map):
    assert len(seed_map.threads) == 2
    for thread in seed_map.threads:
        part = seed_map.for_thread(thread.id)
        assert [m.kind for m in part.messages][:1] == ["post"]
        assert thread.title and thread.platform == "text"


def test_every_claim_points_at_its_words(seed_map):
    assert seed_map.claims
    for claim in seed_map.claims:
        text = seed_map.message(claim.message).text
        start, end = claim.span
        assert text[start:end] == claim.sentence


def test_every_relation_joins_nodes_of_the_map(seed_map):
    nodes = {m.id for m in seed_map.messages} | {c.id for c in seed_map.claims}
    nodes |= {p.id for p in seed_map.points}
    for relation in seed_map.relations:
        assert relation.source in nodes and relation.target in nodes, relation
