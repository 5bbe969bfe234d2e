"""claimdesk: run the service, manage keys, submit and extract.

Settings come from the environment (CLAIMDESK_*). Without database/Redis URLs, ``up`` starts the
embedded ones and records their URLs in DATA_DIR/runtime.json so the other commands find them.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer

from schemas.keys import Role
from services.embedded import EmbeddedPostgres, EmbeddedRedis, read_runtime, write_runtime
from services.settings import Settings

app = typer.Typer(help="ClaimDesk: claim verification service.", no_args_is_help=True, add_completion=False)
keys_app = typer.Typer(help="Manage API keys.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
log = logging.getLogger("claimdesk")


def load_settings() -> Settings:
    """Settings from the environment, filling missing URLs from a running ``claimdesk up``."""
    settings = Settings()
    runtime = read_runtime(settings.data_dir)
    updates = {
        k: runtime[k] for k in ("database_url", "redis_url") if not getattr(settings, k) and runtime.get(k)
    }
    return settings.model_copy(update=updates) if updates else settings


def require_database(settings: Settings) -> str:
    if not settings.database_url:
        typer.echo("No database: set CLAIMDESK_DATABASE_URL or start `claimdesk up` first.", err=True)
        raise typer.Exit(2)
    return settings.database_url


def child_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env["CLAIMDESK_DATABASE_URL"] = settings.database_url or ""
    env["CLAIMDESK_REDIS_URL"] = settings.redis_url or ""
    return env


@app.command()
def migrate() -> None:
    """Apply pending database migrations."""
    from services.db.migrate import migrate as run

    applied = run(require_database(load_settings()))
    typer.echo("applied: " + (", ".join(applied) if applied else "nothing (up to date)"))


@app.command()
def api(host: str | None = None, port: int | None = None, workers: int = 1) -> None:
    """Serve the HTTP API (uvicorn)."""
    import uvicorn

    settings = load_settings()
    os.environ.update(child_env(settings))
    uvicorn.run(
        "services.api.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        log_level="warning",
        access_log=False,
    )


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def worker(ctx: typer.Context, concurrency: int = 2) -> None:
    """Run a Celery worker (extra arguments go to celery)."""
    settings = load_settings()
    args = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "workers.celery_app:app",
        "worker",
        "--loglevel",
        "INFO",
        "--concurrency",
        str(concurrency),
        "-Q",
        settings.queue_name,
        *ctx.args,
    ]
    os.execvpe(args[0], args, child_env(settings))


@app.command()
def beat() -> None:
    """Run Celery beat (periodic maintenance tasks)."""
    settings = load_settings()
    schedule = str(settings.data_dir / "celerybeat-schedule")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    args = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "workers.celery_app:app",
        "beat",
        "--loglevel",
        "INFO",
        "--schedule",
        schedule,
    ]
    os.execvpe(args[0], args, child_env(settings))


@app.command()
def relay() -> None:
    """Publish committed outbox rows to the broker and re-publish stuck work."""
    settings = load_settings()
    args = [sys.executable, "-m", "workers.relay"]
    os.execvpe(args[0], args, child_env(settings))


@keys_app.command("create")
def keys_create(role: Annotated[Role, typer.Option()], name: Annotated[str, typer.Option()]) -> None:
    """Create a key; its token is printed once, on its own line."""
    from services.auth.service import create_key

    with _connect(require_database(load_settings())) as conn:
        created = create_key(conn, name=name, role=role)
    typer.echo(
        f"created {created.role.value} key {created.name!r} (id {created.id}); the token, shown once:",
        err=True,
    )
    typer.echo(created.token)


@keys_app.command("list")
def keys_list() -> None:
    """List keys (never their tokens)."""
    from services.auth.service import list_keys

    with _connect(require_database(load_settings())) as conn:
        for key in list_keys(conn):
            state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
            typer.echo(f"{key.id}  {key.prefix}  {key.role.value:<9}  {state:<18}  {key.name}")


@keys_app.command("revoke")
def keys_revoke(key: Annotated[str, typer.Argument(help="the key's id or prefix")]) -> None:
    """Revoke a key (effective everywhere within CLAIMDESK_AUTH_CACHE_SECONDS)."""
    from services.auth.service import revoke_key
    from services.errors import NotFound

    try:
        with _connect(require_database(load_settings())) as conn:
            revoked = revoke_key(conn, key)
    except NotFound as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"revoked {revoked.id} ({revoked.name})")


@app.command()
def submit(
    file: Path,
    server: Annotated[str, typer.Option(envvar="CLAIMDESK_SERVER")] = "http://127.0.0.1:8000",
    key: Annotated[str | None, typer.Option(envvar="CLAIMDESK_API_KEY")] = None,
    title: str | None = None,
    published_at: str | None = None,
    wait: bool = False,
) -> None:
    """Submit a text or HTML file to a running server over HTTP."""
    if not key:
        typer.echo("Give an API key with --key or CLAIMDESK_API_KEY.", err=True)
        raise typer.Exit(2)
    content = file.read_text(encoding="utf-8")
    field = "html" if file.suffix.lower() in (".html", ".htm") else "body"
    payload: dict[str, Any] = {field: content, "title": title, "published_at": published_at}
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=server, headers=headers, timeout=30) as client:
        response = client.post("/v1/articles", json={k: v for k, v in payload.items() if v is not None})
        typer.echo(response.text)
        if response.status_code >= 400:
            raise typer.Exit(1)
        if wait:
            article_url = response.json()["links"]["self"]
            for _ in range(600):
                status = client.get(article_url).json()["status"]
                if status not in ("received", "extracting"):
                    break
                time.sleep(0.2)
            typer.echo(client.get(article_url + "/claims").text)


try:
    from services.cli_extract import extract_command

    app.command("extract", help="Run the claim-extraction engine offline on a file.")(extract_command)
except ImportError:  # pragma: no cover - the engine's CLI module is part of the package
    pass


@app.command()
def up(
    host: str | None = None,
    port: int | None = None,
    demo: Annotated[bool, typer.Option(help="submit the seed articles once the API is up")] = False,
    concurrency: int = 2,
) -> None:
    """Run everything: API, reviewer UI, worker, relay and beat (embedded Postgres/Redis if no URLs)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s up %(levelname)s %(message)s")
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    settings = Settings()
    host, port = host or settings.host, port or settings.port
    embedded: list[EmbeddedPostgres | EmbeddedRedis] = []
    children: list[subprocess.Popen[bytes]] = []
    try:
        if not settings.database_url:
            pg = EmbeddedPostgres(settings.data_dir / "postgres")
            settings = settings.model_copy(update={"database_url": pg.start()})
            embedded.append(pg)
            typer.echo(f"embedded Postgres: {settings.database_url}")
        if not settings.redis_url:
            rd = EmbeddedRedis(settings.data_dir / "redis")
            settings = settings.model_copy(update={"redis_url": rd.start()})
            embedded.append(rd)
            typer.echo(f"embedded Redis: {settings.redis_url}")
        write_runtime(
            settings.data_dir, database_url=settings.database_url or "", redis_url=settings.redis_url or ""
        )

        from services.auth.service import create_key, has_admin_key
        from services.db.migrate import migrate as run_migrations

        run_migrations(settings.database_url or "")
        token = None
        with _connect(settings.database_url or "") as conn:
            if not has_admin_key(conn):
                token = create_key(conn, name="admin (created by claimdesk up)", role=Role.ADMIN).token
        if token:
            typer.echo("First start: an admin API key was created. Keep it; it is not shown again:")
            typer.echo(token)

        env = child_env(settings)
        me = [sys.executable, "-m", "services.cli"]
        commands = [
            [*me, "api", "--host", host, "--port", str(port)],
            [*me, "worker", "--concurrency", str(concurrency)],
            [*me, "relay"],
            [*me, "beat"],
        ]
        for command in commands:
            children.append(subprocess.Popen(command, env=env, start_new_session=True))
        _wait_http(f"http://{host}:{port}/healthz", children)
        typer.echo(f"ClaimDesk is up on http://{host}:{port} (API docs at /docs). Ctrl-C stops it.")
        if demo:
            _submit_demo(f"http://{host}:{port}", settings, token)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        while not stop.is_set():
            if any(child.poll() is not None for child in children):
                typer.echo("a ClaimDesk process exited; stopping", err=True)
                break
            stop.wait(1.0)
    except KeyboardInterrupt:
        pass
    finally:
        for child in children:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        for child in children:
            try:
                child.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
        for service in reversed(embedded):
            service.stop()
        typer.echo("stopped")


def _connect(url: str) -> Any:
    import psycopg
    from psycopg.rows import dict_row

    return psycopg.connect(url, row_factory=dict_row)


def _wait_http(url: str, children: list[subprocess.Popen[bytes]], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(child.poll() is not None for child in children):
            raise typer.Exit(1)
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


def _submit_demo(server: str, settings: Settings, token: str | None) -> None:
    from services.auth.service import create_key

    if token is None:
        with _connect(settings.database_url or "") as conn:
            token = create_key(conn, name="demo submitter", role=Role.SUBMITTER).token
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        gold = path.with_name(path.stem + ".gold.json")
        published = json.loads(gold.read_text()).get("published_at") if gold.exists() else None
        lines = path.read_text(encoding="utf-8")
        payload = {"body": lines, "title": lines.splitlines()[0], "published_at": published, "outlet": "seed"}
        response = httpx.post(
            f"{server}/v1/articles", json=payload, headers={"Authorization": f"Bearer {token}"}
        )
        typer.echo(f"demo: {path.name} -> {response.status_code} {response.text}")


if __name__ == "__main__":
    app()
