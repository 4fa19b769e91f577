"""Measure argmap's stance and relation judgements on human-labelled data.

* DEBAGREEMENT ``test.csv`` (held out: never trained or tuned on), reply vs parent:
  agree / neutral / disagree, argmap's ``none`` read as neutral. Beside it: the majority
  baseline, TF-IDF + logistic regression trained on ``dev.csv``, the cues alone, the
  classifier alone, and the published fine-tuned BERT-family accuracy (0.62-0.64 on the
  authors' own split).
* ``subreddit-agreement`` (both files): these pairs are in the classifier's training data,
  so the figures are training fit, not held-out accuracy.
* ``aifdb-us2016-moralmaze-relations/test.tsv``, support vs attack pairs only: argmap's
  stance of t1 toward t2 (agree → support, otherwise attack), beside the majority baseline.
* ``cmv-ampersand-threads`` end to end: argmap maps each annotated thread (the OP and its
  reply chain) and we check whether its agree/rebut links join the comment pairs the
  annotators linked, and with their polarity. The "accuracy" column holds those shares.

Prints a table and appends it to ``BENCHMARKS.md``::

    PYTHONPATH=src python bench/eval_relations.py --shared ../shared

``--stance-lengths 128 96 64`` scores only DEBAGREEMENT test, with pairs cut to each length
(what ``argmap map --stance-tokens N`` does), beside the classifier's time per pair.
``--stance-model DIR`` scores a candidate model folder (as ``bench/train_stance.py --out``
writes it) instead of the shipped one.
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


def read_aifdb_support_attack(path: Path) -> list[tuple[str, str, str]]:
    """(target t2, source t1, 'support'|'attack') for the inference and conflict pairs."""
    names = {"0": "support", "1": "attack"}
    with open(path, newline="", encoding="utf-8") as f:
        return [
            (row["t2"], row["t1"], names[row["type"]])
            for row in csv.DictReader(f, delimiter="\t")
            if row["type"] in names
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
    """Labels from the cues alone, the classifier alone, and both (argmap's default)."""
    from argmap.nlp import load_pipeline, parse_texts
    from argmap.relations.classifier import classify_pairs, labels
    from argmap.relations.cues import NONE, read_cues
    from argmap.relations.stance import combine

    nlp = load_pipeline()
    texts = [(target, reply) for target, reply, _ in pairs]
    readings = [
        read_cues(list(doc.sents), nlp) if len(doc) else NONE
        for doc in parse_texts((reply for _, reply in texts), nlp)
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


def evaluate(shared: Path) -> list[tuple[str, str, int, str, str]]:
    """Rows of (data set, method, pairs, accuracy, macro-F1)."""
    rows = []
    data = shared / "datasets"
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
    rows += aifdb_rows(data / "aifdb-us2016-moralmaze-relations/test.tsv")
    rows += cmv_rows(data / "cmv-ampersand-threads")
    print(f"argmap stance: {per_pair_ms:.1f} ms per DEBAGREEMENT pair (parse + cues + classifier)")
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


def aifdb_rows(path: Path):
    from argmap.relations.classifier import labels

    pairs = read_aifdb_support_attack(path)
    gold = [label for _, _, label in pairs]
    variants = argmap_variants(pairs)
    names = labels()
    predicted = []
    for p in variants["_probabilities"]:
        by_name = dict(zip(names, p, strict=True))
        predicted.append("support" if by_name["agree"] >= by_name["rebut"] else "attack")
    name = "US2016 test.tsv support vs attack"
    return [
        (name, "majority baseline (support)", len(pairs), *scores(gold, ["support"] * len(gold))),
        (name, "argmap stance (agree → support)", len(pairs), *scores(gold, predicted)),
    ]


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
    args = parser.parse_args(argv)
    if args.stance_model:
        from argmap.relations import classifier

        classifier.DATA_DIR = Path(args.stance_model)
    if args.stance_lengths:
        title = "Relations: stance pair length (--stance-tokens), accuracy and speed"
        rows = length_rows(Path(args.shared), args.stance_lengths)
    else:
        title = "Relations: reply stance and claim relations"
        rows = evaluate(Path(args.shared))
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
