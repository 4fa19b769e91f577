"""The quality gate: argmap's accuracy on fixed slices of the shared data must not fall
below the floors pinned in ``bench/quality.py`` (each the figure recorded in BENCHMARKS.md
less the noise its slice allows). A change that makes claims, stance, key points or comment
reading worse than that fails CI; lowering a floor needs a measured reason in the commit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import quality

pytestmark = [pytest.mark.quality, pytest.mark.shared]


def test_claim_detection_keeps_its_floor(shared_dir: Path):
    assert quality.claim_macro_f1(shared_dir) >= quality.FLOORS["claims"]


def test_stance_keeps_its_floors(shared_dir: Path):
    figures = quality.stance_accuracy(shared_dir)
    assert figures["debagreement"] >= quality.FLOORS["stance debagreement"]
    assert figures["perspectrum"] >= quality.FLOORS["stance perspectrum"]


def test_key_point_grouping_keeps_its_floor(shared_dir: Path):
    assert quality.key_point_v_measure(shared_dir) >= quality.FLOORS["key points"]


def test_comment_reading_keeps_its_floors(shared_dir: Path):
    figures = quality.comment_reading(shared_dir)
    assert figures["word_recall"] >= quality.FLOORS["comments word recall"]
    assert figures["line_precision"] >= quality.FLOORS["comments line precision"]
    assert figures["false_alarms"] <= quality.FLOORS["comments false alarms"]


def test_every_floor_is_checked():
    names = {
        "claims",
        "stance debagreement",
        "stance perspectrum",
        "key points",
        "comments word recall",
        "comments line precision",
        "comments false alarms",
    }
    assert set(quality.FLOORS) == names
