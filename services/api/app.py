"""create_app(): the FastAPI application, built from settings once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from services.api import problems
from services.api.deps import AppState
from services.api.limits import BodySizeLimit
from services.api.routes import articles, claims, health, review
from services.api.ui import routes as ui
from services.auth.service import Authenticator
from services.db.pool import open_pool
from services.review.policy import ReviewPolicy
from services.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    if not settings.database_url:
        raise RuntimeError("CLAIMDESK_DATABASE_URL is not set (claimdesk up sets it for embedded Postgres)")
    database_url = settings.database_url

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = open_pool(
            database_url,
            min_size=settings.db_pool_min,
            max_size=settings.db_pool_max,
            name="api",
            timeout=settings.db_pool_timeout_seconds,
            check=False,
        )
        app.state.claimdesk = AppState(
            settings=settings, pool=pool, authenticator=Authenticator(pool, ttl=settings.auth_cache_seconds)
        )
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(
        title="ClaimDesk",
        version="0.1.0",
        summary="Claim verification: articles in, checkable claims out, verdicts back.",
        lifespan=lifespan,
    )
    problems.install(app)
    app.include_router(health.router)
    app.include_router(articles.router)
    app.include_router(claims.router)
    app.include_router(review.router)
    app.state.review_policy = ReviewPolicy()
    ui.install(app)

    app.add_middleware(BodySizeLimit, max_bytes=settings.max_article_bytes)
    return app
