"""ArgKP-2021 read in place: crowd arguments per topic and stance, with their gold key points.

Shared by ``bench/train_keypoints.py`` (which learns from train) and
``bench/eval_keypoints.py`` (which scores on dev). An argument matches zero, one or (rarely)
two expert key points; the labels file says which. Nothing here is copied into the repo.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Debate", "read_debates", "recovered", "v_measure"]

ARGKP = "datasets/argkp-2021"


@dataclass
class Debate:
    """The arguments of one topic and stance, with the key points each one matches."""

    topic: str
    stance: int
    texts: list[str] = field(default_factory=list)
    #: Per argument, the ids of the key points it matches (empty: none of them).
    matches: list[list[str]] = field(default_factory=list)
    #: Key point id -> the expert's words.
    key_points: dict[str, str] = field(default_factory=dict)

    def single_labels(self) -> dict[int, str]:
        """Argument index -> key point, for the arguments that match exactly one."""
        return {i: kps[0] for i, kps in enumerate(self.matches) if len(kps) == 1}

    def members(self, key_point: str) -> set[int]:
        """Indices of the arguments that match ``key_point``."""
        return {i for i, kps in enumerate(self.matches) if key_point in kps}


def read_debates(shared: Path, split: str) -> list[Debate]:
    """The debates of ``split`` ("train" or "dev"), in file order."""
    folder = Path(shared) / ARGKP
    matched: dict[str, list[str]] = defaultdict(list)
    with open(folder / f"labels_{split}.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["label"] == "1":
                matched[row["arg_id"]].append(row["key_point_id"])
    debates: dict[tuple[str, int], Debate] = {}
    with open(folder / f"key_points_{split}.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["topic"], int(row["stance"]))
            debate = debates.setdefault(key, Debate(*key))
            debate.key_points[row["key_point_id"]] = row["key_point"]
    with open(folder / f"arguments_{split}.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["topic"], int(row["stance"]))
            debate = debates.setdefault(key, Debate(*key))
            debate.texts.append(row["argument"].strip())
            debate.matches.append(sorted(matched.get(row["arg_id"], [])))
    return list(debates.values())


def v_measure(debate: Debate, groups: list[list[int]]) -> float:
    """V-measure of ``groups`` (a partition of the debate's arguments) against the gold key
    points, over the arguments that match exactly one key point."""
    from sklearn.metrics import v_measure_score

    label_of = {i: k for k, group in enumerate(groups) for i in group}
    gold = debate.single_labels()
    rows = sorted(gold)
    return float(v_measure_score([gold[i] for i in rows], [label_of[i] for i in rows]))


def recovered(debate: Debate, groups: list[list[int]], min_members: int = 3) -> tuple[int, int]:
    """(recovered, counted): of the gold key points with at least ``min_members`` matching
    arguments, how many have a predicted point (a group of two or more) whose members match
    theirs with F1 >= 0.5. Members are compared over the arguments that match some key
    point: one that matches none has no gold place to be right or wrong about."""
    matched = {i for i, kps in enumerate(debate.matches) if kps}
    points = [set(g) & matched for g in groups if len(g) >= 2]
    found = counted = 0
    for key_point in debate.key_points:
        gold = debate.members(key_point)
        if len(gold) < min_members:
            continue
        counted += 1
        best = max((2 * len(p & gold) / (len(p) + len(gold)) for p in points if p), default=0.0)
        found += best >= 0.5
    return found, counted
