"""Opaque keyset cursors: the sort key of a page's last row, as base64url JSON."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from services.errors import BadRequest


def encode_cursor(*key: float | datetime | UUID | str) -> str:
    values = [v.isoformat() if isinstance(v, datetime) else str(v) if isinstance(v, UUID) else v for v in key]
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, *parsers: Callable[[Any], Any]) -> tuple[Any, ...]:
    """The key back, each part through its parser (``float``, ``datetime.fromisoformat``, ``UUID``)."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(values, list) or len(values) != len(parsers):
            raise ValueError("wrong shape")
        return tuple(parse(value) for parse, value in zip(parsers, values, strict=True))
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise BadRequest("the cursor is not one this API gave out") from exc


def split_page(
    rows: Sequence[dict[str, Any]], limit: int, *key: str
) -> tuple[list[dict[str, Any]], str | None]:
    """A page from ``limit + 1`` fetched rows and, when there is more, the cursor after its last row
    (the ``key`` columns of the sort order)."""
    page = list(rows[:limit])
    more = len(rows) > limit
    return page, encode_cursor(*(page[-1][column] for column in key)) if more else None
