"""The review workflow through the API on real Postgres: lease → evidence → verdict → approval."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest

from schemas.keys import Role
from services.review.policy import ReviewPolicy
from services.settings import Settings
from tests.factories import Key, committed, make_article, make_claim, make_key, review_client


@dataclass
class Desk:
    url: str
    client: Any

    def key(self, role: Role) -> Key:
        return make_key(self.url, role)

    def seed(self, n: int = 1, **claim: Any) -> tuple[UUID, list[UUID]]:
        with committed(self.url) as conn:
            article = make_article(conn)
            ids = [make_claim(conn, article["id"], **claim)["id"] for _ in range(n)]
        return article["id"], ids


@pytest.fixture
def desk_for(make_database: Callable[[], str], settings: Settings) -> Iterator[Callable[..., Desk]]:
    opened: list[Any] = []

    def open_desk(policy: ReviewPolicy | None = None) -> Desk:
        url = make_database()
        context = review_client(settings.model_copy(update={"database_url": url}), policy)
        opened.append(context)
        return Desk(url, context.__enter__())

    yield open_desk
    for context in opened:
        context.__exit__(None, None, None)


@pytest.fixture
def desk(desk_for: Callable[..., Desk]) -> Desk:
    return desk_for()


def lease(desk: Desk, key: Key) -> dict[str, Any]:
    response = desk.client.post("/v1/queue/lease", headers=key.headers)
    assert response.status_code == 200, response.text
    assert response.headers["ETag"] == f'"{response.json()["claim"]["version"]}"'
    return response.json()


def add_evidence(desk: Desk, key: Key, held: dict[str, Any], **overrides: Any) -> str:
    body = {
        "url": "https://stats.example.org/march",
        "title": "Labour market, March",
        "publisher": "Stats Office",
        "stance": "supports",
        "question": "What was the rate?",
        "answer": "4.1 percent",
        **overrides,
    }
    response = desk.client.post(
        f"/v1/claims/{held['claim']['id']}/evidence",
        json=body,
        headers={**key.headers, "Lease-Token": held["lease_token"]},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def verdict_body(citations: list[str], label: str = "supported", rating: str = "True") -> dict[str, Any]:
    return {
        "label": label,
        "rating": rating,
        "conclusion": "The figure matches the official statistics.",
        "explanation": "The statistics office reported 4.1 percent for March.",
        "citations": citations,
    }


def submit(
    desk: Desk, key: Key, held: dict[str, Any], body: dict[str, Any], version: int | None = None
) -> Any:
    headers = {**key.headers, "Lease-Token": held["lease_token"]}
    headers["If-Match"] = f'"{version if version is not None else held["claim"]["version"]}"'
    return desk.client.post(f"/v1/claims/{held['claim']['id']}/verdict", json=body, headers=headers)


def test_checker_to_published_and_article_complete(desk: Desk) -> None:
    checker, editor = desk.key(Role.CHECKER), desk.key(Role.EDITOR)
    article_id, (_first, _second) = desk.seed(2)
    held = lease(desk, checker)
    claim_id = held["claim"]["id"]
    assert held["claim"]["status"] == "leased"
    assert (
        desk.client.get(f"/v1/articles/{article_id}", headers=editor.headers).json()["status"] == "in_review"
    )
    evidence_id = add_evidence(desk, checker, held)

    no_match = desk.client.post(
        f"/v1/claims/{claim_id}/verdict",
        json=verdict_body([evidence_id]),
        headers={**checker.headers, "Lease-Token": held["lease_token"]},
    )
    assert no_match.status_code == 428
    stale = submit(desk, checker, held, verdict_body([evidence_id]), version=held["claim"]["version"] - 1)
    assert stale.status_code == 412
    assert stale.headers["content-type"].startswith("application/problem+json")
    done = submit(desk, checker, held, verdict_body([evidence_id]))
    assert done.status_code == 201, done.text
    assert done.json()["claim"]["status"] == "awaiting_approval"
    assert done.json()["verdict"]["rating_value"] == 5
    assert done.json()["verdict"]["citations"][0]["publisher"] == "Stats Office"

    pending = desk.client.get("/v1/approvals", headers=editor.headers).json()
    assert [p["claim"]["id"] for p in pending] == [claim_id]
    approved = desk.client.post(f"/v1/claims/{claim_id}/approve", headers=editor.headers)
    assert approved.status_code == 200, approved.text
    assert approved.json()["published"] is True
    assert approved.json()["verdict"]["status"] == "published"
    assert (
        desk.client.get(f"/v1/articles/{article_id}", headers=editor.headers).json()["status"] == "in_review"
    )

    other = lease(desk, checker)
    assert other["claim"]["id"] != claim_id
    dismissed = desk.client.post(
        f"/v1/claims/{other['claim']['id']}/dismiss",
        json={"reason": "an opinion, not a factual claim"},
        headers={**checker.headers, "Lease-Token": other["lease_token"]},
    )
    assert dismissed.status_code == 200, dismissed.text
    assert (
        desk.client.get(f"/v1/articles/{article_id}", headers=editor.headers).json()["status"] == "complete"
    )

    review = desk.client.get(f"/v1/claims/{claim_id}/review", headers=checker.headers)
    assert review.headers["ETag"] == review.json()["etag"]
    assert review.json()["evidence"][0]["retrieved_at"]
    history = desk.client.get(f"/v1/claims/{claim_id}/history", headers=checker.headers).json()
    assert [e["action"] for e in history] == ["leased", "evidence_added", "verdict_submitted", "published"]
    assert history[0]["before"]["status"] == "queued"
    assert history[0]["after"]["status"] == "leased"
    assert history[-1]["actor_id"] == str(editor.id)
    assert history[-1]["after"]["status"] == "published"
    assert desk.client.post("/v1/queue/lease", headers=checker.headers).status_code == 204


def test_lease_tokens_and_roles(desk: Desk) -> None:
    alice, bob = desk.key(Role.CHECKER), desk.key(Role.CHECKER)
    submitter = desk.key(Role.SUBMITTER)
    desk.seed(1)
    assert desk.client.post("/v1/queue/lease", headers=submitter.headers).status_code == 403
    held = lease(desk, alice)
    url = f"/v1/claims/{held['claim']['id']}/evidence"
    body = {"url": "https://example.org/a", "stance": "context"}
    assert desk.client.post(url, json=body, headers=alice.headers).status_code == 428
    stolen = desk.client.post(url, json=body, headers={**bob.headers, "Lease-Token": held["lease_token"]})
    assert stolen.status_code == 403
    wrong = desk.client.post(url, json=body, headers={**bob.headers, "Lease-Token": str(UUID(int=7))})
    assert wrong.status_code == 409
    assert desk.client.post("/v1/queue/lease", headers=bob.headers).status_code == 204

    beat = desk.client.post(
        f"/v1/claims/{held['claim']['id']}/lease/heartbeat",
        headers={**alice.headers, "Lease-Token": held["lease_token"]},
    )
    assert beat.status_code == 200
    assert beat.json()["expires_at"] >= held["expires_at"]
    given_back = desk.client.delete(
        f"/v1/claims/{held['claim']['id']}/lease",
        headers={**alice.headers, "Lease-Token": held["lease_token"]},
    )
    assert given_back.status_code == 204
    again = lease(desk, bob)
    assert again["claim"]["id"] == held["claim"]["id"]
    assert again["lease_token"] != held["lease_token"]
    old_token = desk.client.post(
        url, json=body, headers={**alice.headers, "Lease-Token": held["lease_token"]}
    )
    assert old_token.status_code == 409


def test_refuted_needs_independent_publishers(desk: Desk) -> None:
    checker = desk.key(Role.CHECKER)
    desk.seed(1)
    held = lease(desk, checker)
    first = add_evidence(desk, checker, held, stance="refutes", publisher="Stats Office")
    same = add_evidence(
        desk, checker, held, stance="refutes", publisher=" stats office", url="https://x.example/b"
    )
    rejected = submit(desk, checker, held, verdict_body([first, same], "refuted", "False"))
    assert rejected.status_code == 422
    assert "independent publishers" in rejected.json()["detail"]
    off_scale = submit(desk, checker, held, verdict_body([first], "supported", "Pants on fire"))
    assert off_scale.status_code == 422
    foreign = submit(desk, checker, held, verdict_body([str(UUID(int=1))]))
    assert foreign.status_code == 422
    no_citation = submit(desk, checker, held, verdict_body([]))
    assert no_citation.status_code == 422
    other = add_evidence(
        desk, checker, held, stance="refutes", publisher=None, url="https://www.wire.example/c"
    )
    accepted = submit(desk, checker, held, verdict_body([first, other], "refuted", "False"))
    assert accepted.status_code == 201, accepted.text
    assert accepted.json()["verdict"]["rating_value"] == 1


def test_quorum_excludes_the_author(desk_for: Callable[..., Desk]) -> None:
    desk = desk_for(ReviewPolicy(approval_quorum=2))
    author, second, third = desk.key(Role.EDITOR), desk.key(Role.EDITOR), desk.key(Role.EDITOR)
    desk.seed(1)
    held = lease(desk, author)
    evidence = add_evidence(desk, author, held)
    assert submit(desk, author, held, verdict_body([evidence])).status_code == 201
    url = f"/v1/claims/{held['claim']['id']}/approve"
    assert desk.client.post(url, headers=author.headers).status_code == 403
    one = desk.client.post(url, headers=second.headers)
    assert one.status_code == 200
    assert one.json()["published"] is False
    assert one.json()["approvals"] == 1
    assert desk.client.post(url, headers=second.headers).status_code == 409
    stale = desk.client.post(
        url, headers={**third.headers, "If-Match": f'"{one.json()["claim"]["version"] - 1}"'}
    )
    assert stale.status_code == 412
    two = desk.client.post(url, headers={**third.headers, "If-Match": one.headers["ETag"]})
    assert two.status_code == 200
    assert two.json()["published"] is True


def test_send_back_then_correction_keeps_history(desk: Desk) -> None:
    checker, editor, chief = desk.key(Role.CHECKER), desk.key(Role.EDITOR), desk.key(Role.EDITOR)
    desk.seed(1, checkworthiness=0.55)
    _, (top,) = desk.seed(1, checkworthiness=0.95)
    held = lease(desk, checker)
    assert held["claim"]["id"] == str(top)
    evidence = add_evidence(desk, checker, held)
    assert submit(desk, checker, held, verdict_body([evidence])).status_code == 201
    sent = desk.client.post(
        f"/v1/claims/{top}/send-back", json={"comment": "cite the table"}, headers=editor.headers
    )
    assert sent.status_code == 200
    assert sent.json()["claim"]["status"] == "queued"
    assert sent.json()["verdict"]["status"] == "sent_back"

    again = lease(desk, checker)  # the sent-back claim is assigned to its author and comes first
    assert again["claim"]["id"] == str(top)
    assert (
        submit(desk, checker, again, verdict_body([evidence], "supported", "Mostly true")).status_code == 201
    )
    assert desk.client.post(f"/v1/claims/{top}/approve", headers=editor.headers).json()["published"] is True

    review = desk.client.get(f"/v1/claims/{top}/review", headers=editor.headers)
    locked = desk.client.post(
        f"/v1/claims/{top}/verdict",
        json=verdict_body([evidence]),
        headers={**checker.headers, "If-Match": review.headers["ETag"]},
    )
    assert locked.status_code == 403
    missing = desk.client.post(
        f"/v1/claims/{top}/verdict", json=verdict_body([evidence]), headers=editor.headers
    )
    assert missing.status_code == 428
    correction = desk.client.post(
        f"/v1/claims/{top}/verdict",
        json=verdict_body([evidence], "misleading", "Half true"),
        headers={**editor.headers, "If-Match": review.headers["ETag"]},
    )
    assert correction.status_code == 201, correction.text
    assert correction.json()["verdict"]["version"] == 3
    assert desk.client.post(f"/v1/claims/{top}/approve", headers=editor.headers).status_code == 403
    assert desk.client.post(f"/v1/claims/{top}/approve", headers=chief.headers).json()["published"] is True
    verdicts = desk.client.get(f"/v1/claims/{top}/review", headers=editor.headers).json()["verdicts"]
    assert [(v["version"], v["status"]) for v in verdicts] == [
        (1, "sent_back"),
        (2, "superseded"),
        (3, "published"),
    ]
    actions = [
        e["action"] for e in desk.client.get(f"/v1/claims/{top}/history", headers=editor.headers).json()
    ]
    assert actions.count("published") == 2
    assert "sent_back" in actions
    assert "correction_submitted" in actions


def test_bad_input_is_never_a_500(desk: Desk) -> None:
    checker = desk.key(Role.CHECKER)
    desk.seed(1)
    held = lease(desk, checker)
    url = f"/v1/claims/{held['claim']['id']}/evidence"
    headers = {**checker.headers, "Lease-Token": held["lease_token"]}
    for body in (
        {"url": "ftp://example.org/x", "stance": "supports"},
        {"url": "javascript:alert(1)", "stance": "supports"},
        {"url": "https://example.org", "stance": "maybe"},
        {"url": "https://example.org", "stance": "context", "answer": "a"},
    ):
        assert desk.client.post(url, json=body, headers=headers).status_code == 422, body
    assert (
        desk.client.post(
            url, content=b"{nope", headers={**headers, "Content-Type": "application/json"}
        ).status_code
        == 400
    )
    assert (
        desk.client.post(
            url, json={"url": "https://e.org", "stance": "context"}, headers={**headers, "Lease-Token": "x"}
        ).status_code
        == 409
    )
    missing = f"/v1/claims/{UUID(int=5)}"
    assert desk.client.get(f"{missing}/history", headers=checker.headers).status_code == 404
    assert desk.client.get(f"{missing}/similar", headers=checker.headers).status_code == 404
    assert (
        desk.client.post(
            f"{missing}/evidence", json={"url": "https://e.org", "stance": "context"}, headers=headers
        ).status_code
        == 404
    )
    assert desk.client.get("/v1/queue?cursor=zz!", headers=checker.headers).status_code == 400
    assert desk.client.get("/v1/queue?status=bogus", headers=checker.headers).status_code == 422
    verdict = submit(desk, checker, held, {**verdict_body([]), "conclusion": "One.\nTwo."}, version=None)
    assert verdict.status_code == 422
    bad_match = submit(desk, checker, held, verdict_body([]), version=None)
    assert bad_match.status_code == 422
    weird = desk.client.post(
        f"/v1/claims/{held['claim']['id']}/verdict",
        json=verdict_body([]),
        headers={**headers, "If-Match": "garbage"},
    )
    assert weird.status_code == 412


def test_verdict_under_lease_keeps_citation_order_and_audits_the_lease(desk: Desk) -> None:
    """The one-statement verdict: citations in the order cited, the lease in the audit's before."""
    checker, other = desk.key(Role.CHECKER), desk.key(Role.CHECKER)
    desk.seed(1)
    held = lease(desk, checker)
    claim_id = held["claim"]["id"]
    first = add_evidence(desk, checker, held)
    second = add_evidence(desk, checker, held, url="https://www.news.example/b", publisher=None)
    wrong_holder = desk.client.post(
        f"/v1/claims/{claim_id}/verdict",
        json=verdict_body([first]),
        headers={
            **other.headers,
            "Lease-Token": held["lease_token"],
            "If-Match": f'"{held["claim"]["version"]}"',
        },
    )
    assert wrong_holder.status_code == 403
    done = submit(desk, checker, held, verdict_body([second, first], "misleading", "Half true"))
    assert done.status_code == 201, done.text
    verdict = done.json()["verdict"]
    assert [c["evidence_id"] for c in verdict["citations"]] == [second, first]
    assert verdict["citations"][0]["url"] == "https://www.news.example/b"
    assert (verdict["version"], verdict["rating"], verdict["rating_value"]) == (1, "Half true", 3)
    assert done.json()["claim"]["version"] == held["claim"]["version"] + 1
    history = desk.client.get(f"/v1/claims/{claim_id}/history", headers=checker.headers).json()
    event = history[-1]
    assert event["action"] == "verdict_submitted"
    assert event["actor_id"] == str(checker.id)
    assert event["before"]["status"] == "leased"
    assert event["before"]["version"] == held["claim"]["version"]
    assert event["before"]["leased_by"] == str(checker.id)
    assert "lease_expires_at" in event["before"]
    assert "assignee_id" not in event["before"]
    assert event["after"] == {
        "label": "misleading",
        "rating": "Half true",
        "status": "awaiting_approval",
        "version": held["claim"]["version"] + 1,
        "verdict_id": verdict["id"],
        "verdict_version": 1,
    }
    again = submit(desk, checker, held, verdict_body([first]), version=held["claim"]["version"] + 1)
    assert again.status_code == 409


def test_rejected_verdict_on_the_autocommit_route_writes_nothing(desk: Desk) -> None:
    """The verdict route runs on an autocommit connection; its checking path is one transaction."""
    checker = desk.key(Role.CHECKER)
    _, (claim_id,) = desk.seed(1)
    held = lease(desk, checker)
    only = add_evidence(desk, checker, held, stance="refutes")
    rejected = submit(desk, checker, held, verdict_body([only], "refuted", "False"))
    assert rejected.status_code == 422
    stale = submit(desk, checker, held, verdict_body([only]), version=held["claim"]["version"] - 1)
    assert stale.status_code == 412
    with committed(desk.url) as conn:
        claim = conn.execute("SELECT status, version FROM claims WHERE id = %s", (claim_id,)).fetchone()
        verdicts = conn.execute("SELECT count(*) AS n FROM verdicts").fetchone()
        actions = [
            r["action"]
            for r in conn.execute(
                "SELECT action FROM audit_events WHERE entity_id = %s ORDER BY id", (claim_id,)
            )
        ]
    assert claim == {"status": "leased", "version": held["claim"]["version"]}
    assert verdicts == {"n": 0}
    assert actions == ["leased", "evidence_added"]
    accepted = submit(desk, checker, held, verdict_body([only]))
    assert accepted.status_code == 201, accepted.text


def failing_route(state: Any) -> None:
    with state.transaction() as conn:
        assert not conn.autocommit
        conn.execute("INSERT INTO t VALUES (2)")
        raise RuntimeError("the route failed")


def test_autocommit_connections_go_back_to_the_pool_in_transaction_mode(database_url: str) -> None:
    from services.api.deps import AppState
    from services.db.pool import open_pool

    pool = open_pool(database_url, min_size=1, max_size=1, name="autocommit-test")
    try:
        state = AppState(settings=None, pool=pool, authenticator=None)  # type: ignore[arg-type]
        with state.autocommit() as conn:
            assert conn.autocommit
            conn.execute("CREATE TEMP TABLE t (x int)")
            conn.execute("INSERT INTO t VALUES (1)")  # committed on its own
        with pytest.raises(RuntimeError):
            failing_route(state)
        with state.transaction() as conn:
            assert [r["x"] for r in conn.execute("SELECT x FROM t")] == [1]
    finally:
        pool.close()
