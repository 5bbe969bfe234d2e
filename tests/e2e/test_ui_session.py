"""Reviewer UI sessions and safety without a browser: cookies, CSRF, roles, revocation, escaping."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from schemas.keys import Role
from services.auth.service import revoke_key
from services.settings import Settings
from tests.factories import committed, make_article, make_claim, make_key, review_client


@pytest.fixture
def ui(make_database: Callable[[], str], settings: Settings) -> Iterator[tuple[str, Any]]:
    url = make_database()
    with review_client(settings.model_copy(update={"database_url": url})) as client:
        yield url, client


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field on the page"
    return match.group(1)


def sign_in(client: Any, token: str) -> Any:
    form = client.get("/ui/login")
    return client.post(
        "/ui/login", data={"api_key": token, "csrf_token": csrf_of(form.text)}, follow_redirects=False
    )


def test_pages_need_a_session_and_the_cookie_is_safe(ui: tuple[str, Any]) -> None:
    url, client = ui
    for path in ("/", "/ui/queue", "/ui/approvals"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/ui/")
    login = client.get("/ui/login")
    assert "default-src 'self'" in login.headers["content-security-policy"]
    assert login.headers["x-frame-options"] == "DENY"

    refused = sign_in(client, "cdk_not_a_key")
    assert refused.status_code == 303
    assert "error=" in refused.headers["location"]
    forged = client.post("/ui/login", data={"api_key": "x", "csrf_token": "forged"}, follow_redirects=False)
    assert "expired" in forged.headers["location"]

    checker = make_key(url, Role.CHECKER)
    signed = sign_in(client, checker.token)
    cookie = signed.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "samesite=lax" in cookie.lower()
    assert checker.token not in cookie
    assert client.get("/ui/queue", follow_redirects=False).status_code == 200

    client.cookies.set("claimdesk_session", client.cookies.get("claimdesk_session") + "x")
    assert client.get("/ui/queue", follow_redirects=False).status_code == 303
    sign_in(client, checker.token)
    with committed(url) as conn:
        revoke_key(conn, str(checker.id))
    assert client.get("/ui/queue", follow_redirects=False).status_code == 303


def test_roles_csrf_and_escaping(ui: tuple[str, Any]) -> None:
    url, client = ui
    submitter, checker = make_key(url, Role.SUBMITTER), make_key(url, Role.CHECKER)
    with committed(url) as conn:
        article = make_article(conn, title="<script>alert('title')</script>")
        claim = make_claim(conn, article["id"], text="<img src=x onerror=alert(1)> fell to 4 percent")
    sign_in(client, submitter.token)
    queue = client.get("/ui/queue")
    assert 'id="take-next"' not in queue.text
    assert "<img src=x" not in queue.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in queue.text
    taken = client.post("/ui/queue/take", data={"csrf_token": csrf_of(queue.text)}, follow_redirects=False)
    assert "roles" in taken.headers["location"]

    sign_in(client, checker.token)
    queue = client.get("/ui/queue")
    no_token = client.post("/ui/queue/take", data={}, follow_redirects=False)
    assert "CSRF" in no_token.headers["location"]
    taken = client.post("/ui/queue/take", data={"csrf_token": csrf_of(queue.text)}, follow_redirects=False)
    assert taken.headers["location"].startswith(f"/ui/claims/{claim['id']}")
    page = client.get(f"/ui/claims/{claim['id']}")
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page.text
    assert 'id="verdict-form"' in page.text
    beat = client.post(
        f"/ui/claims/{claim['id']}/heartbeat",
        headers={"X-CSRF-Token": csrf_of(page.text), "HX-Request": "true"},
    )
    assert beat.status_code == 200
    assert beat.text.startswith("lease until")
    htmx_filter = client.get("/ui/queue?status=leased", headers={"HX-Request": "true"})
    assert "<html" not in htmx_filter.text
    assert str(claim["id"]) in htmx_filter.text
    bad = client.post(
        f"/ui/claims/{claim['id']}/evidence",
        data={"csrf_token": csrf_of(page.text), "url": "javascript:alert(1)", "stance": "supports"},
        follow_redirects=False,
    )
    assert bad.status_code == 303
    assert "error=" in bad.headers["location"]
