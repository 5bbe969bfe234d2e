"""Reviewer desk pages. Thin like the API routes: parse a form, call one service, render or redirect.

Every page needs a session; every POST checks the session's CSRF token and the same roles as the API.
Domain errors on a form post come back as a message on the page the user was on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

import jinja2
from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from schemas.keys import Principal, Role
from schemas.review import EvidenceIn, VerdictIn, VerdictLabel
from services.api.deps import AppState
from services.api.ui import session as sessions
from services.api.ui.forms import blank_to_none, validation_message
from services.errors import ClaimDeskError, Forbidden
from services.review import leases, queue, similar, verdicts, views
from services.review.policy import ReviewPolicy

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(
    env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)
)
router = APIRouter(include_in_schema=False)

CHECKERS = (Role.CHECKER, Role.EDITOR, Role.ADMIN)
EDITORS = (Role.EDITOR, Role.ADMIN)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
SHORTCUTS = [
    ("n", "take the next claim"),
    ("e", "add evidence (focus the form)"),
    ("v", "write the verdict (focus the form)"),
    ("Ctrl+Enter", "submit the form you are in"),
    ("a", "approve the first verdict shown"),
    ("g q", "go to the queue"),
    ("?", "show or hide this list"),
]


def _state(request: Request) -> AppState:
    state: AppState = request.app.state.claimdesk
    return state


def _policy(request: Request) -> ReviewPolicy:
    policy: ReviewPolicy = request.app.state.review_policy
    return policy


def _principal(session: sessions.Session) -> Principal:
    assert session.principal is not None
    return session.principal


def _allow(session: sessions.Session, roles: tuple[Role, ...]) -> Principal:
    principal = _principal(session)
    if principal.role not in roles:
        raise Forbidden(f"this page needs one of the roles: {', '.join(r.value for r in roles)}")
    return principal


def render(request: Request, name: str, session: sessions.Session | None, **context: Any) -> HTMLResponse:
    context.update(
        principal=session.principal if session else None,
        csrf=session.csrf if session else "",
        notice=request.query_params.get("notice"),
        error=request.query_params.get("error"),
        shortcuts=SHORTCUTS,
    )
    response = templates.TemplateResponse(request, name, context)
    response.headers.update(SECURITY_HEADERS)
    return response


def redirect(url: str, **params: str | None) -> RedirectResponse:
    query = urlencode({k: v for k, v in params.items() if v})
    return RedirectResponse(f"{url}?{query}" if query else url, status_code=303)


def act(
    request: Request,
    csrf_token: str | None,
    roles: tuple[Role, ...],
    back: str,
    work: Callable[[Principal], Any],
) -> Any:
    """Check the session, CSRF token and role, run ``work``; a domain error goes back as a message."""
    session = sessions.current_session(request)
    try:
        sessions.check_csrf(session, request, csrf_token)
        return work(_allow(session, roles))
    except ClaimDeskError as exc:
        return redirect(back, error=exc.detail or exc.title)


# sign-in -----------------------------------------------------------------------------------------


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/ui/queue", status_code=303)


@router.get("/ui/login")
def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.html", None, login_csrf=sessions.login_csrf(request))


@router.post("/ui/login")
def login(
    request: Request,
    api_key: Annotated[str, Form(max_length=500)],
    csrf_token: Annotated[str, Form(max_length=500)],
) -> Response:
    try:
        sessions.check_login_csrf(request, csrf_token)
        principal = _state(request).authenticator.authenticate(api_key.strip())
    except ClaimDeskError as exc:
        return redirect("/ui/login", error=exc.detail or exc.title)
    response = redirect("/ui/queue", notice=f"Signed in as {principal.name} ({principal.role.value})")
    sessions.write_session(request, response, sessions.new_session(principal))
    return response


@router.post("/ui/logout")
def logout(request: Request, csrf_token: Annotated[str | None, Form()] = None) -> Response:
    session = sessions.current_session(request)
    sessions.check_csrf(session, request, csrf_token)
    response = redirect("/ui/login", notice="Signed out")
    response.delete_cookie(sessions.COOKIE, path="/")
    return response


# queue -------------------------------------------------------------------------------------------


@router.get("/ui/queue")
def queue_page(request: Request) -> Response:
    session = sessions.current_session(request)
    params = request.query_params
    filters = {name: (params.get(name) or None) for name in ("status", "type", "outlet", "language", "mine")}
    mine = filters["mine"] == "1"
    try:
        with _state(request).transaction() as conn:
            page = queue.list_queue(
                conn,
                status=filters["status"] or "queued",  # type: ignore[arg-type]
                type=filters["type"],
                outlet=filters["outlet"],
                language=filters["language"],
                assignee_id=_principal(session).key_id if mine else None,
                cursor=params.get("cursor") or None,
                limit=50,
            )
    except ClaimDeskError as exc:
        return redirect("/ui/queue", error=exc.detail or exc.title)
    template = "_queue_rows.html" if request.headers.get("hx-request") else "queue.html"
    next_query = urlencode({**{k: v for k, v in filters.items() if v}, "cursor": page.next_cursor or ""})
    return render(request, template, session, page=page, filters=filters, next_query=next_query)


@router.post("/ui/queue/take")
def take_next(request: Request, csrf_token: Annotated[str | None, Form()] = None) -> Response:
    def work(principal: Principal) -> Response:
        with _state(request).transaction() as conn:
            lease = leases.lease_next(conn, _policy(request), principal)
        if lease is None:
            return redirect("/ui/queue", notice="The queue is empty.")
        session = sessions.current_session(request)
        session.leases[str(lease.claim.id)] = str(lease.lease_token)
        response = redirect(f"/ui/claims/{lease.claim.id}", notice="Claim leased to you.")
        sessions.write_session(request, response, session)
        return response

    result: Response = act(request, csrf_token, CHECKERS, "/ui/queue", work)
    return result


# claim -------------------------------------------------------------------------------------------


def _lease_of(session: sessions.Session, claim_id: UUID) -> str | None:
    return session.leases.get(str(claim_id))


@router.get("/ui/claims/{claim_id}")
def claim_page(request: Request, claim_id: UUID) -> HTMLResponse:
    session = sessions.current_session(request)
    with _state(request).transaction() as conn:
        review = views.claim_review(conn, _policy(request), claim_id)
        history = views.history(conn, claim_id)
    claim = review.claim
    body = review.article_body or claim.source_text
    start, end = (claim.start, claim.end) if claim.end <= len(body) else (0, 0)
    holds_lease = (
        claim.status == "leased"
        and review.leased_by == _principal(session).key_id
        and _lease_of(session, claim_id) is not None
    )
    return render(
        request,
        "claim.html",
        session,
        review=review,
        claim=claim,
        before=body[:start],
        span=body[start:end],
        after=body[end:],
        history=history,
        holds_lease=holds_lease,
        scale=_policy(request).rating_scale,
        labels=[label.value for label in VerdictLabel],
        can_review=_principal(session).role in EDITORS,
    )


@router.get("/ui/claims/{claim_id}/similar")
def similar_panel(request: Request, claim_id: UUID) -> HTMLResponse:
    session = sessions.current_session(request)
    with _state(request).transaction() as conn:
        found = similar.similar_claims(conn, _policy(request), claim_id)
    return render(request, "_similar.html", session, similar=found)


@router.post("/ui/claims/{claim_id}/heartbeat")
def heartbeat(request: Request, claim_id: UUID, csrf_token: Annotated[str | None, Form()] = None) -> Response:
    """htmx keeps the lease alive while the claim page is open; answers the new expiry."""

    def work(principal: Principal) -> Response:
        session = sessions.current_session(request)
        with _state(request).transaction() as conn:
            lease = leases.heartbeat(
                conn, _policy(request), principal, claim_id, _lease_of(session, claim_id)
            )
        return HTMLResponse(f"lease until {lease.expires_at:%H:%M:%S} UTC", headers=SECURITY_HEADERS)

    result: Response = act(request, csrf_token, CHECKERS, f"/ui/claims/{claim_id}", work)
    return result


@router.post("/ui/claims/{claim_id}/evidence")
def add_evidence(
    request: Request,
    claim_id: UUID,
    url: Annotated[str, Form(max_length=2000)],
    stance: Annotated[str, Form(max_length=20)],
    title: Annotated[str | None, Form(max_length=1000)] = None,
    publisher: Annotated[str | None, Form(max_length=300)] = None,
    published_at: Annotated[str | None, Form(max_length=40)] = None,
    quote: Annotated[str | None, Form(max_length=10_000)] = None,
    question: Annotated[str | None, Form(max_length=2000)] = None,
    answer: Annotated[str | None, Form(max_length=10_000)] = None,
    csrf_token: Annotated[str | None, Form()] = None,
) -> Response:
    back = f"/ui/claims/{claim_id}"
    fields = {
        "url": url,
        "stance": stance,
        "title": title,
        "publisher": publisher,
        "published_at": published_at,
        "quote": quote,
        "question": question,
        "answer": answer,
    }

    def work(principal: Principal) -> Response:
        try:
            payload = EvidenceIn.model_validate(blank_to_none(fields))
        except ValidationError as exc:
            return redirect(back, error=validation_message(exc))
        session = sessions.current_session(request)
        with _state(request).transaction() as conn:
            verdicts.add_evidence(conn, principal, claim_id, _lease_of(session, claim_id), payload)
        return redirect(back, notice="Evidence added.")

    result: Response = act(request, csrf_token, CHECKERS, back, work)
    return result


@router.post("/ui/claims/{claim_id}/verdict")
def submit_verdict(
    request: Request,
    claim_id: UUID,
    label: Annotated[str, Form(max_length=40)],
    rating: Annotated[str, Form(max_length=60)],
    conclusion: Annotated[str, Form(max_length=400)],
    explanation: Annotated[str, Form(max_length=20_000)],
    version: Annotated[str, Form(max_length=20)],
    citations: Annotated[list[str] | None, Form()] = None,
    csrf_token: Annotated[str | None, Form()] = None,
) -> Response:
    back = f"/ui/claims/{claim_id}"
    fields = {
        "label": label,
        "rating": rating,
        "conclusion": conclusion,
        "explanation": explanation,
        "citations": citations or [],
    }

    def work(principal: Principal) -> Response:
        try:
            payload = VerdictIn.model_validate(fields)
        except ValidationError as exc:
            return redirect(back, error=validation_message(exc))
        session = sessions.current_session(request)
        with _state(request).transaction() as conn:
            verdicts.submit_verdict(
                conn,
                _policy(request),
                principal,
                claim_id,
                payload,
                lease_token=_lease_of(session, claim_id),
                if_match=f'"{version}"',
            )
        session.leases.pop(str(claim_id), None)
        response = redirect(back, notice="Verdict submitted for approval.")
        sessions.write_session(request, response, session)
        return response

    result: Response = act(request, csrf_token, CHECKERS, back, work)
    return result


@router.post("/ui/claims/{claim_id}/release")
def release(request: Request, claim_id: UUID, csrf_token: Annotated[str | None, Form()] = None) -> Response:
    def work(principal: Principal) -> Response:
        session = sessions.current_session(request)
        with _state(request).transaction() as conn:
            leases.release(conn, principal, claim_id, _lease_of(session, claim_id))
        session.leases.pop(str(claim_id), None)
        response = redirect("/ui/queue", notice="Claim returned to the queue.")
        sessions.write_session(request, response, session)
        return response

    result: Response = act(request, csrf_token, CHECKERS, f"/ui/claims/{claim_id}", work)
    return result


@router.post("/ui/claims/{claim_id}/dismiss")
def dismiss(
    request: Request,
    claim_id: UUID,
    reason: Annotated[str, Form(min_length=1, max_length=1000)],
    csrf_token: Annotated[str | None, Form()] = None,
) -> Response:
    def work(principal: Principal) -> Response:
        session = sessions.current_session(request)
        with _state(request).transaction() as conn:
            verdicts.dismiss(conn, principal, claim_id, _lease_of(session, claim_id), reason.strip())
        session.leases.pop(str(claim_id), None)
        response = redirect(f"/ui/claims/{claim_id}", notice="Claim dismissed.")
        sessions.write_session(request, response, session)
        return response

    result: Response = act(request, csrf_token, CHECKERS, f"/ui/claims/{claim_id}", work)
    return result


# approvals ---------------------------------------------------------------------------------------


@router.get("/ui/approvals")
def approvals_page(request: Request) -> Response:
    session = sessions.current_session(request)
    try:
        _allow(session, EDITORS)
    except ClaimDeskError as exc:
        return redirect("/ui/queue", error=exc.detail)
    with _state(request).transaction() as conn:
        pending = views.pending_approvals(conn, _policy(request))
    return render(request, "approvals.html", session, pending=pending)


@router.post("/ui/claims/{claim_id}/approve")
def approve(
    request: Request,
    claim_id: UUID,
    version: Annotated[str, Form(max_length=20)],
    back: Annotated[str, Form(pattern=r"^/ui/[A-Za-z0-9/_-]*$", max_length=200)] = "/ui/approvals",
    csrf_token: Annotated[str | None, Form()] = None,
) -> Response:
    def work(principal: Principal) -> Response:
        with _state(request).transaction() as conn:
            result = verdicts.approve(conn, _policy(request), principal, claim_id, f'"{version}"')
        notice = (
            "Verdict published." if result.published else f"Approved ({result.approvals}/{result.quorum})."
        )
        return redirect(back, notice=notice)

    result: Response = act(request, csrf_token, EDITORS, back, work)
    return result


@router.post("/ui/claims/{claim_id}/send-back")
def send_back(
    request: Request,
    claim_id: UUID,
    comment: Annotated[str, Form(min_length=1, max_length=5000)],
    version: Annotated[str, Form(max_length=20)],
    csrf_token: Annotated[str | None, Form()] = None,
) -> Response:
    def work(principal: Principal) -> Response:
        with _state(request).transaction() as conn:
            verdicts.send_back(conn, _policy(request), principal, claim_id, comment.strip(), f'"{version}"')
        return redirect("/ui/approvals", notice="Verdict sent back to its author.")

    result: Response = act(request, csrf_token, EDITORS, "/ui/approvals", work)
    return result


# article -----------------------------------------------------------------------------------------


@router.get("/ui/articles/{article_id}")
def article_page(request: Request, article_id: UUID) -> HTMLResponse:
    session = sessions.current_session(request)
    with _state(request).transaction() as conn:
        article = views.article_review(conn, article_id)
    return render(request, "article.html", session, article=article)


def install(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(router)

    @app.exception_handler(sessions.LoginRequired)
    async def _login(request: Request, exc: sessions.LoginRequired) -> Response:
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/ui/login"})
        return RedirectResponse("/ui/login", status_code=303)
