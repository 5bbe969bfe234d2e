"""Load named SQL from a domain's queries.sql.

A file holds blocks introduced by ``-- name: some_name``; each block is one statement with
psycopg named parameters (``%(param)s``). SQL is never built by string formatting.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import LiteralString, cast

_NAME = re.compile(r"^--\s*name:\s*(\w+)\s*$", re.MULTILINE)


class Queries:
    """Attribute access to the named statements of one file: ``q.insert_article``."""

    def __init__(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        parts = _NAME.split(text)
        self._sql: dict[str, LiteralString] = {}
        for name, body in zip(parts[1::2], parts[2::2], strict=True):
            sql = body.strip()
            if not sql:
                raise ValueError(f"{path}: query {name} is empty")
            if name in self._sql:
                raise ValueError(f"{path}: query {name} is defined twice")
            self._sql[name] = cast(LiteralString, sql)
        self.path = path

    def __getattr__(self, name: str) -> LiteralString:
        try:
            return self._sql[name]
        except KeyError:
            raise AttributeError(f"{self.path.name} has no query {name!r}") from None

    def names(self) -> list[str]:
        return sorted(self._sql)


def load(package_file: str) -> Queries:
    """Queries of the ``queries.sql`` next to the calling module: ``load(__file__)``."""
    return Queries(Path(package_file).with_name("queries.sql"))
