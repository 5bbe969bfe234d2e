"""POST/GET /v1/articles and /v1/claims over the real app and database (no worker involved)."""

from __future__ import annotations

import uuid

import pytest

from schemas.keys import Role
from tests.conftest import auth

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def submitter(make_key) -> str:
    return make_key(Role.SUBMITTER)


def body_text() -> str:
    return (
        f"The council approved {uuid.uuid4().int % 1000} new homes on Tuesday, the mayor said. {uuid.uuid4()}"
    )


def test_submit_returns_202_with_location(api_client, submitter):
    response = api_client.post(
        "/v1/articles", json={"body": body_text(), "title": "Homes"}, headers=auth(submitter)
    )
    assert response.status_code == 202
    data = response.json()
    assert data["status"] == "received"
    assert data["duplicate"] is False
    assert response.headers["location"] == f"/v1/articles/{data['id']}"
    article = api_client.get(data["links"]["self"], headers=auth(submitter)).json()
    assert article["status"] == "received"
    assert article["counts"]["total"] == 0


def test_same_body_twice_is_one_article(api_client, submitter):
    text = body_text()
    first = api_client.post("/v1/articles", json={"body": text}, headers=auth(submitter)).json()
    second = api_client.post(
        "/v1/articles", json={"body": "  " + text.replace(" ", "  ")}, headers=auth(submitter)
    )
    assert second.status_code == 202
    assert second.json()["id"] == first["id"]
    assert second.json()["duplicate"] is True


def test_idempotency_key_replays_and_conflicts(api_client, submitter):
    key = str(uuid.uuid4())
    payload = {"body": body_text()}
    headers = {**auth(submitter), "Idempotency-Key": key}
    first = api_client.post("/v1/articles", json=payload, headers=headers)
    again = api_client.post("/v1/articles", json=payload, headers=headers)
    assert again.status_code == 202
    assert again.json() == first.json()
    assert again.headers.get("idempotent-replayed") == "true"
    other = api_client.post("/v1/articles", json={"body": body_text()}, headers=headers)
    assert other.status_code == 409
    assert other.headers["content-type"].startswith(PROBLEM)


@pytest.mark.parametrize(
    ("content", "content_type", "status"),
    [
        (b"", "application/json", 422),
        (b"{}", "application/json", 422),
        (b'{"body": "   "}', "application/json", 422),
        (b'{"body": "x", "url": "https://example.org/a"}', "application/json", 422),
        (b'{"url": "ftp://example.org/a"}', "application/json", 422),
        (b'{"body": "x", "surprise": 1}', "application/json", 422),
        (b"{not json", "application/json", 400),
        (b'{"body": "caf\xe9"}', "application/json", 400),
        (b"body=hello", "application/x-www-form-urlencoded", 400),
    ],
)
def test_bad_input_gets_problem_json(api_client, submitter, content, content_type, status):
    response = api_client.post(
        "/v1/articles", content=content, headers={**auth(submitter), "Content-Type": content_type}
    )
    assert response.status_code == status
    assert response.headers["content-type"].startswith(PROBLEM)
    problem = response.json()
    assert problem["status"] == status
    assert problem["title"]
    assert "Traceback" not in response.text


def test_body_over_limit_is_413(api_client, submitter, settings):
    big = b'{"body": "' + b"a" * (settings.max_article_bytes + 10) + b'"}'
    response = api_client.post(
        "/v1/articles", content=big, headers={**auth(submitter), "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith(PROBLEM)


def test_streamed_body_over_limit_is_413(api_client, submitter, settings):
    chunk = b"a" * 65536

    def stream():
        yield b'{"body": "'
        for _ in range(settings.max_article_bytes // len(chunk) + 2):
            yield chunk
        yield b'"}'

    response = api_client.post(
        "/v1/articles", content=stream(), headers={**auth(submitter), "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith(PROBLEM)


def test_unknown_article_is_404(api_client, submitter):
    response = api_client.get(f"/v1/articles/{uuid.uuid4()}", headers=auth(submitter))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith(PROBLEM)
    assert api_client.get("/v1/articles/not-a-uuid", headers=auth(submitter)).status_code == 422


def test_no_key_is_401_and_bad_key_is_401(api_client):
    assert api_client.get("/v1/claims").status_code == 401
    response = api_client.get("/v1/claims", headers=auth("cdk_nope_nope"))
    assert response.status_code == 401
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.headers["www-authenticate"] == "Bearer"


def test_wrong_role_is_403(api_client, make_key):
    checker = make_key(Role.CHECKER)
    response = api_client.post("/v1/articles", json={"body": body_text()}, headers=auth(checker))
    assert response.status_code == 403
    assert response.headers["content-type"].startswith(PROBLEM)


def test_revoked_key_is_refused(api_client, make_key, database_url):
    import psycopg
    from psycopg.rows import dict_row

    from services.auth.service import revoke_key

    token = make_key(Role.SUBMITTER)
    assert api_client.get("/v1/claims", headers=auth(token)).status_code == 200
    prefix = token.split("_")[1]
    with psycopg.connect(database_url, row_factory=dict_row) as connection:
        revoke_key(connection, prefix)
    assert api_client.get("/v1/claims", headers=auth(token)).status_code == 401


def test_health_needs_no_key(api_client):
    assert api_client.get("/healthz").json() == {"status": "ok"}
    ready = api_client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"postgres": "ok", "redis": "ok"}


def test_bad_cursor_is_400(api_client, submitter):
    response = api_client.get("/v1/claims?cursor=%%%garbage", headers=auth(submitter))
    assert response.status_code == 400
    assert api_client.get("/v1/claims?min_score=3", headers=auth(submitter)).status_code == 422
    assert api_client.get("/v1/claims?type=gossip", headers=auth(submitter)).status_code == 422


def test_openapi_documents_the_submission(api_client):
    spec = api_client.get("/openapi.json").json()
    body = spec["paths"]["/v1/articles"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "body" in body["properties"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://localhost/",
    ],
)
def test_private_url_is_refused_at_submission(api_client, submitter, url):
    response = api_client.post("/v1/articles", json={"url": url}, headers=auth(submitter))
    assert response.status_code == 422
    assert "not a public address" in response.json()["detail"]
