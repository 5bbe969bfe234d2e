"""The queue: priority order, filters, cursor pages, article priority, assignment, bulk actions, similar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from uuid import UUID

import pytest

from schemas.keys import Role
from services.settings import Settings
from tests.factories import Key, committed, make_article, make_claim, make_key, review_client


@pytest.fixture
def desk(make_database: Callable[[], str], settings: Settings) -> Iterator[tuple[str, Any]]:
    url = make_database()
    with review_client(settings.model_copy(update={"database_url": url})) as client:
        yield url, client


def ids(page: dict[str, Any]) -> list[str]:
    return [item["claim"]["id"] for item in page["items"]]


def test_priority_filters_and_cursor_pages(desk: tuple[str, Any]) -> None:
    url, client = desk
    submitter, other_submitter = make_key(url, Role.SUBMITTER), make_key(url, Role.SUBMITTER)
    editor, checker = make_key(url, Role.EDITOR), make_key(url, Role.CHECKER)
    with committed(url) as conn:
        gazette = make_article(conn, outlet="Gazette", submitted_by=submitter.id)
        herald = make_article(conn, outlet="Herald", language="fr")
        g = [
            make_claim(conn, gazette["id"], text=f"Gazette claim {i}", checkworthiness=0.6 + i / 10)["id"]
            for i in range(3)
        ]
        h = [
            make_claim(conn, herald["id"], text=f"Herald claim {i}", checkworthiness=0.65 + i / 10)["id"]
            for i in range(3)
        ]
    everything = client.get("/v1/queue?limit=100", headers=checker.headers).json()
    priorities = [item["claim"]["priority"] for item in everything["items"]]
    assert priorities == sorted(priorities, reverse=True)
    assert set(ids(everything)) == {str(i) for i in g + h}

    seen: list[str] = []
    cursor = ""
    while True:
        page = client.get(f"/v1/queue?limit=2{cursor}", headers=checker.headers).json()
        seen += ids(page)
        if not page["next_cursor"]:
            break
        cursor = f"&cursor={page['next_cursor']}"
    assert seen == ids(everything)

    herald_only = client.get("/v1/queue?outlet=Herald", headers=checker.headers).json()
    assert set(ids(herald_only)) == {str(i) for i in h}
    assert set(ids(client.get("/v1/queue?language=fr", headers=checker.headers).json())) == {
        str(i) for i in h
    }
    assert (
        ids(client.get(f"/v1/queue?article={gazette['id']}&type=other", headers=checker.headers).json()) == []
    )

    path = f"/v1/articles/{gazette['id']}/priority"
    assert client.patch(path, json={"priority": 5}, headers=other_submitter.headers).status_code == 403
    assert client.patch(path, json={"priority": 50}, headers=submitter.headers).status_code == 422
    raised = client.patch(path, json={"priority": 2}, headers=submitter.headers)
    assert raised.status_code == 200, raised.text
    assert raised.json()["claims_updated"] == 3
    top = client.get("/v1/queue?limit=3", headers=checker.headers).json()
    assert set(ids(top)) == {str(i) for i in g}
    assert (
        client.patch(
            f"/v1/articles/{herald['id']}/priority", json={"priority": 3}, headers=editor.headers
        ).status_code
        == 200
    )
    assert set(ids(client.get("/v1/queue?limit=3", headers=checker.headers).json())) == {str(i) for i in h}
    assert (
        client.patch(
            f"/v1/articles/{UUID(int=3)}/priority", json={"priority": 1}, headers=editor.headers
        ).status_code
        == 404
    )


def test_assign_and_bulk(desk: tuple[str, Any]) -> None:
    url, client = desk
    editor, alice, bob = make_key(url, Role.EDITOR), make_key(url, Role.CHECKER), make_key(url, Role.CHECKER)
    submitter = make_key(url, Role.SUBMITTER)
    with committed(url) as conn:
        article = make_article(conn)
        low = make_claim(conn, article["id"], text="Low claim", checkworthiness=0.55)["id"]
        rest = [
            make_claim(conn, article["id"], text=f"Claim {i}", checkworthiness=0.9)["id"] for i in range(4)
        ]
    assert (
        client.post(
            f"/v1/claims/{low}/assign", json={"assignee_id": str(alice.id)}, headers=alice.headers
        ).status_code
        == 403
    )
    assert (
        client.post(
            f"/v1/claims/{low}/assign", json={"assignee_id": str(submitter.id)}, headers=editor.headers
        ).status_code
        == 422
    )
    assigned = client.post(
        f"/v1/claims/{low}/assign", json={"assignee_id": str(alice.id)}, headers=editor.headers
    )
    assert assigned.status_code == 200
    assert assigned.json()["assignee_id"] == str(alice.id)
    mine = client.get(f"/v1/queue?assignee={alice.id}", headers=alice.headers).json()
    assert ids(mine) == [str(low)]
    # Bob never gets Alice's claim; Alice gets it before higher-priority unassigned claims.
    assert client.post("/v1/queue/lease", headers=bob.headers).json()["claim"]["id"] != str(low)
    assert client.post("/v1/queue/lease", headers=alice.headers).json()["claim"]["id"] == str(low)

    bulk = client.post(
        "/v1/claims/bulk",
        json={"action": "assign", "claim_ids": [str(i) for i in rest], "assignee_id": str(bob.id)},
        headers=editor.headers,
    )
    assert bulk.status_code == 200
    assert len(bulk.json()["done"]) == 3  # one of them is leased to Bob
    assert len(bulk.json()["skipped"]) == 1
    assert (
        client.post(
            "/v1/claims/bulk", json={"action": "dismiss", "claim_ids": [str(low)]}, headers=editor.headers
        ).status_code
        == 422
    )
    dismissed = client.post(
        "/v1/claims/bulk",
        json={
            "action": "dismiss",
            "claim_ids": [str(i) for i in [*rest, low]],
            "reason": "duplicates of a wire story",
        },
        headers=editor.headers,
    ).json()
    assert len(dismissed["done"]) == 3
    assert str(low) in dismissed["skipped"]
    assert (
        client.post(
            "/v1/claims/bulk", json={"action": "assign", "claim_ids": []}, headers=editor.headers
        ).status_code
        == 422
    )
    history = client.get(f"/v1/claims/{dismissed['done'][0]}/history", headers=editor.headers).json()
    assert [e["action"] for e in history] == ["assigned", "dismissed"]
    assert history[1]["after"]["dismissed_reason"] == "duplicates of a wire story"


def publish(client: Any, checker: Key, editor: Key) -> str:
    held = client.post("/v1/queue/lease", headers=checker.headers).json()
    token = {"Lease-Token": held["lease_token"]}
    evidence = client.post(
        f"/v1/claims/{held['claim']['id']}/evidence",
        json={"url": "https://stats.example.org/", "publisher": "Stats", "stance": "supports"},
        headers={**checker.headers, **token},
    ).json()
    body = {
        "label": "supported",
        "rating": "Mostly true",
        "conclusion": "Right.",
        "explanation": "As published.",
        "citations": [evidence["id"]],
    }
    done = client.post(
        f"/v1/claims/{held['claim']['id']}/verdict",
        json=body,
        headers={**checker.headers, **token, "If-Match": f'"{held["claim"]["version"]}"'},
    )
    assert done.status_code == 201, done.text
    assert client.post(f"/v1/claims/{held['claim']['id']}/approve", headers=editor.headers).status_code == 200
    return str(held["claim"]["id"])


def test_similar_claims_need_the_same_numbers_and_dates(desk: tuple[str, Any]) -> None:
    url, client = desk
    checker, editor = make_key(url, Role.CHECKER), make_key(url, Role.EDITOR)
    facets = {
        "quantities": [{"text": "4.1 percent", "value": 4.1, "start": 0, "end": 3}],
        "dates": [{"text": "March 2024", "value": "2024-03", "start": 4, "end": 8}],
    }
    text = "Unemployment in the city fell to 4.1 percent in March 2024."
    with committed(url) as conn:
        article = make_article(conn)
        make_claim(conn, article["id"], text=text, facets=facets, checkworthiness=0.99)
    published = publish(client, checker, editor)
    with committed(url) as conn:
        later = make_article(conn)
        same = make_claim(conn, later["id"], text=text, facets=facets)["id"]
        reworded = make_claim(
            conn,
            later["id"],
            text="The city's unemployment fell to 4.1 percent in March 2024, officials said.",
            facets=facets,
        )["id"]
        other_number = make_claim(
            conn,
            later["id"],
            text="Unemployment in the city fell to 5.2 percent in March 2024.",
            facets={**facets, "quantities": [{**facets["quantities"][0], "value": 5.2}]},
        )["id"]
        other_date = make_claim(
            conn,
            later["id"],
            text=text,
            facets={**facets, "dates": [{**facets["dates"][0], "value": "2024-04"}]},
        )["id"]
        unrelated = make_claim(conn, later["id"], text="The mayor opened a new bridge.", facets={})["id"]
    by_key = client.get(f"/v1/claims/{same}/similar", headers=checker.headers).json()
    assert [s["claim_id"] for s in by_key] == [published]
    assert by_key[0]["match"] == "claim_key"
    assert by_key[0]["verdict"]["rating"] == "Mostly true"
    by_text = client.get(f"/v1/claims/{reworded}/similar", headers=checker.headers).json()
    assert [s["match"] for s in by_text] == ["text"]
    assert 0.6 <= by_text[0]["similarity"] < 1
    for claim in (other_number, other_date, unrelated):
        assert client.get(f"/v1/claims/{claim}/similar", headers=checker.headers).json() == []
