"""The outbox relay process: ``python -m workers.relay`` (``claimdesk relay``).

It wires the relay service to this Celery app's publisher; the relay itself lives in
services.outbox.relay and knows nothing of Celery.
"""

from __future__ import annotations

import logging
import signal
import threading
from typing import Any

from services.db.pool import open_pool
from services.outbox.relay import Relay
from workers.celery_app import app as celery
from workers.celery_app import settings


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s relay %(levelname)s %(message)s")
    if not settings.database_url:
        raise SystemExit("CLAIMDESK_DATABASE_URL is not set")
    pool = open_pool(settings.database_url, min_size=1, max_size=2, name="relay")

    def publish(task: str, args: list[Any], task_id: str) -> None:
        celery.send_task(task, args=args, task_id=task_id, queue=settings.queue_name, retry=False)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    relay = Relay(
        pool,
        publish,
        stale_after_seconds=settings.stale_after_seconds,
        interval=settings.relay_interval_seconds,
    )
    try:
        relay.run(stop)
    finally:
        pool.close()


if __name__ == "__main__":
    main()
