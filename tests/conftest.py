"""Shared fixtures: the specimen and the shared corpus live beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SPECIMEN = SHARED / "examples" / "seed-article.txt"
FAKES = SHARED / "corpora" / "fa-kes-syria.csv"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def specimen_path() -> Path:
    if not SPECIMEN.exists():
        pytest.skip(f"{SPECIMEN} is absent")
    return SPECIMEN


@pytest.fixture(scope="session")
def fakes_path() -> Path:
    if not FAKES.exists():
        pytest.skip(f"{FAKES} is absent")
    return FAKES


@pytest.fixture(scope="session")
def specimen_events(specimen_path: Path):
    import polybius
    from polybius.pipeline import process

    article = next(polybius.read(specimen_path))
    result = next(process([article]))
    return article, result.events
