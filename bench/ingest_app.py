"""The API as served, plus one bare endpoint on the same stack that does a single INSERT.

The bare endpoint is the baseline of bench/ingest.py: same uvicorn, FastAPI, pool and Postgres,
none of ClaimDesk's work (auth, validation, dedup, outbox).
"""

from __future__ import annotations

from fastapi import FastAPI, Request

from services.api.app import create_app
from services.api.deps import state_of


def create_bench_app() -> FastAPI:
    app = create_app()

    @app.post("/bench/bare", status_code=202)
    async def bare(request: Request) -> dict[str, str]:
        body = await request.body()
        state = state_of(request)

        def insert() -> None:
            with state.pool.connection() as conn:
                conn.execute("INSERT INTO bench_bare (body) VALUES (%s)", (body.decode(),))

        from starlette.concurrency import run_in_threadpool

        await run_in_threadpool(insert)
        return {"status": "ok"}

    return app
