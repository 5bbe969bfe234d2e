"""Keyset cursors round-trip and refuse anything the API did not hand out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from services.errors import BadRequest
from services.pagination import decode_cursor, encode_cursor


def test_round_trip():
    key = (0.75, datetime(2025, 5, 11, 12, 30, tzinfo=UTC), uuid.uuid4())
    cursor = encode_cursor(*key)
    assert "=" not in cursor
    assert decode_cursor(cursor, float, datetime.fromisoformat, uuid.UUID) == key


FOREIGN = ["%%%", "bm90IGpzb24", encode_cursor(1.0, "x"), encode_cursor("a", "b", "c")]


@pytest.mark.parametrize("cursor", FOREIGN)
def test_foreign_cursors_are_400(cursor):
    with pytest.raises(BadRequest):
        decode_cursor(cursor, float, datetime.fromisoformat, uuid.UUID)
