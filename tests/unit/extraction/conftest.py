from __future__ import annotations

import pytest

from services.claim_extraction import Engine, load_engine


@pytest.fixture(scope="session")
def engine() -> Engine:
    return load_engine()
