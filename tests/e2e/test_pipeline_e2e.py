"""End to end on real processes: API (uvicorn), outbox relay and a Celery worker on Redis."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from schemas.keys import Role
from services.embedded import EmbeddedRedis
from tests.conftest import auth
from tests.support import LiveStack, wait_until

pytestmark = pytest.mark.e2e
SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-rejects-ceasefire.txt"


def article(client: httpx.Client, article_id: str) -> dict:
    return client.get(f"/v1/articles/{article_id}").json()


def test_seed_article_gets_claims_through_a_real_worker(live_stack: LiveStack, make_key):
    token = make_key(Role.SUBMITTER)
    live_stack.start_worker()
    live_stack.start_relay()
    base = live_stack.start_api()
    text = SEED.read_text(encoding="utf-8") + f"\n\nRun {time.time_ns()}."
    with httpx.Client(base_url=base, headers=auth(token), timeout=10) as client:
        response = client.post("/v1/articles", json={"body": text, "published_at": "2025-05-11"})
        assert response.status_code == 202, response.text
        article_id = response.json()["id"]
        wait_until(lambda: article(client, article_id)["status"] not in ("received", "extracting"), 60,
                   what="extraction")  # fmt: skip
        stored = article(client, article_id)
        assert stored["status"] == "extracted", stored
        claims = client.get(f"/v1/articles/{article_id}/claims").json()
        assert claims, "the seed article has claims"
        for claim in claims:
            assert stored["body"][claim["start"] : claim["end"]] == claim["source_text"]
        listed = client.get("/v1/claims", params={"article": article_id, "min_score": 0.5}).json()
        assert {c["id"] for c in listed["items"]} <= {c["id"] for c in claims}


class HeldPage:
    """A local web page whose first request hangs until released (to catch a worker mid-task)."""

    def __init__(self, body: str) -> None:
        self.body = body.encode()
        self.release = threading.Event()
        self.first_request = threading.Event()
        self.requests = 0
        page = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                page.requests += 1
                page.first_request.set()
                if page.requests == 1:
                    page.release.wait(60)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                self.wfile.write(page.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/story.html"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()


@pytest.fixture
def held_page() -> Iterator[HeldPage]:
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED.read_text(encoding="utf-8").splitlines() if line)
    page = HeldPage(
        f"<html><head><title>Seed</title></head><body><article>{paragraphs}</article></body></html>"
    )
    yield page
    page.close()


def test_worker_killed_mid_task_loses_and_duplicates_nothing(live_stack: LiveStack, make_key, held_page):
    live_stack.settings = live_stack.settings.model_copy(
        update={"allow_private_urls": True, "stale_after_seconds": 4, "broker_visibility_timeout": 30}
    )
    token = make_key(Role.SUBMITTER)
    live_stack.start_worker("doomed")
    live_stack.start_relay()
    base = live_stack.start_api()
    with httpx.Client(base_url=base, headers=auth(token), timeout=10) as client:
        article_id = client.post("/v1/articles", json={"url": held_page.url}).json()["id"]
        assert held_page.first_request.wait(60), "the worker never fetched the page"
        assert article(client, article_id)["status"] == "extracting"
        live_stack.kill("doomed")  # SIGKILL to the worker's whole process group, mid-fetch
        held_page.release.set()
        live_stack.start_worker("survivor")
        wait_until(lambda: article(client, article_id)["status"] == "extracted", 90, what="recovery")
        claims = client.get(f"/v1/articles/{article_id}/claims").json()
        stored = article(client, article_id)
    assert claims
    spans = [(c["start"], c["end"], c["text"]) for c in claims]
    assert len(spans) == len(set(spans)), "no claim is stored twice"
    for claim in claims:
        assert stored["body"][claim["start"] : claim["end"]] == claim["source_text"]
    assert held_page.requests >= 2


def test_submission_while_redis_is_down_is_processed_when_it_is_back(
    live_stack: LiveStack, make_key, tmp_path
):
    redis = EmbeddedRedis(tmp_path / "redis", persist=False)
    live_stack.settings = live_stack.settings.model_copy(
        update={"redis_url": redis.start(), "stale_after_seconds": 5}
    )
    token = make_key(Role.SUBMITTER)
    try:
        live_stack.start_worker()
        live_stack.start_relay()
        base = live_stack.start_api()
        redis.stop()
        with httpx.Client(base_url=base, headers=auth(token), timeout=10) as client:
            text = f"The city spent $4.5 million on 12 new buses in 2024, officials said. {time.time_ns()}"
            response = client.post("/v1/articles", json={"body": text, "published_at": "2025-01-10"})
            assert response.status_code == 202
            article_id = response.json()["id"]
            time.sleep(2)
            assert article(client, article_id)["status"] == "received"
            assert client.get("/readyz").status_code == 503
            redis.start()  # same port, empty: nothing was queued while it was down
            wait_until(lambda: article(client, article_id)["status"] == "extracted", 90, what="processing")
            assert client.get("/readyz").status_code == 200
    finally:
        redis.stop()


def test_postgres_restart_loses_no_accepted_work(live_stack: LiveStack, tmp_path, admin_database_url):
    """On a Postgres of its own: accepted work survives a restart; submissions meanwhile get 503."""
    import psycopg
    from psycopg.rows import dict_row

    from services.auth.service import create_key
    from services.db.migrate import migrate
    from services.embedded import EmbeddedPostgres

    postgres = EmbeddedPostgres(tmp_path / "pg")
    url = postgres.start()
    try:
        migrate(url)
        with psycopg.connect(url, row_factory=dict_row) as conn:
            token = create_key(conn, name="pg restart", role=Role.SUBMITTER).token
        live_stack.settings = live_stack.settings.model_copy(
            update={"database_url": url, "stale_after_seconds": 5}
        )
        base = live_stack.start_api()
        live_stack.start_relay()
        with httpx.Client(base_url=base, headers=auth(token), timeout=10) as client:
            accepted = client.post(
                "/v1/articles", json={"body": f"Exports rose 4% in 2024. {time.time_ns()}"}
            )
            assert accepted.status_code == 202
            postgres.stop()
            refused = client.post("/v1/articles", json={"body": f"Imports fell 2% in 2024. {time.time_ns()}"})
            assert refused.status_code == 503
            assert refused.headers["content-type"].startswith("application/problem+json")
            postgres.start()
            live_stack.start_worker()
            article_id = accepted.json()["id"]
            wait_until(
                lambda: client.get(f"/v1/articles/{article_id}").status_code == 200, 30, what="the API"
            )
            wait_until(lambda: article(client, article_id)["status"] == "extracted", 90, what="processing")
            again = client.post("/v1/articles", json={"body": f"Imports fell 2% in 2024. {time.time_ns()}"})
            assert again.status_code == 202
    finally:
        live_stack.stop_all()
        postgres.stop()
