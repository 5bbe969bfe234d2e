"""/v1/articles"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from schemas.articles import ArticleAccepted, ArticleOut, ArticleSubmit
from schemas.claims import ClaimOut
from services.api.deps import AnyRole, State, Submitter
from services.articles import service
from services.claims import service as claims
from services.errors import BadRequest, Unprocessable

router = APIRouter(prefix="/v1/articles", tags=["articles"])

_SUBMIT_SCHEMA = ArticleSubmit.model_json_schema(ref_template="#/components/schemas/{model}")
_SUBMIT_BODY = {
    "requestBody": {"required": True, "content": {"application/json": {"schema": _SUBMIT_SCHEMA}}}
}


async def read_submission(request: Request) -> ArticleSubmit:
    """Parse the body ourselves so each kind of bad input gets its own status."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type != "application/json" and not content_type.endswith("+json"):
        raise BadRequest(f"send JSON (Content-Type: application/json), not {content_type}")
    raw = await request.body()
    if not raw.strip():
        raise Unprocessable("the request body is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the request body is not UTF-8 (byte {exc.start})") from exc
    try:
        return ArticleSubmit.model_validate_json(text)
    except ValidationError as exc:
        if any(e["type"] == "json_invalid" for e in exc.errors()):
            raise BadRequest("the request body is not valid JSON") from exc
        errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise Unprocessable("the article does not match the schema", errors=errors) from exc


@router.post(
    "",
    status_code=202,
    response_model=ArticleAccepted,
    openapi_extra=_SUBMIT_BODY,
    summary="Submit an article (text, HTML or URL) for claim extraction",
)
async def submit_article(
    request: Request,
    state: State,
    principal: Submitter,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> JSONResponse:
    payload = await read_submission(request)

    def work() -> service.Submitted:
        with state.transaction() as conn:
            return service.submit_article(
                conn,
                principal,
                payload,
                idempotency_key,
                allow_private_urls=state.settings.allow_private_urls,
            )

    result = await run_in_threadpool(work)
    headers = {"Location": result.body["links"]["self"]}
    if result.replayed:
        headers["Idempotent-Replayed"] = "true"
    return JSONResponse(result.body, status_code=result.status_code, headers=headers)


@router.get("/{article_id}", response_model=ArticleOut)
def get_article(article_id: UUID, state: State, _: AnyRole) -> ArticleOut:
    with state.transaction() as conn:
        return service.get_article(conn, article_id, state.settings.min_checkworthiness)


@router.get("/{article_id}/claims", response_model=list[ClaimOut])
def article_claims(article_id: UUID, state: State, _: AnyRole, min_score: float = 0.0) -> list[ClaimOut]:
    with state.transaction() as conn:
        return claims.claims_of_article(conn, article_id, min_score)
