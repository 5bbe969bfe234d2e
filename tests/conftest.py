"""Shared fixtures: real Postgres and Redis, a migrated template database, keys, apps and processes.

CLAIMDESK_TEST_DATABASE_URL / CLAIMDESK_TEST_REDIS_URL point the tests at running services (CI sets
them to the machine's); without them the embedded Postgres and Redis are started for the session.
The migrated template is cloned into one database for this run (``database_url``); tests that need a
database of their own call ``make_database()``. Every test makes its own rows, so tests do not see
each other's data.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from schemas.keys import Role
from services.db.migrate import migrate
from services.db.pool import open_pool
from services.embedded import EmbeddedPostgres, EmbeddedRedis
from services.settings import Settings
from tests import factories
from tests.support import LiveStack

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def admin_database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = os.environ.get("CLAIMDESK_TEST_DATABASE_URL")
    if url:
        yield url
        return
    server = EmbeddedPostgres(tmp_path_factory.mktemp("pg"))
    yield server.start()
    server.stop()


def _with_dbname(url: str, dbname: str) -> str:
    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo("", **params)


@pytest.fixture(scope="session")
def make_database(admin_database_url: str) -> Iterator[Callable[[], str]]:
    """Clone the migrated template into a new database; all are dropped when the session ends."""
    suffix = uuid.uuid4().hex[:8]
    template = f"claimdesk_tpl_{suffix}"
    created: list[str] = []
    with psycopg.connect(admin_database_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(template)))
    migrate(_with_dbname(admin_database_url, template))

    def make() -> str:
        name = f"claimdesk_test_{suffix}_{len(created)}"
        with psycopg.connect(admin_database_url, autocommit=True) as admin:
            admin.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )
        created.append(name)
        return _with_dbname(admin_database_url, name)

    yield make
    with psycopg.connect(admin_database_url, autocommit=True) as admin:
        for name in [*created, template]:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="session")
def database_url(make_database: Callable[[], str]) -> str:
    return make_database()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = os.environ.get("CLAIMDESK_TEST_REDIS_URL")
    if url:
        yield url
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"), persist=False)
    yield server.start()
    server.stop()


@pytest.fixture(scope="session")
def settings(database_url: str, redis_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        redis_url=redis_url,
        queue_name=f"claimdesk-test-{uuid.uuid4().hex[:8]}",
        auth_cache_seconds=0,
        max_article_bytes=1_000_000,
    )


@pytest.fixture(scope="session")
def pool(database_url: str) -> Iterator[ConnectionPool]:
    pool = open_pool(database_url, min_size=1, max_size=8, name="tests")
    yield pool
    pool.close()


@pytest.fixture
def conn(database_url: str) -> Iterator[psycopg.Connection[Any]]:
    """A connection whose transaction is rolled back after the test."""
    with psycopg.connect(database_url, row_factory=dict_row) as connection:
        yield connection
        connection.rollback()


@pytest.fixture(scope="session")
def make_key(database_url: str) -> Callable[..., str]:
    """Create (and commit) an API key with the role; return its token."""

    def make(role: Role, name: str | None = None) -> str:
        return factories.make_key(database_url, role, name).token

    return make


@pytest.fixture(scope="session")
def api_client(settings: Settings) -> Iterator[Any]:
    """The app in-process (real Postgres) through Starlette's TestClient."""
    from fastapi.testclient import TestClient

    from services.api.app import create_app

    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def live_stack(settings: Settings, tmp_path: Path) -> Iterator[LiveStack]:
    """API (uvicorn), relay and Celery worker as real processes on this test's own queue."""
    stack = LiveStack(
        settings.model_copy(update={"queue_name": f"claimdesk-e2e-{uuid.uuid4().hex[:8]}"}), tmp_path
    )
    try:
        yield stack
    finally:
        stack.stop_all()
