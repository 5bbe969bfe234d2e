"""The psycopg 3 connection pool. Built once at an edge (create_app, worker init) and passed down."""

from __future__ import annotations

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool


def open_pool(
    url: str, *, min_size: int = 2, max_size: int = 20, name: str = "claimdesk", timeout: float = 30.0
) -> ConnectionPool:
    """Open a pool whose connections return rows as dicts.

    ``check`` validates a connection when it is taken, so a Postgres restart costs the next request
    a reconnect instead of an error. ``timeout`` is how long a caller waits for a connection before
    PoolTimeout (an OperationalError, which the API answers with 503).
    """
    pool = ConnectionPool(
        url,
        min_size=min_size,
        max_size=max_size,
        name=name,
        kwargs={"row_factory": dict_row, "autocommit": False},
        check=ConnectionPool.check_connection,
        timeout=timeout,
        reconnect_timeout=60,
        open=False,
    )
    pool.open(wait=True, timeout=30)
    return pool
