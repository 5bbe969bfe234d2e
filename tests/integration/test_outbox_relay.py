"""The outbox relay against real Postgres, with a publisher that records or refuses."""

from __future__ import annotations

import uuid

from services.outbox import repository as outbox
from services.outbox.relay import Relay


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.sent: list[tuple[str, list, str]] = []
        self.fail = fail

    def __call__(self, task: str, args: list, task_id: str) -> None:
        if self.fail:
            raise ConnectionError("broker down")
        self.sent.append((task, args, task_id))


def pending_tasks(pool, marker: str) -> list[dict]:
    with pool.connection() as conn:
        return conn.execute(
            "SELECT id, published_at, attempts FROM outbox WHERE args->>0 = %s", (marker,)
        ).fetchall()


def test_rows_are_published_once_and_kept_when_the_broker_refuses(pool):
    marker = str(uuid.uuid4())
    with pool.connection() as conn:
        outbox.enqueue(conn, "tests.noop", [marker])
    down = Recorder(fail=True)
    Relay(pool, down, stale_after_seconds=3600).drain()
    row = pending_tasks(pool, marker)[0]
    assert row["published_at"] is None
    assert row["attempts"] == 1
    with pool.connection() as conn:  # the back-off delay has passed
        conn.execute("UPDATE outbox SET available_at = now() WHERE id = %s", (row["id"],))
    up = Recorder()
    relay = Relay(pool, up, stale_after_seconds=3600)
    relay.drain()
    relay.drain()
    mine = [s for s in up.sent if s[1] == [marker]]
    assert mine == [("tests.noop", [marker], f"outbox-{row['id']}")]
    assert pending_tasks(pool, marker)[0]["published_at"] is not None
