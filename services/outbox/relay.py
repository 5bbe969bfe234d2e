"""The outbox relay: publishes committed outbox rows to the broker, and re-publishes stuck work.

It polls every ``interval`` seconds (a partial-index scan; NOTIFY was dropped because it serialises
commits, see migration 0003). Rows are claimed with ``FOR UPDATE SKIP LOCKED``, so several relays
can run side by side. When the broker is
down, publishing fails, the rows stay pending with a growing delay, and go out once it is back.
Every few seconds the sweeper re-publishes articles that were published or claimed long ago and
are still unfinished (a lost message after a Redis restart, a worker killed mid-task).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from services.articles import repository as articles_repo
from services.articles.service import EXTRACT_TASK
from services.outbox import repository as repo

log = logging.getLogger(__name__)

Publish = Callable[[str, list[Any], str], None]
"""publish(task_name, args, task_id); raises when the broker cannot take it."""


class Relay:
    def __init__(
        self,
        pool: ConnectionPool,
        publish: Publish,
        *,
        stale_after_seconds: int,
        interval: float = 1.0,
        sweep_every: float = 5.0,
        batch: int = 200,
    ) -> None:
        self._pool = pool
        self._publish = publish
        self._stale_after = stale_after_seconds
        self._interval = interval
        self._sweep_every = sweep_every
        self._batch = batch

    def publish_pending(self) -> int:
        """Publish one batch of due rows; return how many went out."""
        with self._pool.connection() as conn:
            rows = repo.claim_batch(conn, self._batch)
            sent: list[int] = []
            for index, row in enumerate(rows):
                try:
                    self._publish(row["task"], row["args"], f"outbox-{row['id']}")
                except Exception as exc:
                    log.warning("broker refused outbox row %s: %s", row["id"], exc)
                    repo.mark_failed(conn, [r["id"] for r in rows[index:]], f"{type(exc).__name__}: {exc}")
                    break
                sent.append(row["id"])
            if sent:
                repo.mark_published(conn, sent)
        return len(sent)

    def sweep_stale(self) -> int:
        """Give unfinished articles whose message was lost (or whose worker died) a new outbox row."""
        with self._pool.connection() as conn:
            ids = articles_repo.stale_unfinished(conn, self._stale_after, self._batch)
            for article_id in ids:
                repo.enqueue(conn, EXTRACT_TASK, [str(article_id)])
            if ids:
                articles_repo.mark_enqueued(conn, ids)
                log.info("re-published %d stale article(s)", len(ids))
        return len(ids)

    def purge_published(self, older_than_seconds: int = 86_400) -> int:
        """Delete rows published more than a day ago (they are kept that long for inspection)."""
        with self._pool.connection() as conn:
            return repo.purge_published(conn, older_than_seconds)

    def drain(self) -> int:
        total = 0
        while True:
            sent = self.publish_pending()
            total += sent
            if sent < self._batch:
                return total

    def run(self, stop: threading.Event) -> None:
        """Loop until ``stop`` is set, surviving Postgres and broker restarts."""
        next_sweep = next_purge = 0.0
        backoff = 0.5
        while not stop.is_set():
            try:
                sent = self.drain()
                if time.monotonic() >= next_sweep:
                    self.sweep_stale()
                    next_sweep = time.monotonic() + self._sweep_every
                if time.monotonic() >= next_purge:
                    self.purge_published()
                    next_purge = time.monotonic() + 3600
                backoff = 0.5
                if not sent:
                    stop.wait(self._interval)
            except (psycopg.OperationalError, OSError) as exc:
                log.warning("relay lost the database (%s); retrying in %.1fs", exc, backoff)
                stop.wait(backoff)
                backoff = min(backoff * 2, 10.0)
            except Exception:
                log.exception("relay error; retrying")
                stop.wait(1.0)
