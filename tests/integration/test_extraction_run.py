"""The extraction service on real Postgres, called directly (no worker): idempotent and safe to race."""

from __future__ import annotations

import uuid
from datetime import date

import httpx
import pytest

from schemas.articles import ArticleSubmit
from schemas.claims import ExtractedClaim
from schemas.keys import Principal, Role
from services.articles.fetching import FetchPolicy
from services.articles.service import submit_article
from services.claims.extraction import ExtractionDeps, run_extraction


class CountingEngine:
    """An engine stand-in that records calls; the real engine has its own tests."""

    def __init__(self) -> None:
        self.calls = 0

    def extract(self, text: str, published_at: date | None = None) -> list[ExtractedClaim]:
        self.calls += 1
        first = text.index(".") + 1
        spans = [(0, first, 0.9), (first + 1, len(text), 0.1)]
        return [
            ExtractedClaim(
                start=a,
                end=b,
                text=text[a:b],
                sentence_start=a,
                sentence_end=b,
                checkworthiness=p,
                claim_key=f"k{a}",
            )
            for a, b, p in spans
        ]


def deps(engine, transport=None, allow_private=False) -> ExtractionDeps:
    policy = FetchPolicy(allow_private=allow_private)
    return ExtractionDeps(engine=engine, engine_version="test", fetch_policy=policy, transport=transport)


@pytest.fixture
def principal(make_key, pool) -> Principal:
    make_key(Role.SUBMITTER)
    with pool.connection() as conn:
        row = conn.execute("SELECT id, name, role FROM api_keys ORDER BY created_at DESC LIMIT 1").fetchone()
    return Principal(key_id=row["id"], name=row["name"], role=Role(row["role"]))


def submit(pool, principal, allow_private_urls=False, **fields) -> uuid.UUID:
    with pool.connection() as conn:
        result = submit_article(
            conn, principal, ArticleSubmit(**fields), allow_private_urls=allow_private_urls
        )
    return uuid.UUID(result.body["id"])


def claims_of(pool, article_id):
    with pool.connection() as conn:
        return conn.execute(
            "SELECT ordinal, status, source_text FROM claims WHERE article_id = %s ORDER BY ordinal",
            (article_id,),
        ).fetchall()


def article_row(pool, article_id):
    with pool.connection() as conn:
        return conn.execute(
            "SELECT status, body, error FROM articles WHERE id = %s", (article_id,)
        ).fetchone()


def test_run_twice_writes_claims_once(pool, principal):
    engine = CountingEngine()
    article_id = submit(pool, principal, body=f"Prices rose 5% in May. Nobody knows why {uuid.uuid4()}.")
    assert run_extraction(pool, deps(engine), article_id) == "extracted"
    assert run_extraction(pool, deps(engine), article_id) == "skipped"
    assert engine.calls == 1
    rows = claims_of(pool, article_id)
    assert [(r["ordinal"], r["status"]) for r in rows] == [(0, "queued"), (1, "dismissed")]
    assert rows[0]["source_text"] == "Prices rose 5% in May."
    assert article_row(pool, article_id)["status"] == "extracted"


def test_a_superseded_run_writes_nothing(pool, principal):
    """Two runs race: the one whose token was replaced by a later claim must not write."""
    article_id = submit(pool, principal, body=f"Output fell 3% last year. Really {uuid.uuid4()}.")

    class SlowEngine(CountingEngine):
        def extract(self, text, published_at=None):
            if self.calls == 0:
                # while the first run works, a second run claims the article and finishes
                self.calls += 1
                assert run_extraction(pool, deps(CountingEngine()), article_id) == "extracted"
            return super().extract(text, published_at)

    assert run_extraction(pool, deps(SlowEngine()), article_id) == "superseded"
    assert len(claims_of(pool, article_id)) == 2


def test_html_submission_is_stored_as_main_text(pool, principal):
    html = (
        "<html><head><title>Budget</title></head><body><nav>Home | About</nav><article><h1>Budget</h1>"
        f"<p>The council approved a budget of $2.5 million on Tuesday, the mayor said. {uuid.uuid4()}</p>"
        "<p>The plan adds twelve new buses to the city fleet next year, officials confirmed.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    article_id = submit(pool, principal, html=html)
    assert run_extraction(pool, deps(CountingEngine()), article_id) == "extracted"
    stored = article_row(pool, article_id)
    assert "approved a budget" in stored["body"]
    assert "Home | About" not in stored["body"]
    for row in claims_of(pool, article_id):
        assert row["source_text"] in stored["body"]


class DateRecordingEngine(CountingEngine):
    """Remembers the publication date it was given."""

    seen: date | None = None

    def extract(self, text, published_at=None):
        self.seen = published_at
        return super().extract(text, published_at)


def test_html_metadata_fills_the_publication_date_and_outlet_left_empty(pool, principal):
    html = (
        '<html><head><meta property="article:published_time" content="2024-11-25T10:00:00Z">'
        '<meta property="og:site_name" content="Daily News"><title>Storm</title></head><body><article>'
        f"<h1>Storm</h1><p>More than 200 flood warnings remain in place, the agency said. {uuid.uuid4()}</p>"
        "<p>Rail services are suspended until Wednesday, the operator said on Monday.</p></article>"
        "</body></html>"
    )
    engine = DateRecordingEngine()
    undated = submit(pool, principal, html=html)
    assert run_extraction(pool, deps(engine), undated) == "extracted"
    assert engine.seen == date(2024, 11, 25)
    stated = submit(pool, principal, html=html.replace("Storm</h1>", "Storm!</h1>"), outlet="Wire",
                    published_at="2024-12-01")  # fmt: skip
    assert run_extraction(pool, deps(engine), stated) == "extracted"
    assert engine.seen == date(2024, 12, 1)  # the submitter's date wins
    with pool.connection() as conn:
        rows = {
            r["id"]: r
            for r in conn.execute(
                "SELECT id, published_at::date AS day, outlet FROM articles WHERE id = ANY(%s)",
                ([undated, stated],),
            )
        }
    assert (rows[undated]["day"], rows[undated]["outlet"]) == (date(2024, 11, 25), "Daily News")
    assert (rows[stated]["day"], rows[stated]["outlet"]) == (date(2024, 12, 1), "Wire")


def test_a_text_without_a_date_resolves_against_the_date_it_states(pool, principal):
    engine = DateRecordingEngine()
    body = f"Storm warning\nPublished March 3, 2025\nMore than 200 flood warnings remain. {uuid.uuid4()}\n"
    article_id = submit(pool, principal, body=body)
    assert run_extraction(pool, deps(engine), article_id) == "extracted"
    assert engine.seen == date(2025, 3, 3)


def test_url_article_is_fetched_by_the_worker_through_a_transport(pool, principal):
    def site(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "news.example"
        page = (
            "<html><body><article><p>Unemployment fell to 4.1% in March, the bureau said.</p>"
            "<p>Wages rose 3% over the year, according to the same report.</p></article></body></html>"
        )
        return httpx.Response(200, text=page, headers={"Content-Type": "text/html"})

    article_id = submit(pool, principal, url=f"https://news.example/{uuid.uuid4()}")
    assert (
        run_extraction(pool, deps(CountingEngine(), transport=httpx.MockTransport(site)), article_id)
        == "extracted"
    )
    assert "Unemployment fell" in article_row(pool, article_id)["body"]


def test_url_to_loopback_fails_the_article_with_a_reason(pool, principal):
    # Whatever got past the submission check is refused again when the worker connects.
    article_id = submit(pool, principal, allow_private_urls=True, url=f"http://localhost:9/{uuid.uuid4()}")
    assert run_extraction(pool, deps(CountingEngine()), article_id) == "failed"
    stored = article_row(pool, article_id)
    assert stored["status"] == "failed"
    assert "non-public address" in stored["error"]


def test_an_article_that_keeps_failing_is_given_up(pool, principal):
    class BrokenEngine(CountingEngine):
        def extract(self, text, published_at=None):
            raise RuntimeError("engine crashed")

    article_id = submit(pool, principal, body=f"Rents rose 7% in 2023. {uuid.uuid4()}")
    for _ in range(5):
        with pytest.raises(RuntimeError):
            run_extraction(pool, deps(BrokenEngine()), article_id)
    assert run_extraction(pool, deps(BrokenEngine()), article_id) == "failed"
    stored = article_row(pool, article_id)
    assert stored["status"] == "failed"
    assert "gave up after 5 attempts" in stored["error"]
