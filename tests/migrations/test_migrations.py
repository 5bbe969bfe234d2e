"""Migrations apply from zero, and a second run applies nothing."""

from __future__ import annotations

import uuid

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from services.db.migrate import discover, migrate


def test_migrations_apply_from_zero_twice(admin_database_url):
    name = f"claimdesk_migrate_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_database_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = make_conninfo("", **{**conninfo_to_dict(admin_database_url), "dbname": name})
    try:
        first = migrate(url)
        assert first == [f"{m.version:04d}_{m.name}" for m in discover()]
        assert migrate(url) == []
        with psycopg.connect(url) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            }
        assert {"articles", "claims", "api_keys", "outbox", "evidence", "verdicts", "audit_events"} <= tables
    finally:
        with psycopg.connect(admin_database_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def test_migration_files_are_numbered_without_gaps():
    versions = [m.version for m in discover()]
    assert versions == list(range(1, len(versions) + 1))
