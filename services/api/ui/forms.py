"""Form helpers: blank inputs are absent values; validation errors become one readable line."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError


def blank_to_none(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if isinstance(v, str) and not v.strip() else v) for k, v in fields.items()}


def validation_message(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error["loc"]) or "form"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)
