"""Periodic review maintenance: return expired leases to the queue (thin; the service does the work)."""

from __future__ import annotations

from workers.celery_app import app, ensure_state


@app.task(name="review.sweep_expired_leases", ignore_result=True, soft_time_limit=50, time_limit=60)
def sweep_expired_leases() -> int:
    from services.review.leases import sweep_expired
    from services.review.policy import ReviewPolicy

    worker = ensure_state()
    assert worker.pool is not None
    batch = ReviewPolicy().lease_sweep_batch
    total = 0
    while True:
        with worker.pool.connection() as conn:
            returned = sweep_expired(conn, batch)
        total += returned
        if returned < batch:
            return total
