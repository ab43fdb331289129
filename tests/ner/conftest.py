import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_data() -> Path:
    """``$RASD_SHARED/data`` or ``<repo>/../shared/data`` (rasd.resources.shared_dir semantics)."""
    env = os.environ.get("RASD_SHARED")
    return (Path(env) if env else REPO.parent / "shared") / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    d = shared_data()
    if not (d / "anercorp_camellab").is_dir():
        pytest.skip(f"shared data not found at {d} (set RASD_SHARED)")
    return d
