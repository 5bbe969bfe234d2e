"""/v1/queue, the review actions on /v1/claims/{id}, /v1/approvals and article priority."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from schemas.claims import ClaimOut, ClaimType
from schemas.keys import Principal, Role
from schemas.review import (
    ApprovalOut,
    ArticlePriority,
    AssignIn,
    BulkIn,
    BulkResult,
    ClaimReviewOut,
    ClaimStatus,
    DismissIn,
    EvidenceIn,
    EvidenceOut,
    HistoryEvent,
    Lease,
    PriorityIn,
    QueueItem,
    QueuePage,
    ReviewComment,
    SimilarClaim,
    VerdictIn,
    VerdictSubmitted,
)
from services.api.deps import AnyRole, State, require
from services.review import leases, queue, similar, verdicts, views
from services.review.common import etag
from services.review.policy import ReviewPolicy

router = APIRouter(tags=["review"])

Checker = Annotated[Principal, Depends(require(Role.CHECKER, Role.EDITOR))]
Editor = Annotated[Principal, Depends(require(Role.EDITOR))]
Owner = Annotated[Principal, Depends(require(Role.SUBMITTER, Role.EDITOR))]
LeaseToken = Annotated[str | None, Header(alias="Lease-Token", max_length=100)]
IfMatch = Annotated[str | None, Header(alias="If-Match", max_length=100)]


async def get_policy(request: Request) -> ReviewPolicy:
    policy: ReviewPolicy = request.app.state.review_policy
    return policy


Policy = Annotated[ReviewPolicy, Depends(get_policy)]


@router.get("/v1/queue", response_model=QueuePage, summary="Claims to check, in priority order")
def list_queue(
    state: State,
    _: AnyRole,
    status: ClaimStatus = "queued",
    type: ClaimType | None = None,
    outlet: Annotated[str | None, Query(max_length=300)] = None,
    article: UUID | None = None,
    assignee: UUID | None = None,
    language: Annotated[str | None, Query(max_length=20)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> QueuePage:
    with state.transaction() as conn:
        return queue.list_queue(
            conn,
            status=status,
            type=type.value if type else None,
            outlet=outlet,
            article_id=article,
            assignee_id=assignee,
            language=language,
            cursor=cursor,
            limit=limit,
        )


@router.post(
    "/v1/queue/lease",
    response_model=Lease,
    responses={204: {"description": "the queue is empty"}},
    summary="Lease the next claim",
)
def lease_next(state: State, policy: Policy, principal: Checker, response: Response) -> Lease | Response:
    with state.autocommit() as conn:  # one statement
        lease = leases.lease_next(conn, policy, principal)
    if lease is None:
        return Response(status_code=204)
    response.headers["ETag"] = lease.etag
    response.headers["Location"] = f"/v1/claims/{lease.claim.id}/review"
    return lease


@router.post("/v1/claims/{claim_id}/lease/heartbeat", response_model=Lease)
def heartbeat(
    *,
    claim_id: UUID,
    state: State,
    policy: Policy,
    principal: Checker,
    lease_token: LeaseToken = None,
    response: Response,
) -> Lease:
    with state.transaction() as conn:
        lease = leases.heartbeat(conn, policy, principal, claim_id, lease_token)
    response.headers["ETag"] = lease.etag
    return lease


@router.delete("/v1/claims/{claim_id}/lease", status_code=204)
def release(*, claim_id: UUID, state: State, principal: Checker, lease_token: LeaseToken = None) -> Response:
    with state.transaction() as conn:
        leases.release(conn, principal, claim_id, lease_token)
    return Response(status_code=204)


@router.get("/v1/claims/{claim_id}/review", response_model=ClaimReviewOut)
def claim_review(
    claim_id: UUID, state: State, policy: Policy, _: AnyRole, response: Response
) -> ClaimReviewOut:
    with state.transaction() as conn:
        review = views.claim_review(conn, policy, claim_id)
    response.headers["ETag"] = review.etag
    return review


@router.post("/v1/claims/{claim_id}/evidence", status_code=201, response_model=EvidenceOut)
def add_evidence(
    *, claim_id: UUID, payload: EvidenceIn, state: State, principal: Checker, lease_token: LeaseToken = None
) -> EvidenceOut:
    with state.transaction() as conn:
        return verdicts.add_evidence(conn, principal, claim_id, lease_token, payload)


@router.get("/v1/claims/{claim_id}/evidence", response_model=list[EvidenceOut])
def list_evidence(claim_id: UUID, state: State, _: AnyRole) -> list[EvidenceOut]:
    with state.transaction() as conn:
        return verdicts.list_evidence(conn, claim_id)


@router.post("/v1/claims/{claim_id}/verdict", status_code=201, response_model=VerdictSubmitted)
def submit_verdict(
    *,
    claim_id: UUID,
    payload: VerdictIn,
    state: State,
    policy: Policy,
    principal: Checker,
    lease_token: LeaseToken = None,
    if_match: IfMatch = None,
    response: Response,
) -> VerdictSubmitted:
    with state.autocommit() as conn:  # one statement, or its own transaction
        result = verdicts.submit_verdict(
            conn, policy, principal, claim_id, payload, lease_token=lease_token, if_match=if_match
        )
    response.headers["ETag"] = etag(result.claim.version)
    return result


@router.post("/v1/claims/{claim_id}/approve", response_model=ApprovalOut)
def approve(
    *,
    claim_id: UUID,
    state: State,
    policy: Policy,
    principal: Editor,
    if_match: IfMatch = None,
    response: Response,
) -> ApprovalOut:
    with state.transaction() as conn:
        result = verdicts.approve(conn, policy, principal, claim_id, if_match)
    response.headers["ETag"] = etag(result.claim.version)
    return result


@router.post("/v1/claims/{claim_id}/send-back", response_model=VerdictSubmitted)
def send_back(
    *,
    claim_id: UUID,
    payload: ReviewComment,
    state: State,
    policy: Policy,
    principal: Editor,
    if_match: IfMatch = None,
    response: Response,
) -> VerdictSubmitted:
    with state.transaction() as conn:
        result = verdicts.send_back(conn, policy, principal, claim_id, payload.comment, if_match)
    response.headers["ETag"] = etag(result.claim.version)
    return result


@router.post("/v1/claims/{claim_id}/dismiss", response_model=ClaimOut)
def dismiss(
    *, claim_id: UUID, payload: DismissIn, state: State, principal: Checker, lease_token: LeaseToken = None
) -> ClaimOut:
    with state.transaction() as conn:
        return verdicts.dismiss(conn, principal, claim_id, lease_token, payload.reason)


@router.post("/v1/claims/{claim_id}/assign", response_model=QueueItem)
def assign(claim_id: UUID, payload: AssignIn, state: State, principal: Editor) -> QueueItem:
    with state.transaction() as conn:
        return queue.assign(conn, principal, claim_id, payload.assignee_id)


@router.post(
    "/v1/claims/bulk", response_model=BulkResult, summary="Bulk-assign or bulk-dismiss queued claims"
)
def bulk(payload: BulkIn, state: State, principal: Editor) -> BulkResult:
    with state.transaction() as conn:
        return queue.bulk(conn, principal, payload)


@router.get("/v1/claims/{claim_id}/history", response_model=list[HistoryEvent])
def history(claim_id: UUID, state: State, _: AnyRole) -> list[HistoryEvent]:
    with state.transaction() as conn:
        return views.history(conn, claim_id)


@router.get("/v1/claims/{claim_id}/similar", response_model=list[SimilarClaim])
def similar_claims(claim_id: UUID, state: State, policy: Policy, _: AnyRole) -> list[SimilarClaim]:
    with state.transaction() as conn:
        return similar.similar_claims(conn, policy, claim_id)


@router.get("/v1/approvals", response_model=list[ClaimReviewOut], summary="Verdicts awaiting approval")
def approvals(
    state: State, policy: Policy, _: Editor, limit: Annotated[int, Query(ge=1, le=500)] = 100
) -> list[ClaimReviewOut]:
    with state.transaction() as conn:
        return views.pending_approvals(conn, policy, limit)


@router.patch("/v1/articles/{article_id}/priority", response_model=ArticlePriority)
def set_article_priority(
    article_id: UUID, payload: PriorityIn, state: State, principal: Owner
) -> ArticlePriority:
    with state.transaction() as conn:
        return queue.set_article_priority(conn, principal, article_id, payload.priority)
