"""Labelled claim data from ``../shared/datasets``, read in place, and the detector recipe.

Shared by ``train_claims.py`` (which writes the shipped detector) and ``eval_claims.py``
(which measures it, and re-trains the same recipe leave-one-topic-out for UKP).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold

from argmap.claims.detector import Detector, Detectors
from argmap.claims.extract import extract_claims
from argmap.claims.features import sentence_features
from argmap.ingest.html_tools import shown_markup_read
from argmap.model import Claim, Message, unfenced
from argmap.nlp import load_pipeline, parse_texts

__all__ = [
    "DATASETS",
    "REGULARISATIONS",
    "Row",
    "ToulminDoc",
    "annotated_claims",
    "annotated_messages",
    "annotated_texts",
    "argues_rows",
    "cdcp_rows",
    "claim_f1",
    "cmv_rows",
    "fit_detector",
    "fit_detector_cv",
    "macro_f1",
    "match_claims",
    "mean_macro_f1",
    "parse_rows",
    "spans_overlap",
    "toulmin_docs",
    "ukp_rows",
]

csv.field_size_limit(sys.maxsize)

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
PAGES = DATASETS.parent / "pages"
#: Candidate inverse regularisation strengths of the logistic regression; the recipe picks
#: one, with the threshold, by 5-fold cross-validation on its own training rows.
REGULARISATIONS = (0.03, 0.1, 0.3)
#: CDCP proposition types that are claims (a judgement or a course of action); fact,
#: testimony and reference propositions are not.
CDCP_CLAIM_TYPES = frozenset({"value", "policy"})
#: CDCP proposition types the ``testimony`` model learns to find (against all others).
TESTIMONY_TYPES = frozenset({"testimony"})
#: claimtrain/claimdev rows have no comment ids; blocks of this many rows stand for one.
CMV_GROUP_ROWS = 10
#: Cross-validation folds for picking the regularisation and threshold.
FOLDS = 5
#: Features seen in fewer training sentences than this are dropped (keeps the file small).
MIN_FEATURE_COUNT = 3
#: Weights smaller than this are left out of the shipped file (they change no decision).
MIN_WEIGHT = 0.002
#: Candidate probability thresholds; the one with the best cross-validated macro-F1 on the
#: training data is stored with the weights.
THRESHOLDS = tuple(round(0.10 + 0.02 * i, 2) for i in range(36))


@dataclass
class Row:
    """One labelled sentence: its source, topic, text and whether it argues."""

    source: str
    topic: str
    text: str
    label: bool
    features: set[str] | None = None


@dataclass
class ToulminDoc:
    """A token-labelled document: tokens and their BIO tags."""

    tokens: list[str]
    tags: list[str]


def cmv_rows(name: str) -> list[Row]:
    """``cmv-ampersand-pairs/<name>``: label 1 (claim) or 2 (premise) argues, 0 does not.

    The file has no comment ids; rows in file order are grouped by blocks of
    ``CMV_GROUP_ROWS`` so that cross-validation keeps neighbouring sentences together.
    """
    path = DATASETS / "cmv-ampersand-pairs" / name
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row("cmv", f"cmv{i // CMV_GROUP_ROWS}", text, label != "0")
            for i, (text, label) in enumerate(reader)
        ]


def ukp_rows() -> list[Row]:
    """``ukp-sentential-argmin/test.tsv``: Argument_for/against argue, NoArgument does not."""
    path = DATASETS / "ukp-sentential-argmin" / "test.tsv"
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row("ukp", r["topic"], r["sentence"], r["annotation"] != "NoArgument") for r in reader
        ]


def cdcp_rows(positive: frozenset[str] = CDCP_CLAIM_TYPES) -> list[Row]:
    """``cdcp-train/train.jsonl``: one row per proposition, grouped by comment; by default
    value and policy propositions are claims, fact, testimony and reference ones are not
    (``positive``: the types labelled true)."""
    rows = []
    path = DATASETS / "cdcp-train" / "train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        comment = json.loads(line)
        for proposition in comment["propositions"]:
            text = proposition["text"].strip()
            if text:
                label = proposition["type"] in positive
                rows.append(Row("cdcp", comment["id"], text, label))
    return rows


def cmv_thread_rows(excluded: Iterable[str] = ()) -> list[Row]:
    """``cmv-ampersand-threads``: each claim, premise or main-claim span argues; the
    sentences of the comments' text outside any span do not. Grouped by original post.

    Rows whose text overlaps a sentence of ``excluded`` (claimdev.tsv, cut from the same
    threads) are left out, so the dev figures stay on sentences never trained on.
    """
    banned = [_normal(t) for t in excluded]
    rows: list[Row] = []
    seen: set[str] = set()
    for thread in sorted((DATASETS / "cmv-ampersand-threads" / "v2.0").glob("*/*.txt")):
        if thread.name.endswith(".metadata.txt"):
            continue
        source = _cmv_thread_source(thread)
        text = thread.read_text(encoding="utf-8")
        spans = _brat_spans(thread.with_suffix(".ann"))
        for piece, argues in _labelled_pieces(text, spans):
            key = _normal(piece)
            if key in seen or any(key in b or b in key for b in banned if b):
                continue
            seen.add(key)
            rows.append(Row("cmv-threads", source, piece, argues))
    return rows


def toulmin_rows(names: Iterable[str] = ("train.txt", "dev.txt")) -> list[Row]:
    """``web-discourse-toulmin``: a sentence argues when most of its tokens lie in a
    component (claim, premise, backing, rebuttal, refutation). Grouped by document."""
    rows = []
    for name in names:
        for number, doc in enumerate(toulmin_docs(name)):
            rows.extend(_bio_sentences(doc.tokens, doc.tags, "toulmin", f"{name}{number}"))
    return rows


def essay_rows() -> list[Row]:
    """``persuasive-essays-aaec``: a sentence argues when most of its tokens lie in a major
    claim, claim or premise. Grouped by paragraph."""
    path = DATASETS / "persuasive-essays-aaec" / "test_paragraph_level.tsv"
    rows: list[Row] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            fields = line.split("\t")
            tokens.append(fields[1])
            tags.append(fields[-1])
        elif tokens:
            rows.extend(_bio_sentences(tokens, tags, "essays", f"p{len(rows)}"))
            tokens, tags = [], []
    return rows


def microtext_rows() -> list[Row]:
    """``arg-microtexts``: every elementary unit of these short argumentative texts is an
    argument unit (pro or opponent), so every row argues. Grouped by text."""
    rows = []
    for path in sorted((DATASETS / "arg-microtexts" / "en").glob("*.xml")):
        for edu in ElementTree.parse(path).getroot().iter("edu"):
            text = (edu.text or "").strip()
            if text:
                rows.append(Row("microtexts", path.stem, text, True))
    return rows


def argues_rows() -> list[Row]:
    """The sets the ``argues`` detector learns from: sentences labelled claim or premise
    against none (never UKP, which is only evaluated leave-one-topic-out, nor any test or
    dev split). CDCP is left out: all its propositions are argument units."""
    dev_texts = [r.text for r in cmv_rows("claimdev.tsv")]
    return [
        *cmv_rows("claimtrain.tsv"),
        *cmv_thread_rows(dev_texts),
        *toulmin_rows(),
        *essay_rows(),
        *microtext_rows(),
    ]


def toulmin_docs(name: str) -> list[ToulminDoc]:
    """``web-discourse-toulmin/<name>``: one token a line, a blank line between documents."""
    docs: list[ToulminDoc] = [ToulminDoc([], [])]
    path = DATASETS / "web-discourse-toulmin" / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if docs[-1].tokens:
                docs.append(ToulminDoc([], []))
            continue
        token, tag = line.split("\t")
        docs[-1].tokens.append(token)
        docs[-1].tags.append(tag)
    return [d for d in docs if d.tokens]


def _bio_sentences(tokens: list[str], tags: list[str], source: str, group: str) -> list[Row]:
    """Cut a BIO-tagged token run at sentence-final marks; label each sentence by whether
    at least half its tokens are inside a component."""
    rows, start = [], 0
    for i, token in enumerate(tokens):
        if token in (".", "!", "?") or i == len(tokens) - 1:
            words, inside = tokens[start : i + 1], tags[start : i + 1]
            if len(words) >= 3:
                argues = sum(t != "O" for t in inside) * 2 >= len(inside)
                rows.append(Row(source, group, _detokenised(words), argues))
            start = i + 1
    return rows


def _detokenised(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r" ([.,;:!?%)]|n't|'s|'re|'ll|'m|'ve|'d)", r"\1", text).replace("( ", "(")


def _cmv_thread_source(thread: Path) -> str:
    """The original post's URL, which ``positive/N`` and ``negative/N`` share."""
    metadata = thread.with_name(thread.stem + ".metadata.txt")
    for line in metadata.read_text(encoding="utf-8").splitlines():
        if line.startswith("Source"):
            return line.split()[1].split("/comments/")[-1].split("/")[0]
    return thread.stem


def _brat_spans(path: Path) -> list[tuple[int, int]]:
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            kind_and_offsets = line.split("\t")[1].split()
            spans.append((int(kind_and_offsets[1]), int(kind_and_offsets[-1])))
    return sorted(spans)


def _labelled_pieces(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """The spans (arguing) and the sentences of the text between them (not arguing)."""
    position = 0
    for start, end in spans:
        if start < position:
            continue
        yield from ((s, False) for s in _plain_sentences(text[position:start]))
        yield text[start:end].strip(), True
        position = end
    yield from ((s, False) for s in _plain_sentences(text[position:]))


def _plain_sentences(text: str) -> list[str]:
    pieces = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in pieces if len(re.findall(r"[A-Za-z]+", p)) >= 3]


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def annotated_texts(records: list[dict]) -> list[str]:
    """The text of every message of an annotated claim set (``bench/annotations``), read
    from its page with argmap's readers, as the draw read it."""
    return [text for text, _language in annotated_messages(records)]


def annotated_messages(records: list[dict]) -> list[tuple[str, str | None]]:
    """The text and language of every message of an annotated claim set, read from its
    page with argmap's readers, as the draw read it. The language is the one argmap names
    when it maps the page (``argmap.language.message_languages`` over the message's
    thread): with the English pipeline only, a message in another language gets no claims."""
    pages: dict[str, dict[str, tuple[str, str | None]]] = {}
    read = []
    for record in records:
        if record["page"] not in pages:
            pages[record["page"]] = _page_messages(PAGES / record["page"])
        text, language = pages[record["page"]][record["message"]]
        if not _same_start(unfenced(text), record["text_start"]):
            raise SystemExit(f"{record['page']} {record['message']}: text differs from the draw")
        _sentences_as_read(record, text)
        read.append((text, language))
    return read


def _same_start(text: str, drawn_start: str) -> bool:
    """Whether the message still opens as it did when drawn. A message drawn while its
    reader still showed the tags of escaped HTML (the Disqus noscript fallback, read as
    HTML since) is compared without them."""
    if text.startswith(drawn_start):
        return True
    untagged = " ".join(_TAG_OR_CUT_TAG.sub("", drawn_start).split())
    return bool(untagged) and " ".join(text.split()).startswith(untagged.rsplit(" ", 1)[0])


def _sentences_as_read(record: dict, text: str) -> None:
    """Each annotated sentence (of a claim, or a not-claim) as the readers now show it,
    where it was copied while they still showed escaped HTML tags: the same words, read
    as that HTML. A sentence the text holds as it is stays as it is."""
    for claim in record["claims"]:
        claim["sentence"] = _as_read(claim["sentence"], text)
    record["not_claims"] = [_as_read(sentence, text) for sentence in record["not_claims"]]


def _as_read(sentence: str, text: str) -> str:
    if sentence in text:
        return sentence
    read = shown_markup_read(sentence)
    return read if read in text else sentence


#: An HTML tag, or one cut off at the end of a drawn message opening.
_TAG_OR_CUT_TAG = re.compile(r"<[^<>]*(?:>|$)")


def _page_messages(path: Path) -> dict[str, tuple[str, str | None]]:
    """Every message of a saved page by id, with the language argmap names for it."""
    from argmap.ingest import read_file
    from argmap.ingest.base import build_thread
    from argmap.language import message_languages

    _adapter, raw_threads = read_file(path)
    messages: dict[str, tuple[str, str | None]] = {}
    for number, raw in enumerate(raw_threads, start=1):
        thread, own = build_thread(raw, f"t{number}", str(path.relative_to(PAGES)))
        languages, _main = message_languages([m.text for m in own], thread.language)
        messages.update(
            (m.id, (m.text, language)) for m, language in zip(own, languages, strict=True)
        )
    return messages


def match_claims(text: str, gold: list[dict], claims: list[Claim]) -> list[tuple[dict, Claim]]:
    """One-to-one pairs of annotated and argmap claims whose sentences overlap."""
    candidates = []
    for g, item in enumerate(gold):
        start = text.find(item["sentence"])
        if start < 0:
            continue
        span = (start, start + len(item["sentence"]))
        words = set(item["text"].lower().split())
        for c, claim in enumerate(claims):
            if spans_overlap(span, claim.span):
                shared = len(words & set(claim.text.lower().split()))
                candidates.append((-shared, g, c))
    pairs, used_gold, used_claims = [], set(), set()
    for _, g, c in sorted(candidates):
        if g not in used_gold and c not in used_claims:
            used_gold.add(g)
            used_claims.add(c)
            pairs.append((gold[g], claims[c]))
    return pairs


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two character spans share at least half of the shorter one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def annotated_claims(
    texts: Sequence[str], docs: Sequence, detectors: Detectors
) -> list[list[Claim]]:
    """The claims ``detectors`` find in each annotated message (``docs`` are the parsed
    ``texts``), as the pipeline finds them."""
    messages = [Message(f"b{i}", "b", "comment", None, None, None, t) for i, t in enumerate(texts)]
    by_message: dict[str, list[Claim]] = {m.id: [] for m in messages}
    for claim in extract_claims(messages, docs, detectors):
        by_message[claim.message].append(claim)
    return [by_message[m.id] for m in messages]


def claim_f1(records: Sequence[dict], texts: Sequence[str], found: Sequence[list[Claim]]) -> float:
    """F1 of claim precision (argmap claims matched to an annotated one) and recall
    (annotated claims matched), with :func:`match_claims`."""
    hits = sum(
        len(match_claims(t, r["claims"], c)) for r, t, c in zip(records, texts, found, strict=True)
    )
    stated = sum(len(c) for c in found)
    gold = sum(len(r["claims"]) for r in records)
    return 2 * hits / (stated + gold) if stated + gold else 0.0


def parse_rows(rows: Sequence[Row]) -> list:
    """Parse every row's text once with argmap's pipeline; fill in its features."""
    docs = list(parse_texts((r.text for r in rows), load_pipeline()))
    for row, doc in zip(rows, docs, strict=True):
        row.features = sentence_features(doc[:])
    return docs


def fit_detector(
    rows: Sequence[Row], *, seed: int = 0, strengths: Sequence[float] = REGULARISATIONS
) -> tuple[Detector, dict[str, float]]:
    """:func:`fit_detector_cv` without the held-out probabilities."""
    detector, chosen, _ = fit_detector_cv(rows, seed=seed, strengths=strengths)
    return detector, chosen


def fit_detector_cv(
    rows: Sequence[Row], *, seed: int = 0, strengths: Sequence[float] = REGULARISATIONS
) -> tuple[Detector, dict[str, float], np.ndarray]:
    """The recipe: logistic regression on the rows' features, with its regularisation
    (among ``strengths``) and probability threshold picked by 5-fold cross-validation on the
    same rows, folds by document (comment, thread, topic) so no document is split between
    train and held-out.

    Every source (``Row.source``) weighs the same in the fit, however many rows it has, and
    the threshold maximises the mean of the sources' macro-F1, so no one corpus decides.
    Returns the detector, what was picked (``C``, ``threshold``, the CV macro-F1) and each
    row's held-out probability under the picked ``C``.
    Deterministic: the solver is liblinear and the folds are seeded.
    """
    vocabulary = _vocabulary(rows)
    matrix = _matrix(rows, vocabulary)
    labels = np.array([r.label for r in rows])
    sources = np.array([r.source for r in rows])
    weights = _source_weights(sources)
    folds = _folds(rows, matrix, labels, seed)
    best = (-1.0, 0.0, 0.0)
    held_out = {}
    for strength in strengths:
        probabilities = np.zeros(len(rows))
        for train, held in folds:
            model = _logistic(matrix[train], labels[train], weights[train], strength)
            probabilities[held] = model.predict_proba(matrix[held])[:, 1]
        held_out[strength] = probabilities
        for threshold in THRESHOLDS:
            score = mean_macro_f1(labels, probabilities >= threshold, sources)
            best = max(best, (score, strength, threshold))
    score, strength, threshold = best
    model = _logistic(matrix, labels, weights, strength)
    coefficients = {
        feature: round(float(w), 3)
        for feature, w in zip(vocabulary, model.coef_[0], strict=True)
        if abs(w) >= MIN_WEIGHT
    }
    coefficients["bias"] = round(float(model.intercept_[0]), 4)
    chosen = {"C": strength, "threshold": threshold, "cv_macro_f1": round(score, 4)}
    return Detector(dict(sorted(coefficients.items())), threshold), chosen, held_out[strength]


def _source_weights(sources: np.ndarray) -> np.ndarray:
    """Sample weights that give every source the same total weight (mean weight 1)."""
    names, counts = np.unique(sources, return_counts=True)
    per_source = {n: len(sources) / (len(names) * c) for n, c in zip(names, counts, strict=True)}
    return np.array([per_source[s] for s in sources])


def _folds(rows: Sequence[Row], matrix: csr_matrix, labels: np.ndarray, seed: int) -> list:
    """Cross-validation folds by document (``source`` + ``topic``), so the threshold is
    tuned on documents the model has not seen (as it will meet them); stratified by row
    when the rows name fewer documents than folds."""
    groups = np.array([f"{r.source}:{r.topic}" for r in rows])
    if len(set(groups)) >= FOLDS:
        return list(GroupKFold(n_splits=FOLDS).split(matrix, labels, groups))
    return list(StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(matrix, labels))


def macro_f1(gold: Iterable[bool], predicted: Iterable[bool]) -> float:
    """Mean of the F1 of the positive and of the negative class."""
    gold, predicted = list(gold), list(predicted)
    scores = []
    for positive in (True, False):
        tp = sum(g == positive and p == positive for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != positive and p == positive for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == positive and p != positive for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2


def mean_macro_f1(labels: np.ndarray, predicted: np.ndarray, sources: np.ndarray) -> float:
    """Mean macro-F1 over the sources that hold both classes (a source of positives only,
    such as the microtexts, says nothing about where the threshold should be)."""
    scores = [
        macro_f1(labels[sources == s], predicted[sources == s])
        for s in np.unique(sources)
        if len(set(labels[sources == s])) == 2
    ]
    return float(np.mean(scores))


def _vocabulary(rows: Sequence[Row]) -> list[str]:
    counts = Counter(f for r in rows for f in r.features or () if f != "bias")
    return sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)


def _matrix(rows: Sequence[Row], vocabulary: list[str]) -> csr_matrix:
    index = {f: i for i, f in enumerate(vocabulary)}
    indptr, indices = [0], []
    for row in rows:
        indices.extend(sorted({index[f] for f in row.features or () if f in index}))
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocabulary)))


def _logistic(
    matrix: csr_matrix, labels: np.ndarray, weights: np.ndarray, strength: float
) -> LogisticRegression:
    model = LogisticRegression(C=strength, solver="liblinear", max_iter=1000)
    return model.fit(matrix, labels, sample_weight=weights)
