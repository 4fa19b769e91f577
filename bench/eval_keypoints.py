"""Score argmap's key points on ArgKP-2021 dev against two baselines, and time them.

Each of the 8 dev debates (4 topics x 2 stances) is grouped on its own, as argmap groups the
claims of one side of a thread. Two figures per method:

- V-measure of the grouping against the gold key points, over the arguments that match
  exactly one key point (all arguments are grouped; the others have no single gold place);
- key points recovered: the share of gold key points with 3 or more matching arguments
  that one predicted point (two members or more) matches with member F1 >= 0.5.

Methods, each cut chosen on ArgKP-2021 **train** (never on dev):

- ``tfidf``: TF-IDF vectors of the debate (English stop words, sublinear tf) and
  average-linkage clustering on cosine distance; shown at the cut with the best train
  V-measure, and at the cut with the best train V-measure + recovered (argmap's criterion);
- ``minilm``: the off-the-shelf all-MiniLM-L6-v2 vectors (``argmap.points.embed``) with the
  same clustering and argmap's criterion;
- ``argmap``: ``argmap.points.key_points``, the fine-tuned encoder at its shipped cut.

Cost: seconds to encode and group 1,000 and 10,000 sentences cut from the comments of the
saved pages (``bench/make_threads.py``), the size of the claims of a big thread::

    nice -n 5 .venv/bin/python bench/eval_keypoints.py --shared ../shared
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from keypoints_data import Debate, read_debates, recovered, v_measure

from argmap.points import embed
from argmap.points.group import group_vectors, key_points

#: Candidate cuts (cosine distance) for the baselines, chosen on train.
DISTANCES = [round(0.05 + 0.025 * k, 3) for k in range(38)]

Grouper = Callable[[Debate], list[list[int]]]


def tfidf_vectors(texts: list[str]):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    return np.asarray(matrix.todense(), dtype=np.float32)  # rows are L2-normalised


def score(debates: list[Debate], grouper: Grouper) -> tuple[float, float]:
    """(mean V-measure over debates, share of key points recovered)."""
    vs, found, counted = [], 0, 0
    for debate in debates:
        groups = grouper(debate)
        vs.append(v_measure(debate, groups))
        f, c = recovered(debate, groups)
        found, counted = found + f, counted + c
    return sum(vs) / len(vs), found / max(counted, 1)


def chosen_cuts(debates: list[Debate], vectorise) -> tuple[float, float]:
    """(cut with the best V-measure, cut with the best V-measure + recovered) on ``debates``."""
    cached = {id(d): vectorise(d.texts) for d in debates}
    scores = {
        distance: score(debates, lambda d, t=distance: group_vectors(cached[id(d)], t))
        for distance in DISTANCES
    }
    by_v = max(scores, key=lambda t: scores[t][0])
    by_both = max(scores, key=lambda t: sum(scores[t]))
    return by_v, by_both


def argmap_groups(debate: Debate) -> list[list[int]]:
    """argmap's key points plus every argument left out of them, alone."""
    points = [list(point.members) for point in key_points(debate.texts)]
    inside = {i for point in points for i in point}
    return points + [[i] for i in range(len(debate.texts)) if i not in inside]


def sentences(count: int, shared: Path) -> list[str]:
    """``count`` distinct sentences of 4 to 40 words: those of the saved pages' comments,
    then ArgKP-2021 arguments (the pages hold about 5,500)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from make_threads import comment_texts

    found: dict[str, None] = {}
    for text in comment_texts():
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            if 4 <= len(sentence.split()) <= 40:
                found[sentence.strip()] = None
    for split in ("train", "dev"):
        for debate in read_debates(shared, split):
            found.update(dict.fromkeys(debate.texts))
    if len(found) < count:
        raise SystemExit(f"only {len(found)} distinct sentences for --sizes {count}")
    return list(found)[:count]


def cost(count: int, shared: Path) -> tuple[float, float, float, int]:
    """(seconds to encode, CPU seconds to encode (all threads), seconds to group, points
    found) for ``count`` sentences. CPU seconds tell the cost on a busy machine too."""
    from argmap.points.group import default_distance, point_encoder

    texts = sentences(count, shared)
    point_encoder().encode(texts[:8])  # load the model outside the clock
    started, cpu_started = time.perf_counter(), time.process_time()
    vectors = point_encoder().encode(texts)
    encoded, cpu = time.perf_counter(), time.process_time() - cpu_started
    groups = group_vectors(vectors, default_distance())
    grouped = time.perf_counter()
    return encoded - started, cpu, grouped - encoded, sum(len(g) >= 2 for g in groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--no-baselines", action="store_true", help="argmap's rows only")
    args = parser.parse_args(argv)
    train = read_debates(Path(args.shared), "train")
    dev = read_debates(Path(args.shared), "dev")
    print("| method (ArgKP-2021 dev, 8 debates) | V-measure | key points recovered |")
    print("|---|---|---|")
    if not args.no_baselines:
        print_baselines(train, dev)
    v, r = score(dev, argmap_groups)
    print(f"| argmap.points.key_points (fine-tuned encoder, shipped cut) | {v:.3f} | {r:.2f} |")
    print()
    print("| sentences | encode s | encode CPU s | group s | s per 1,000 | points |")
    print("|---|---|---|---|---|---|")
    for count in args.sizes:
        encode_s, cpu_s, group_s, points = cost(count, Path(args.shared))
        per = (encode_s + group_s) / count * 1000
        print(
            f"| {count:,} | {encode_s:.2f} | {cpu_s:.2f} | {group_s:.2f} | {per:.2f} "
            f"| {points:,} |",
            flush=True,
        )
    return 0


def print_baselines(train: list[Debate], dev: list[Debate]) -> None:
    """The baselines' rows, each cut chosen on train."""
    tfidf_by_v, tfidf_by_both = chosen_cuts(train, tfidf_vectors)
    minilm_cut = chosen_cuts(train, embed.encode)[1]
    rows = [
        (f"tfidf, cut {tfidf_by_v} (best train V)", tfidf_vectors, tfidf_by_v),
        (f"tfidf, cut {tfidf_by_both} (best train V+rec)", tfidf_vectors, tfidf_by_both),
        (f"all-MiniLM-L6-v2, cut {minilm_cut} (best train V+rec)", embed.encode, minilm_cut),
    ]
    for name, vectorise, cut in rows:
        v, r = score(dev, lambda d, f=vectorise, t=cut: group_vectors(f(d.texts), t))
        print(f"| {name} | {v:.3f} | {r:.2f} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
