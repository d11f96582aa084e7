"""Shared fixtures: the seed reports and gold beside the clone, and databases built once."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop at once, saying why, rather than fail test after test on a missing file."""
    if not SEEDS.is_dir() or not GOLD.is_dir():
        pytest.exit(f"{SHARED}: no seeds/ and gold/ there; the end-to-end tests read the seed reports and "
                    "the gold facts from shared/ beside the clone (see the README)", returncode=4)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory):
    """The five seed reports extracted into a fresh database (path, database, summary)."""
    from minerals import runner
    from minerals.db import open_db

    assert SEEDS.is_dir(), f"the shared seeds are expected at {SEEDS}"
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    db = open_db(path)
    summary = runner.extract(db, [SEEDS])
    return path, db, summary


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """The bundled sample corpus extracted into a fresh database."""
    from corpus import SAMPLES
    from minerals import runner
    from minerals.db import open_db

    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    db = open_db(path)
    summary = runner.extract(db, [SAMPLES])
    return path, db, summary
