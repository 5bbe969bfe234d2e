"""Thin task wrappers: ids in, a service call, nothing else."""

from __future__ import annotations

from uuid import UUID

from workers.celery_app import app, ensure_state


@app.task(
    name="articles.extract_article",
    autoretry_for=(Exception,),
    retry_backoff=True,
    retry_backoff_max=60,
    max_retries=5,
)
def extract_article(article_id: str) -> str:
    from services.claims.extraction import run_extraction

    worker = ensure_state()
    assert worker.pool is not None
    return run_extraction(worker.pool, worker.deps, UUID(article_id))
