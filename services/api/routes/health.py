"""Liveness and readiness: the only endpoints that need no key."""

from __future__ import annotations

import redis
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.api.deps import State

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
def readyz(state: State) -> JSONResponse:
    checks: dict[str, str] = {}
    try:
        with state.pool.connection(timeout=2) as conn:
            conn.execute("SELECT 1")
        checks["postgres"] = "ok"
    except Exception as exc:
        checks["postgres"] = f"error: {type(exc).__name__}"
    try:
        client = redis.Redis.from_url(
            state.settings.redis_url or "", socket_timeout=2, socket_connect_timeout=2
        )
        try:
            client.ping()
        finally:
            client.close()
        checks["redis"] = "ok"
    except Exception as exc:
        checks["redis"] = f"error: {type(exc).__name__}"
    ready = all(v == "ok" for v in checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks}
    if ready:
        return JSONResponse(body)
    return JSONResponse(
        {"type": "about:blank", "title": "Service Unavailable", "status": 503, **body},
        status_code=503,
        media_type="application/problem+json",
    )
