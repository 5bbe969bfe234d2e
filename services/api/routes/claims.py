"""/v1/claims"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from schemas.claims import ClaimPage, ClaimType
from services.api.deps import AnyRole, State
from services.claims import service

router = APIRouter(prefix="/v1/claims", tags=["claims"])


@router.get("", response_model=ClaimPage)
def list_claims(
    state: State,
    _: AnyRole,
    status: Annotated[str | None, Query(max_length=40)] = None,
    type: ClaimType | None = None,
    min_score: Annotated[float, Query(ge=0, le=1)] = 0.0,
    article: UUID | None = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> ClaimPage:
    with state.transaction() as conn:
        return service.list_claims(
            conn,
            status=status,
            type=type.value if type else None,
            article_id=article,
            min_score=min_score,
            cursor=cursor,
            limit=limit,
        )
