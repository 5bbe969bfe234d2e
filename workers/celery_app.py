"""The Celery app: Redis broker, JSON only, late acks, one message per process at a time.

Settings are read once here (module import in the worker and relay processes) and again in
``worker_process_init`` to build each pool process's own database pool and engine.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from celery import Celery
from celery.signals import worker_process_init, worker_process_shutdown
from psycopg_pool import ConnectionPool

from services.settings import Settings

log = logging.getLogger(__name__)


def broker_url(settings: Settings) -> str:
    if not settings.redis_url:
        raise RuntimeError("CLAIMDESK_REDIS_URL is not set (claimdesk up sets it for the embedded Redis)")
    return settings.redis_url


def make_celery(settings: Settings) -> Celery:
    tasks = ["workers.extraction_tasks", "workers.review_tasks"]
    app = Celery("claimdesk", broker=broker_url(settings), include=tasks)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        task_ignore_result=True,
        result_backend=None,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_soft_time_limit=settings.task_soft_time_limit,
        task_time_limit=settings.task_time_limit,
        task_default_queue=settings.queue_name,
        broker_transport_options={
            "visibility_timeout": settings.broker_visibility_timeout,
            "socket_timeout": 5,
            "socket_connect_timeout": 5,
        },
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=5,
        task_publish_retry=False,
        worker_hijack_root_logger=False,
        worker_send_task_events=True,
        task_send_sent_event=False,
    )
    from services.review.policy import ReviewPolicy

    sweep_every = ReviewPolicy().lease_sweep_seconds
    app.conf.beat_schedule = {
        **(app.conf.beat_schedule or {}),
        "review-sweep-expired-leases": {
            "task": "review.sweep_expired_leases",
            "schedule": sweep_every,
            "options": {"expires": sweep_every},
        },
    }
    return app


settings = Settings()
app = make_celery(settings)


@dataclass
class WorkerState:
    """What one pool process builds once: its database pool and the extraction engine."""

    pool: ConnectionPool | None = None
    deps: Any = None


state = WorkerState()


def ensure_state() -> WorkerState:
    if state.pool is None:
        from services.articles.fetching import FetchPolicy
        from services.claim_extraction import ENGINE_VERSION, load_engine
        from services.claims.extraction import ExtractionDeps
        from services.db.pool import open_pool

        if not settings.database_url:
            raise RuntimeError("CLAIMDESK_DATABASE_URL is not set")
        state.pool = open_pool(settings.database_url, min_size=1, max_size=4, name="worker")
        state.deps = ExtractionDeps(
            engine=load_engine(settings.spacy_model),
            engine_version=ENGINE_VERSION,
            fetch_policy=FetchPolicy(
                allow_private=settings.allow_private_urls,
                timeout_seconds=settings.fetch_timeout_seconds,
                max_bytes=settings.fetch_max_bytes,
                max_redirects=settings.fetch_max_redirects,
                user_agent=settings.user_agent,
            ),
            min_checkworthiness=settings.min_checkworthiness,
        )
    return state


@worker_process_init.connect
def _init_process(**_: Any) -> None:
    ensure_state()


@worker_process_shutdown.connect
def _close_process(**_: Any) -> None:
    if state.pool is not None:
        state.pool.close()
        state.pool = None
