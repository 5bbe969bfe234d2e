"""The psycopg 3 connection pool. Built once at an edge (create_app, worker init) and passed down."""

from __future__ import annotations

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool


def open_pool(
    url: str,
    *,
    min_size: int = 2,
    max_size: int = 20,
    name: str = "claimdesk",
    timeout: float = 30.0,
    check: bool = True,
) -> ConnectionPool:
    """Open a pool whose connections return rows as dicts.

    With ``check`` a connection is validated (one round trip) when it is taken, so a Postgres restart
    costs the next caller a reconnect instead of an error: right for workers and the relay. The API
    passes ``check=False``: on its hot path the round trip costs more than the rare 503 that a stale
    connection gives after a restart (the broken connection is then dropped, and nothing is lost).
    ``timeout`` is how long a caller waits for a connection before PoolTimeout (an
    OperationalError, which the API answers with 503).
    """
    pool = ConnectionPool(
        url,
        min_size=min_size,
        max_size=max_size,
        name=name,
        kwargs={"row_factory": dict_row, "autocommit": False},
        check=ConnectionPool.check_connection if check else None,
        timeout=timeout,
        reconnect_timeout=60,
        open=False,
    )
    pool.open(wait=True, timeout=30)
    return pool
