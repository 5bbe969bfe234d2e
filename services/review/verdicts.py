"""Evidence, verdicts and editorial approval.

A checker holding the lease adds evidence and submits a verdict (``If-Match`` on the claim's
version); the claim then waits in ``awaiting_approval`` until enough editors other than the author
approve it. A published verdict is never edited: an editor's correction is a new version that goes
through approval again, and the old one stays in the claim's history.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from psycopg import Connection

from schemas.claims import ClaimOut
from schemas.keys import Principal
from schemas.review import ApprovalOut, EvidenceIn, EvidenceOut, VerdictIn, VerdictLabel, VerdictSubmitted
from services.claims.service import to_claim_out
from services.errors import Conflict, Forbidden, NotFound, PreconditionFailed, Unprocessable
from services.review import repository as repo
from services.review.common import (
    EDITORS,
    Row,
    audit,
    check_lease,
    check_version,
    existing_claim,
    locked_claim,
    parse_if_match,
    snapshot,
    to_evidence_out,
    to_verdict_out,
)
from services.review.policy import ReviewPolicy


def add_evidence(
    conn: Connection[Any], principal: Principal, claim_id: UUID, raw_token: str | None, payload: EvidenceIn
) -> EvidenceOut:
    row = locked_claim(conn, claim_id)
    check_lease(row, principal, raw_token)
    evidence = repo.insert_evidence(
        conn, claim_id=claim_id, added_by=principal.key_id, **payload.model_dump(mode="json")
    )
    repo.insert_audit(
        conn,
        entity_id=claim_id,
        action="evidence_added",
        actor_id=principal.key_id,
        before=None,
        after={"evidence_id": str(evidence["id"]), "url": evidence["url"], "stance": evidence["stance"]},
    )
    return to_evidence_out(evidence)


def list_evidence(conn: Connection[Any], claim_id: UUID) -> list[EvidenceOut]:
    existing_claim(conn, claim_id)
    return [to_evidence_out(r) for r in repo.list_evidence(conn, claim_id)]


def publisher_of(evidence: Row) -> str:
    """Who stands behind a source: its stated publisher, else the URL's host without ``www.``."""
    name = (evidence.get("publisher") or "").strip().casefold()
    if name:
        return name
    host = (urlsplit(evidence["url"]).hostname or "").casefold()
    return host.removeprefix("www.")


def check_citations(policy: ReviewPolicy, label: VerdictLabel, cited: list[Row]) -> None:
    if len(cited) < policy.min_citations:
        raise Unprocessable(f"a verdict needs at least {policy.min_citations} citation(s)")
    if label is VerdictLabel.REFUTED:
        publishers = {publisher_of(e) for e in cited}
        if len(publishers) < policy.refuted_min_publishers:
            raise Unprocessable(
                f"'refuted' needs citations from {policy.refuted_min_publishers} independent publishers "
                f"(got {len(publishers)})"
            )


def submit_verdict(
    conn: Connection[Any],
    policy: ReviewPolicy,
    principal: Principal,
    claim_id: UUID,
    payload: VerdictIn,
    *,
    lease_token: str | None,
    if_match: str | None,
) -> VerdictSubmitted:
    submitted = _submit_under_lease(
        conn, policy, principal, claim_id, payload, lease_token=lease_token, if_match=if_match
    )
    if submitted is not None:
        return submitted
    # A correction, or something is wrong: read the claim and raise the precise error (or, if a
    # race cleared it meanwhile, write the verdict the long way). Several statements: their own
    # transaction (a savepoint when the caller already holds one).
    with conn.transaction():
        return _submit_checked(conn, policy, principal, claim_id, payload, lease_token, if_match)


def _submit_checked(
    conn: Connection[Any],
    policy: ReviewPolicy,
    principal: Principal,
    claim_id: UUID,
    payload: VerdictIn,
    lease_token: str | None,
    if_match: str | None,
) -> VerdictSubmitted:
    """The verdict (or an editor's correction) after reading the claim and its cited evidence: every
    rule checked here raises its precise error."""
    row = repo.verdict_context(conn, claim_id, payload.citations)
    if row is None:
        raise NotFound(f"no claim {claim_id}")
    correction = row["status"] == "published"
    if correction:
        if principal.role not in EDITORS:
            raise Forbidden("a published verdict is locked; an editor can issue a correction")
    else:
        check_lease(row, principal, lease_token)
    check_version(row, if_match, required=True)
    step = policy.rating_step(payload.rating)
    if step is None:
        names = ", ".join(s.name for s in policy.rating_scale)
        raise Unprocessable(f"rating {payload.rating!r} is not on the scale: {names}")
    cited = {UUID(e["id"]): e for e in row["cited"]}
    missing = [str(i) for i in payload.citations if i not in cited]
    if missing:
        raise Unprocessable(f"citations are not evidence of this claim: {', '.join(missing)}")
    citations = [{**cited[i], "evidence_id": str(i)} for i in payload.citations]
    for citation in citations:
        del citation["id"]
    check_citations(policy, payload.label, citations)
    verdict, after = repo.record_verdict(
        conn,
        claim_id=claim_id,
        version=row["next_version"],
        label=payload.label.value,
        rating=step.name,
        rating_value=step.value,
        conclusion=payload.conclusion,
        explanation=payload.explanation,
        citations=citations,
        author_id=principal.key_id,
        action="correction_submitted" if correction else "verdict_submitted",
        before=snapshot(row),
        after={"label": payload.label.value, "rating": step.name},
    )
    return VerdictSubmitted(claim=to_claim_out(after), verdict=to_verdict_out(verdict, policy))


def _submit_under_lease(
    conn: Connection[Any],
    policy: ReviewPolicy,
    principal: Principal,
    claim_id: UUID,
    payload: VerdictIn,
    *,
    lease_token: str | None,
    if_match: str | None,
) -> VerdictSubmitted | None:
    """The common case in one statement: the caller's live lease, a matching If-Match, a rating on
    the scale and citations that are all the claim's evidence. ``None`` when any of that fails (or
    a rule needs the cited rows first), so that the caller takes the checking path."""
    if lease_token is None or if_match is None:
        return None
    try:
        token = UUID(lease_token.strip())
        wanted = parse_if_match(if_match)
    except (ValueError, PreconditionFailed):
        return None
    step = policy.rating_step(payload.rating)
    if step is None or len(payload.citations) < policy.min_citations:
        return None
    refuted_rule = policy.refuted_min_publishers > min(1, len(payload.citations))
    if payload.label is VerdictLabel.REFUTED and refuted_rule:
        return None  # the independent-publisher rule looks at the cited rows: checking path
    written = repo.submit_leased_verdict(
        conn,
        claim_id=claim_id,
        token=token,
        if_version=wanted,
        label=payload.label.value,
        rating=step.name,
        rating_value=step.value,
        conclusion=payload.conclusion,
        explanation=payload.explanation,
        citations=payload.citations,
        author_id=principal.key_id,
        after={"label": payload.label.value, "rating": step.name},
    )
    if written is None:
        return None
    verdict, after = written
    return VerdictSubmitted(claim=to_claim_out(after), verdict=to_verdict_out(verdict, policy))


def _pending(conn: Connection[Any], row: Row) -> Row:
    if row["status"] != "awaiting_approval":
        raise Conflict(f"the claim has no verdict awaiting approval (it is {row['status']})")
    verdict = repo.pending_verdict(conn, row["id"])
    if verdict is None:
        raise Conflict("the claim has no verdict awaiting approval")
    return verdict


def approve(
    conn: Connection[Any], policy: ReviewPolicy, principal: Principal, claim_id: UUID, if_match: str | None
) -> ApprovalOut:
    row = locked_claim(conn, claim_id)
    check_version(row, if_match, required=False)
    verdict = _pending(conn, row)
    if verdict["author_id"] == principal.key_id:
        raise Forbidden("an editor other than the verdict's author must approve it")
    if not repo.insert_approval(conn, verdict["id"], principal.key_id):
        raise Conflict("you have already approved this verdict")
    approvals = repo.count_approvals(conn, verdict["id"])
    published = approvals >= policy.approval_quorum
    if published:
        repo.supersede_published(conn, claim_id)
        verdict = repo.review_verdict(conn, verdict["id"], status="published", reviewer=principal.key_id)
        after = repo.move_claim(conn, claim_id, status="published")
        audit(
            conn,
            row,
            after,
            "published",
            principal.key_id,
            verdict_id=verdict["id"],
            verdict_version=verdict["version"],
            approvals=approvals,
        )
        repo.refresh_articles(conn, [row["article_id"]])
    else:
        after = repo.bump_version(conn, claim_id)
        audit(conn, row, after, "approved", principal.key_id, verdict_id=verdict["id"], approvals=approvals)
    verdict = {**verdict, "approvals": _approvers(conn, claim_id, verdict["id"])}
    return ApprovalOut(
        claim=to_claim_out(after),
        verdict=to_verdict_out(verdict, policy),
        approvals=approvals,
        quorum=policy.approval_quorum,
        published=published,
    )


def _approvers(conn: Connection[Any], claim_id: UUID, verdict_id: UUID) -> list[UUID]:
    for v in repo.list_verdicts(conn, claim_id):
        if v["id"] == verdict_id:
            return list(v["approvals"])
    return []


def send_back(
    conn: Connection[Any],
    policy: ReviewPolicy,
    principal: Principal,
    claim_id: UUID,
    comment: str,
    if_match: str | None,
) -> VerdictSubmitted:
    """Return a verdict to its author: the claim is queued again, assigned to the author.

    A sent-back correction leaves the claim published under its earlier verdict.
    """
    row = locked_claim(conn, claim_id)
    check_version(row, if_match, required=False)
    verdict = _pending(conn, row)
    verdict = repo.review_verdict(
        conn, verdict["id"], status="sent_back", reviewer=principal.key_id, comment=comment
    )
    if repo.published_verdict(conn, claim_id) is not None:
        after = repo.move_claim(conn, claim_id, status="published")
    else:
        after = repo.move_claim(conn, claim_id, status="queued", assignee_id=verdict["author_id"])
    audit(conn, row, after, "sent_back", principal.key_id, verdict_id=verdict["id"], comment=comment)
    return VerdictSubmitted(claim=to_claim_out(after), verdict=to_verdict_out(verdict, policy))


def dismiss(
    conn: Connection[Any], principal: Principal, claim_id: UUID, raw_token: str | None, reason: str
) -> ClaimOut:
    """The lease holder marks a claim not checkable."""
    row = locked_claim(conn, claim_id)
    check_lease(row, principal, raw_token)
    after = repo.move_claim(conn, claim_id, status="dismissed", dismissed_reason=reason)
    audit(conn, row, after, "dismissed", principal.key_id)
    repo.refresh_articles(conn, [row["article_id"]])
    return to_claim_out(after)
