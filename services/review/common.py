"""Helpers shared by the review services: ETags, lease checks, audit snapshots, row → schema."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from psycopg import Connection

from schemas.keys import Principal, Role
from schemas.review import Citation, EvidenceOut, VerdictOut
from services.errors import Conflict, Forbidden, NotFound, PreconditionFailed, PreconditionRequired
from services.review import repository as repo
from services.review.policy import ReviewPolicy

Row = dict[str, Any]
EDITORS = frozenset({Role.EDITOR, Role.ADMIN})


def etag(version: int) -> str:
    return f'"{version}"'


def parse_if_match(header: str | None) -> int | None:
    """The claim version an ``If-Match`` names; ``None`` for no header or ``*``."""
    if header is None or header.strip() == "*":
        return None
    value = header.strip().removeprefix("W/").strip('"')
    try:
        return int(value)
    except ValueError:
        raise PreconditionFailed(f"If-Match {header!r} is not an ETag this API gave out") from None


def check_version(row: Row, if_match: str | None, *, required: bool) -> None:
    if if_match is None:
        if required:
            raise PreconditionRequired("send If-Match with the claim's ETag", etag=etag(row["version"]))
        return
    wanted = parse_if_match(if_match)
    if wanted is not None and wanted != row["version"]:
        raise PreconditionFailed(
            f"the claim changed: it is at version {row['version']}, not {wanted}", etag=etag(row["version"])
        )


def locked_claim(conn: Connection[Any], claim_id: UUID) -> Row:
    row = repo.lock_claim(conn, claim_id)
    if row is None:
        raise NotFound(f"no claim {claim_id}")
    return row


def existing_claim(conn: Connection[Any], claim_id: UUID) -> Row:
    row = repo.get_claim(conn, claim_id)
    if row is None:
        raise NotFound(f"no claim {claim_id}")
    return row


def parse_lease_token(raw: str | None) -> UUID:
    if raw is None or not raw.strip():
        raise PreconditionRequired("send the Lease-Token header you got when you leased the claim")
    try:
        return UUID(raw.strip())
    except ValueError:
        raise Conflict("the Lease-Token is not a lease this API gave out") from None


def check_lease(row: Row, principal: Principal, raw_token: str | None) -> UUID:
    """The claim must be leased, unexpired, to the caller and by the token presented."""
    token = parse_lease_token(raw_token)
    if row["status"] != "leased":
        raise Conflict(f"the claim is not leased (it is {row['status']})", claim_status=row["status"])
    if not row["lease_live"]:
        raise Conflict("the lease has expired; lease the claim again")
    if row["lease_token"] != token:
        if row["leased_by"] != principal.key_id:
            raise Conflict("another checker holds the lease on this claim")
        raise Conflict("the Lease-Token is not the current lease of this claim")
    if row["leased_by"] != principal.key_id:
        raise Forbidden("the lease belongs to another checker")
    return token


def snapshot(row: Row, **extra: Any) -> dict[str, Any]:
    """A JSON-safe picture of a claim's review state for audit events."""
    picture: dict[str, Any] = {"status": row["status"], "version": row["version"]}
    for name in ("assignee_id", "leased_by", "dismissed_reason"):
        if row.get(name) is not None:
            picture[name] = str(row[name])
    if row.get("lease_expires_at") is not None:
        picture["lease_expires_at"] = row["lease_expires_at"].isoformat()
    picture.update({k: (str(v) if isinstance(v, UUID) else v) for k, v in extra.items()})
    return picture


def audit(
    conn: Connection[Any], before: Row | None, after: Row, action: str, actor: UUID | None, **extra: Any
) -> None:
    repo.insert_audit(
        conn,
        entity_id=after["id"],
        action=action,
        actor_id=actor,
        before=snapshot(before) if before is not None else None,
        after=snapshot(after, **extra),
    )


def to_evidence_out(row: Row) -> EvidenceOut:
    return EvidenceOut.model_validate(row, from_attributes=False)


def to_verdict_out(row: Row, policy: ReviewPolicy) -> VerdictOut:
    return VerdictOut(
        id=row["id"],
        claim_id=row["claim_id"],
        version=row["version"],
        label=row["label"],
        rating=row["rating"],
        rating_value=row["rating_value"],
        best_rating=policy.best_rating,
        worst_rating=policy.worst_rating,
        conclusion=row["conclusion"],
        explanation=row["explanation"],
        citations=[Citation.model_validate(c) for c in row["citations"]],
        status=row["status"],
        author_id=row["author_id"],
        approvals=list(row.get("approvals") or []),
        review_comment=row.get("review_comment"),
        created_at=row["created_at"],
        published_at=row.get("published_at"),
    )
