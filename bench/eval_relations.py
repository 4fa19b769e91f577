"""Measure argmap's stance and relation judgements on human-labelled data.

* DEBAGREEMENT ``test.csv`` (held out: never trained or tuned on), reply vs parent:
  agree / neutral / disagree, argmap's ``none`` read as neutral. Beside it: the majority
  baseline, TF-IDF + logistic regression trained on ``dev.csv``, the cues alone, the
  classifier alone, and the published fine-tuned BERT-family accuracy (0.62-0.64 on the
  authors' own split).
* ``subreddit-agreement`` (both files): in the classifier's training data, so the
  figures are training fit, not held-out accuracy.
* Perspectrum dev (never trained on): ``argmap.stance(claim, perspective)``, support or
  undermine, beside the majority and TF-IDF + LR trained on Perspectrum train.
* ``aifdb-us2016-moralmaze-relations/test.tsv`` (US2016, never trained on): support /
  attack / none between two propositions as argmap's claim-link judgement decides them,
  beside the majority and TF-IDF + LR trained on the Moral Maze files.
* ``cmv-ampersand-threads`` end to end: argmap maps each annotated thread (the OP and its
  reply chain) and we check whether its agree/rebut links join the comment pairs the
  annotators linked, and with their polarity. The "accuracy" column holds those shares.
  (A fifth of these threads, by a hash of the name, is held out of the model's training.)
* The blind sets of ``bench/annotations`` (``relations_blind.md``): each page mapped
  alone; agree/rebut recall with the right kind and the wrong-kind rate on the reply
  pairs, support / attack / restate precision on the claim pairs.

Prints a table and appends it to ``BENCHMARKS.md``::

    PYTHONPATH=src python bench/eval_relations.py --shared ../shared

``--sections`` scores only some of these. ``--stance-lengths 128 96 64`` scores only
DEBAGREEMENT test, with pairs cut to each length (what ``argmap map --stance-tokens N``
does), beside the classifier's time per pair. ``--stance-model DIR`` scores a candidate
model folder (as ``bench/train_stance.py --out`` writes it) instead of the shipped one.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from argmap.files import atomic_write_text

#: Dataset label order (0 disagree, 1 neutral, 2 agree) as argmap's stance names.
DATASET_LABELS = ("rebut", "none", "agree")
PUBLISHED = "0.62-0.64 accuracy (fine-tuned BERT/RoBERTa/DeBERTa/XLNet, authors' split)"


def read_debagreement(path: Path) -> list[tuple[str, str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return [
            (row["body_parent"], row["body_child"], DATASET_LABELS[int(row["label"])])
            for row in csv.DictReader(f)
        ]


def read_subreddit(path: Path) -> list[tuple[str, str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return [
            (row["quote_text"], row["response_text"], DATASET_LABELS[int(row["relation"])])
            for row in csv.DictReader(f)
        ]


def scores(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float]:
    from sklearn.metrics import accuracy_score, f1_score

    return accuracy_score(gold, predicted), f1_score(gold, predicted, average="macro")


def tfidf_baseline(train, test) -> list[str]:
    """TF-IDF of parent and reply (separate vocabularies) + logistic regression."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    parent_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    reply_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x_train = hstack(
        [
            parent_vec.fit_transform(p for p, _, _ in train),
            reply_vec.fit_transform(r for _, r, _ in train),
        ]
    )
    x_test = hstack(
        [parent_vec.transform(p for p, _, _ in test), reply_vec.transform(r for _, r, _ in test)]
    )
    model = LogisticRegression(max_iter=2000, C=2.0)
    model.fit(x_train, [label for _, _, label in train])
    return list(model.predict(x_test))


def argmap_variants(pairs) -> dict[str, list[str]]:
    """Labels from the cues alone, the classifier alone, and both (argmap's default); the
    classifier reads each pair as argmap does (``reading.read_as_written``)."""
    from argmap.nlp import load_pipeline, parse_texts
    from argmap.relations.classifier import classify_pairs, labels
    from argmap.relations.cues import NONE, read_cues
    from argmap.relations.reading import read_as_written
    from argmap.relations.stance import combine

    nlp = load_pipeline()
    texts = [read_as_written(target, reply) for target, reply, _ in pairs]
    readings = [
        read_cues(list(doc.sents), nlp) if len(doc) else NONE
        for doc in parse_texts((reply for _, reply, _ in pairs), nlp)
    ]
    probabilities = classify_pairs(texts)
    names = labels()
    return {
        "cues only": [r.label for r in readings],
        "classifier only": [names[max(range(3), key=p.__getitem__)] for p in probabilities],
        "argmap (cues + classifier)": [
            combine(p, r)[0] for p, r in zip(probabilities, readings, strict=True)
        ],
        "_probabilities": probabilities,
    }


SECTIONS = (
    "debagreement",
    "subreddit",
    "perspectrum",
    "us2016",
    "cmv",
    "blind",
    "reading",
    "tune",
    "dev",
)


def evaluate(shared: Path, sections: Sequence[str] = SECTIONS) -> list[tuple]:
    """Rows of (data set, method, pairs, accuracy, macro-F1) for the chosen sections."""
    rows: list[tuple] = []
    data = shared / "datasets"
    if "debagreement" in sections:
        rows += debagreement_rows(data)
    if "subreddit" in sections:
        rows += subreddit_rows(data)
    if "perspectrum" in sections:
        rows += perspectrum_rows(data / "perspectrum-train-dev/pairs.jsonl")
    if "us2016" in sections:
        rows += us2016_rows(data / "aifdb-us2016-moralmaze-relations")
    if "cmv" in sections:
        rows += cmv_rows(data / "cmv-ampersand-threads")
    if "blind" in sections:
        rows += blind_rows(shared)
    if "reading" in sections:
        rows += reading_rows(data)
    if "tune" in sections:
        trained = stance_training_pairs(shared)
        rows += tuning_rows(data / "aifdb-us2016-moralmaze-relations", trained)
    if "dev" in sections:
        rows += reply_bar_rows(shared)
    return rows


#: Moral Maze pairs scored when choosing the claim-link bars (a seeded sample, for time).
TUNING_PAIRS = 2000


def stance_training_pairs(shared: Path) -> set[tuple[str, str]]:
    """(target, reply) of every pair the stance model in use was trained on, rebuilt from
    its ``stance.json`` (sources, cap scale and seed) with ``bench/train_stance.py``'s own
    sampling; empty for a model trained on reply pairs alone."""
    import json

    from argmap.relations import classifier

    meta = json.loads((classifier.DATA_DIR / classifier.META_FILE).read_text(encoding="utf-8"))
    if "moralmaze" not in meta.get("training_sources", {}):
        return set()
    sys.path.insert(0, str(Path(__file__).parent))
    import train_stance

    pairs = train_stance.capped(
        train_stance.read_pairs(shared),
        meta.get("cap", 1.0),
        meta["seed"],
        tuple(meta["training_sources"]),
    )
    return {(target, reply) for target, reply, *_ in pairs}


def tuning_rows(folder: Path, trained: set[tuple[str, str]]) -> list[tuple]:
    """How ``lexicon.CLAIM_LINK_MIN_CONFIDENCE`` and ``lexicon.RESTATE_MIN_COSINE`` were
    chosen: on a seeded sample of the six Moral Maze files (never US2016) outside the
    stance model's ``trained`` pairs, macro-F1 over support / attack / none for each
    confidence bar, and the precision and recall of "rephrase" for each embedding-cosine
    bar."""
    import random

    import numpy as np

    from argmap.points.embed import encode
    from argmap.relations.classifier import classify_pairs, labels

    names = {"0": "support", "1": "attack", "2": "restate", "3": "none"}
    pairs = []
    for path in sorted(folder.glob("*_m_relations.tsv")):
        with open(path, newline="", encoding="utf-8") as f:
            pairs += [
                (row["t2"], row["t1"], names[row["type"]])
                for row in csv.DictReader(f, delimiter="\t")
                if (row["t2"], row["t1"]) not in trained
            ]
    pairs = random.Random(7).sample(pairs, min(TUNING_PAIRS, len(pairs)))
    three_way = [p for p in pairs if p[2] != "restate"]
    probabilities = classify_pairs([(t, s) for t, s, _ in three_way])
    order = labels()
    rows = []
    name = f"Moral Maze sample ({len(three_way)} pairs), claim-link bar"
    for bar in (0.4, 0.5, 0.6, 0.7, 0.8):
        predicted = []
        for p in probabilities:
            best = max(range(3), key=p.__getitem__)
            kind = {"agree": "support", "rebut": "attack", "none": "none"}[order[best]]
            predicted.append(kind if p[best] >= bar else "none")
        rows.append(
            (name, f"bar {bar}", len(three_way), *scores([g for *_, g in three_way], predicted))
        )
    vectors = encode([t for t, _, _ in pairs] + [s for _, s, _ in pairs])
    cosines = np.sum(vectors[: len(pairs)] * vectors[len(pairs) :], axis=1)
    gold = np.array([label == "restate" for *_, label in pairs])
    name = f"Moral Maze sample ({len(pairs)} pairs, {gold.sum()} rephrase), restate cosine"
    for bar in (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        said = cosines >= bar
        precision = (said & gold).sum() / max(1, said.sum())
        recall = (said & gold).sum() / max(1, gold.sum())
        rows.append(
            (
                name,
                f"cosine >= {bar}: precision (recall {recall:.3f})",
                int(said.sum()),
                float(precision),
                "-",
            )
        )
    return rows


def reading_rows(data: Path) -> list[tuple]:
    """On DEBAGREEMENT ``dev.csv`` (where reading rules are chosen), the pairs that
    ``argmap.relations.reading`` reads differently (a quote, a concession): the pair
    model's scores on the whole texts and on what the rules keep."""
    from argmap.relations.classifier import classify_pairs, labels
    from argmap.relations.reading import read_as_written

    dev = read_debagreement(data / "debagreement-sample/dev.csv")
    changed = [
        (t, r, label, read_as_written(t, r))
        for t, r, label in dev
        if read_as_written(t, r) != (t, r)
    ]
    gold = [label for *_, label, _ in changed]
    names = labels()

    def predicted(pairs):
        return [names[max(range(3), key=p.__getitem__)] for p in classify_pairs(pairs)]

    name = f"DEBAGREEMENT dev.csv, pairs the reading rules change ({len(changed)}/{len(dev)})"
    return [
        (
            name,
            "pair model on the whole texts",
            len(changed),
            *scores(gold, predicted([(t, r) for t, r, *_ in changed])),
        ),
        (
            name,
            "pair model on what the rules keep",
            len(changed),
            *scores(gold, predicted([kept for *_, kept in changed])),
        ),
    ]


def debagreement_rows(data: Path) -> list[tuple]:
    """DEBAGREEMENT test (held out) beside the majority and TF-IDF + LR baselines."""
    rows: list[tuple] = []
    dev = read_debagreement(data / "debagreement-sample/dev.csv")
    test = read_debagreement(data / "debagreement-sample/test.csv")
    gold = [label for _, _, label in test]
    name = "DEBAGREEMENT test.csv (held out)"
    majority = max(set(label for _, _, label in dev), key=[lb for _, _, lb in dev].count)
    rows.append(
        (name, f"majority baseline ({majority})", len(test), *scores(gold, [majority] * len(gold)))
    )
    rows.append(
        (
            name,
            "TF-IDF + LR trained on dev.csv",
            len(test),
            *scores(gold, tfidf_baseline(dev, test)),
        )
    )
    started = time.monotonic()
    variants = argmap_variants(test)
    per_pair_ms = (time.monotonic() - started) / len(test) * 1000
    for method, predicted in variants.items():
        if not method.startswith("_"):
            rows.append((name, method, len(test), *scores(gold, predicted)))
    rows.append((name, "published fine-tuned BERT family", 0, "0.62-0.64", "-"))
    print(f"argmap stance: {per_pair_ms:.1f} ms per DEBAGREEMENT pair (parse + cues + classifier)")
    return rows


def subreddit_rows(data: Path) -> list[tuple]:
    """The subreddit-agreement files: training fit, not held-out accuracy."""
    rows: list[tuple] = []
    for file in ("SubReddit-MaskMandate.csv", "SubReddit-CovidVaccine.csv"):
        pairs = read_subreddit(data / "subreddit-agreement" / file)
        predicted = argmap_variants(pairs)["argmap (cues + classifier)"]
        rows.append(
            (
                f"{file} (in training: fit, not held out)",
                "argmap (cues + classifier)",
                len(pairs),
                *scores([g for _, _, g in pairs], predicted),
            )
        )
    return rows


def length_rows(shared: Path, lengths: Sequence[int]) -> list[tuple[str, str, int, str, str]]:
    """DEBAGREEMENT test scores with pairs cut to each of ``lengths`` tokens (the speed
    option ``--stance-tokens``), and the classifier's milliseconds per pair."""
    from argmap.nlp import load_pipeline, parse_texts
    from argmap.relations.classifier import classify_pairs, labels
    from argmap.relations.cues import NONE, read_cues
    from argmap.relations.stance import combine

    test = read_debagreement(shared / "datasets" / "debagreement-sample/test.csv")
    gold = [label for _, _, label in test]
    nlp = load_pipeline()
    replies = parse_texts((reply for _, reply, _ in test), nlp)
    readings = [read_cues(list(doc.sents), nlp) if len(doc) else NONE for doc in replies]
    names = labels()
    rows = []
    for length in lengths:
        started = time.monotonic()
        probabilities = classify_pairs([(t, r) for t, r, _ in test], length)
        ms = (time.monotonic() - started) / len(test) * 1000
        classifier = [names[max(range(3), key=p.__getitem__)] for p in probabilities]
        argmap = [combine(p, r)[0] for p, r in zip(probabilities, readings, strict=True)]
        name = f"DEBAGREEMENT test.csv, pairs cut to {length} tokens ({ms:.1f} ms/pair)"
        rows.append((name, "classifier only", len(test), *scores(gold, classifier)))
        rows.append((name, "argmap (cues + classifier)", len(test), *scores(gold, argmap)))
    return rows


#: CMV relation labels across comments, as argmap message stances.
CMV_POLARITY = {
    "agreement": "agree",
    "partial_agreement": "agree",
    "support": "agree",
    "understand": "agree",
    "disagreement": "rebut",
    "partial_disagreement": "rebut",
    "attack": "rebut",
    "partial_attack": "rebut",
    "rebuttal": "rebut",
    "rebuttal_attack": "rebut",
    "undercutter": "rebut",
    "undercutter_attack": "rebut",
}


def cmv_threads(folder: Path) -> list[tuple[str, list]]:
    """Each CMV thread file as (name, messages): the OP then the reply chain, each comment
    answering the one before it."""
    from argmap.model import Message

    threads = []
    for side in ("positive", "negative"):
        for meta in sorted((folder / "v2.0" / side).glob("*.metadata.txt")):
            number = meta.name.split(".")[0]
            text = (meta.parent / f"{number}.txt").read_text(encoding="utf-8")
            thread = f"{side}/{number}"
            messages = []
            for line in meta.read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if not parts or parts[0] != "Content":
                    continue
                comment, author, start, end = parts[1], parts[2], int(parts[3]), int(parts[4])
                start = 0 if not messages else start
                parent = messages[-1].id if messages else None
                messages.append(
                    Message(
                        f"{thread}#{comment}",
                        thread,
                        "comment" if parent else "post",
                        author,
                        None,
                        parent,
                        text[start:end].strip(),
                    )
                )
            threads.append((thread, messages))
    return threads


def cmv_rows(folder: Path):
    """Do argmap's agree/rebut links join the comment pairs the annotators linked, with
    the annotators' polarity (majority of their cross-comment relations per pair)?"""
    from collections import Counter, defaultdict

    from argmap.claims import extract_claims
    from argmap.nlp import load_pipeline, parse_texts
    from argmap.relations import find_relations

    gold_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    with open(folder / "relations.tsv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["scope"] == "cross_post" and row["label"] in CMV_POLARITY:
                key = (
                    f"{row['thread']}#{row['src_comment_id']}",
                    f"{row['thread']}#{row['tgt_comment_id']}",
                )
                gold_votes[key][CMV_POLARITY[row["label"]]] += 1
    gold = {pair: votes.most_common(1)[0][0] for pair, votes in gold_votes.items()}
    nlp = load_pipeline()
    found: dict[tuple[str, str], str] = {}
    for _, messages in cmv_threads(folder):
        docs = list(parse_texts((m.text for m in messages), nlp))
        claims = extract_claims(messages, docs)
        for r in find_relations(messages, claims, docs):
            if r.kind in ("agree", "rebut"):
                found[(r.source, r.target)] = r.kind
    linked = [pair for pair in gold if pair in found]
    right = sum(found[pair] == gold[pair] for pair in linked)
    majority = Counter(gold.values()).most_common(1)[0]
    name = "CMV threads, annotated cross-comment pairs"
    return [
        (
            name,
            f"argmap links the pair (either polarity): {len(linked)}/{len(gold)}",
            len(gold),
            len(linked) / len(gold),
            "-",
        ),
        (
            name,
            "argmap polarity right, among linked pairs",
            len(linked),
            right / max(1, len(linked)),
            "-",
        ),
        (name, f"majority polarity ({majority[0]})", len(gold), majority[1] / len(gold), "-"),
    ]


def perspectrum_rows(path: Path) -> list[tuple[str, str, int, float, float]]:
    """Perspectrum dev (never trained on): does the perspective support or undermine the
    claim? ``argmap.stance(claim, perspective)`` as it answers (agree → support, rebut →
    undermine, none → wrong), the pair model alone choosing between agree and rebut, the
    majority label of train and TF-IDF + LR trained on train."""
    import json

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    train = [(r["claim"], r["perspective"], r["label"]) for r in rows if r["split"] == "train"]
    dev = [(r["claim"], r["perspective"], r["label"]) for r in rows if r["split"] == "dev"]
    gold = [label for _, _, label in dev]
    majority = max(("support", "undermine"), key=[lb for _, _, lb in train].count)
    variants = argmap_variants(dev)
    as_label = {"agree": "support", "rebut": "undermine", "none": "none"}
    two_way = ["support" if p[2] >= p[0] else "undermine" for p in variants["_probabilities"]]
    name = "Perspectrum dev (claim, perspective)"
    return [
        (name, f"majority baseline ({majority})", len(dev), *scores(gold, [majority] * len(gold))),
        (name, "TF-IDF + LR trained on train", len(dev), *scores(gold, tfidf_baseline(train, dev))),
        (
            name,
            "argmap.stance (none counts wrong)",
            len(dev),
            *scores(gold, [as_label[x] for x in variants["argmap (cues + classifier)"]]),
        ),
        (name, "pair model, agree vs rebut", len(dev), *scores(gold, two_way)),
    ]


#: AIFdb relation types as claim-link kinds; rephrase (2) pairs are left out of the
#: three-way support / attack / none score.
AIFDB_KINDS = {"0": "support", "1": "attack", "3": "none"}


def read_aifdb(path: Path) -> list[tuple[str, str, str]]:
    """(conclusion t2, premise t1, support|attack|none) of one AIFdb relations file."""
    with open(path, newline="", encoding="utf-8") as f:
        return [
            (row["t2"], row["t1"], AIFDB_KINDS[row["type"]])
            for row in csv.DictReader(f, delimiter="\t")
            if row["type"] in AIFDB_KINDS
        ]


def us2016_rows(folder: Path) -> list[tuple[str, str, int, float, float]]:
    """US2016 ``test.tsv`` (never trained on): support / attack / none between two
    propositions, as argmap's claim-link judgement decides them, beside the majority and
    TF-IDF + LR trained on the six Moral Maze files."""
    from argmap.relations.claim_links import judge_claim_pairs

    test = read_aifdb(folder / "test.tsv")
    train = [p for f in sorted(folder.glob("*_m_relations.tsv")) for p in read_aifdb(f)]
    gold = [label for _, _, label in test]
    majority = max(set(gold), key=[lb for _, _, lb in train].count)
    judged = judge_claim_pairs([(t, s) for t, s, _ in test], replying=True)
    name = "US2016 test.tsv support / attack / none"
    return [
        (name, f"majority baseline ({majority})", len(test), *scores(gold, [majority] * len(gold))),
        (
            name,
            "TF-IDF + LR trained on Moral Maze",
            len(test),
            *scores(gold, tfidf_baseline(train, test)),
        ),
        (name, "argmap claim-link judgement", len(test), *scores(gold, [j[0] for j in judged])),
    ]


ANNOTATIONS = Path(__file__).parent / "annotations"


def _page_maps(shared: Path, pages: set[str]) -> dict:
    """Each page mapped alone, as ``argmap inspect --json PAGE`` maps it (ids t1/mN): its
    claims and relations, as :func:`argmap.analysis.join_threads` links them (the later
    stages, which do not change relations, are not run)."""
    return {page: _map_page(shared / "pages" / page) for page in sorted(pages)}


def _map_page(path: Path):
    from types import SimpleNamespace

    from argmap.analysis import analyse_thread
    from argmap.api import assemble
    from argmap.ingest import read_file
    from argmap.relations.link import link_claims

    _, raw_threads = read_file(path)
    threads, messages = assemble((str(path), raw) for raw in raw_threads)
    analyses = [
        analyse_thread(thread, [m for m in messages if m.thread == thread.id]) for thread in threads
    ]
    relations = link_claims(
        (r for a in analyses for r in a.relations),
        [f for a in analyses for f in a.features],
        messages=messages,
    )
    return SimpleNamespace(
        claims=[c for a in analyses for c in a.claims], relations=relations, messages=messages
    )


def blind_reply_rows(shared: Path, maps: dict) -> list[tuple[str, str, int, float, str]]:
    """The blind reply pairs: of the clear agree / rebut pairs, the share argmap links
    with the right kind, the share with the wrong kind; of the none pairs, the share it
    links either way."""
    import json

    pairs = [
        json.loads(line)
        for line in (ANNOTATIONS / "reply_pairs_blind.jsonl").read_text().splitlines()
    ]
    right = wrong = clear = none_pairs = none_linked = 0
    for pair in pairs:
        amap = maps[pair["page"]]
        kinds = {
            r.kind
            for r in amap.relations
            if (r.source, r.target) == (pair["reply"], pair["parent"])
            and r.kind in ("agree", "rebut")
        }
        if pair["label"] in ("agree", "rebut"):
            clear += 1
            right += pair["label"] in kinds
            wrong += bool(kinds - {pair["label"]})
        elif pair["label"] == "none":
            none_pairs += 1
            none_linked += bool(kinds)
    name = "Blind reply pairs (bench/annotations)"
    return [
        (name, "agree/rebut recall with the right kind", clear, right / clear, "-"),
        (name, "agree/rebut given the wrong kind", clear, wrong / clear, "-"),
        (name, "none pairs linked agree or rebut", none_pairs, none_linked / none_pairs, "-"),
    ]


#: Candidate bars for a reply's agree / rebut in the map (``MIN_RELATION_CONFIDENCE``).
REPLY_BARS = (0.5, 0.45, 0.4, 0.35, 0.3)


def reply_bar_rows(shared: Path) -> list[tuple[str, str, int, float, float]]:
    """How ``lexicon.MIN_RELATION_CONFIDENCE`` was chosen: on the dev reply pairs
    (``reply_pairs_dev.jsonl``, none a blind pair), each page mapped once with no bar, so
    every reply keeps the likelier of agree and rebut with its probability; then for each
    candidate bar, accuracy and macro-F1 over agree / rebut / none (unclear pairs left out),
    and in the method's name the recall of the agree / rebut pairs with the right kind and
    the share given the wrong kind."""
    import json

    from argmap.relations import lexicon

    pairs = [
        json.loads(line)
        for line in (ANNOTATIONS / "reply_pairs_dev.jsonl").read_text().splitlines()
        if json.loads(line)["label"] != "unclear"
    ]
    chosen = lexicon.MIN_RELATION_CONFIDENCE
    lexicon.MIN_RELATION_CONFIDENCE = 0.0
    try:
        maps = _page_maps(shared, {p["page"] for p in pairs})
    finally:
        lexicon.MIN_RELATION_CONFIDENCE = chosen
    leanings = {
        (page, r.source, r.target): (r.kind, r.confidence)
        for page, amap in maps.items()
        for r in amap.relations
        if r.kind in ("agree", "rebut")
    }
    gold = [p["label"] for p in pairs]
    clear = sum(label != "none" for label in gold)
    rows = []
    for bar in REPLY_BARS:
        predicted = []
        for pair in pairs:
            kind, probability = leanings.get((pair["page"], pair["reply"], pair["parent"]), ("", 0))
            predicted.append(kind if probability >= bar else "none")
        right = sum(g == p != "none" for g, p in zip(gold, predicted, strict=True))
        wrong = sum("none" != g != p != "none" for g, p in zip(gold, predicted, strict=True))
        method = (
            f"bar {bar}{' (shipped)' if bar == chosen else ''}: recall {right / clear:.3f}, "
            f"wrong kind {wrong / clear:.3f}"
        )
        rows.append(
            ("Dev reply pairs (bench/annotations)", method, len(pairs), *scores(gold, predicted))
        )
    return rows


def blind_claim_rows(shared: Path, maps: dict) -> list[tuple[str, str, int, float, str]]:
    """The blind claim pairs: for each kind argmap gives between the two sentences'
    claims, the share the reader gave the same kind (precision), and how many it gave."""
    import json
    from collections import Counter

    pairs = [
        json.loads(line)
        for line in (ANNOTATIONS / "claim_pairs_blind.jsonl").read_text().splitlines()
    ]
    given: Counter = Counter()
    correct: Counter = Counter()
    gold_count = Counter(p["label"] for p in pairs)
    covered = 0
    for pair in pairs:
        amap = maps[pair["page"]]
        sources = _claims_of(amap, pair["source_message"], pair["source_sentence"])
        targets = _claims_of(amap, pair["target_message"], pair["target_sentence"])
        covered += bool(sources and targets)
        kinds = set()
        for r in amap.relations:
            forward = r.source in sources and r.target in targets
            backward = r.source in targets and r.target in sources
            if (forward and r.kind in ("support", "attack")) or (
                (forward or backward) and r.kind == "restate"
            ):
                kinds.add(r.kind)
        for kind in kinds:
            given[kind] += 1
            correct[kind] += pair["label"] == kind
    name = "Blind claim pairs (bench/annotations)"
    rows = [
        (
            name,
            "pairs whose two sentences are both argmap claims",
            len(pairs),
            covered / len(pairs),
            "-",
        )
    ]
    for kind in ("support", "attack", "restate"):
        precision = correct[kind] / given[kind] if given[kind] else float("nan")
        rows.append(
            (
                name,
                f"{kind} precision ({correct[kind]}/{given[kind]} given)",
                given[kind],
                precision,
                "-",
            )
        )
        rows.append(
            (
                name,
                f"{kind} recall ({correct[kind]}/{gold_count[kind]} labelled)",
                gold_count[kind],
                correct[kind] / gold_count[kind],
                "-",
            )
        )
    return rows


def blind_judge_rows(maps: dict) -> list[tuple[str, str, int, float, str]]:
    """The claim judges alone, on the blind sentence pairs whatever the claim detector
    kept: restate where the sentence embeddings are as close as ``claim_links`` asks;
    otherwise the pair model's support / attack (the bar of a reply when the source's
    message answers the target's, else the stricter one)."""
    import json
    from collections import Counter

    from argmap.points.embed import encode
    from argmap.relations import lexicon
    from argmap.relations.claim_links import judge_claim_pairs

    pairs = [
        json.loads(line)
        for line in (ANNOTATIONS / "claim_pairs_blind.jsonl").read_text().splitlines()
    ]
    vectors = encode([p["source_sentence"] for p in pairs] + [p["target_sentence"] for p in pairs])
    cosines = (vectors[: len(pairs)] * vectors[len(pairs) :]).sum(axis=1)
    given: Counter = Counter()
    correct: Counter = Counter()
    for pair, cosine in zip(pairs, cosines, strict=True):
        parents = {m.id: m.parent for m in maps[pair["page"]].messages}
        replying = parents.get(pair["source_message"]) == pair["target_message"]
        if cosine >= lexicon.RESTATE_MIN_COSINE:
            kind = "restate"
        else:
            ((kind, _),) = judge_claim_pairs(
                [(pair["target_sentence"], pair["source_sentence"])], replying=replying
            )
        if kind != "none":
            given[kind] += 1
            correct[kind] += kind == pair["label"]
    name = "Blind claim pairs, the judges on the labelled sentences"
    return [
        (
            name,
            f"{kind} precision ({correct[kind]}/{given[kind]} given)",
            given[kind],
            correct[kind] / given[kind] if given[kind] else float("nan"),
            "-",
        )
        for kind in ("support", "attack", "restate")
    ]


def _claims_of(amap, message: str, sentence: str) -> set[str]:
    """Ids of the claims of ``message`` whose sentence overlaps ``sentence``."""
    wanted = " ".join(sentence.split())
    found = set()
    for claim in amap.claims:
        if claim.message != message:
            continue
        said = " ".join(claim.sentence.split())
        if said and (said in wanted or wanted in said):
            found.add(claim.id)
    return found


def blind_rows(shared: Path) -> list[tuple[str, str, int, float, str]]:
    import json

    pages = {
        json.loads(line)["page"]
        for name in ("reply_pairs_blind.jsonl", "claim_pairs_blind.jsonl")
        for line in (ANNOTATIONS / name).read_text().splitlines()
    }
    maps = _page_maps(shared, pages)
    return blind_reply_rows(shared, maps) + blind_claim_rows(shared, maps) + blind_judge_rows(maps)


def table(rows) -> str:
    lines = ["| data | method | pairs | accuracy | macro-F1 |", "|---|---|---|---|---|"]
    for data, method, n, accuracy, f1 in rows:
        acc = accuracy if isinstance(accuracy, str) else f"{accuracy:.3f}"
        mf1 = f1 if isinstance(f1, str) else f"{f1:.3f}"
        lines.append(f"| {data} | {method} | {n or '-'} | {acc} | {mf1} |")
    return "\n".join(lines)


def append_section(title: str, command: str, markdown: str) -> None:
    """Append a dated section with its command and table to ``BENCHMARKS.md``."""
    path = Path("BENCHMARKS.md")
    existing = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = (
        f"{platform.machine()}, {os.cpu_count()} shared cores, Python {platform.python_version()}"
    )
    section = (
        f"\n## {title}\n\nCommand: `{command}`  \nDate: {when}  \nMachine: {machine}\n\n"
        f"{markdown}\n"
    )
    atomic_write_text(path, existing.rstrip("\n") + "\n" + section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--no-append", action="store_true", help="print only")
    parser.add_argument(
        "--stance-lengths",
        type=int,
        nargs="+",
        help="only score DEBAGREEMENT test with pairs cut to these token lengths",
    )
    parser.add_argument("--stance-model", help="a stance model folder to score instead")
    parser.add_argument(
        "--sections", nargs="+", choices=SECTIONS, default=list(SECTIONS), help="what to score"
    )
    args = parser.parse_args(argv)
    if args.stance_model:
        from argmap.relations import classifier

        classifier.DATA_DIR = Path(args.stance_model)
    if args.stance_lengths:
        title = "Relations: stance pair length (--stance-tokens), accuracy and speed"
        rows = length_rows(Path(args.shared), args.stance_lengths)
    else:
        title = "Relations: reply stance and claim relations"
        rows = evaluate(Path(args.shared), args.sections)
    markdown = table(rows)
    print(markdown)
    if not args.no_append:
        append_section(
            title,
            "PYTHONPATH=src python " + " ".join(sys.argv),
            markdown,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
