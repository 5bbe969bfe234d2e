"""UI sessions: a signed, HttpOnly, SameSite=Lax cookie holding the key id, a CSRF token and leases.

The cookie holds no API key. Each request re-reads the key, so revoking it ends the session.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from schemas.keys import Principal
from services.api.deps import AppState
from services.errors import Forbidden
from services.review import secrets as review_secrets

COOKIE = "claimdesk_session"
MAX_AGE = 12 * 3600
MAX_LEASES = 20
_lock = threading.Lock()


class LoginRequired(Exception):
    """No valid session: the UI answers with a redirect to the sign-in page."""


@dataclass
class Session:
    key_id: UUID
    csrf: str
    leases: dict[str, str] = field(default_factory=dict)
    principal: Principal | None = None

    def to_data(self) -> dict[str, Any]:
        return {"k": str(self.key_id), "c": self.csrf, "l": self.leases}


def signer(request: Request) -> URLSafeTimedSerializer:
    app_state = request.app.state
    existing: URLSafeTimedSerializer | None = getattr(app_state, "ui_signer", None)
    if existing is not None:
        return existing
    with _lock:
        if getattr(app_state, "ui_signer", None) is None:
            state: AppState = app_state.claimdesk
            with state.transaction() as conn:
                key = review_secrets.session_key(conn, state.settings.session_secret)
            app_state.ui_signer = URLSafeTimedSerializer(key, salt="claimdesk-ui")
    result: URLSafeTimedSerializer = app_state.ui_signer
    return result


def read_session(request: Request) -> Session | None:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return None
    try:
        data = signer(request).loads(raw, max_age=MAX_AGE)
        return Session(key_id=UUID(data["k"]), csrf=str(data["c"]), leases=dict(data.get("l") or {}))
    except (BadSignature, KeyError, ValueError, TypeError):
        return None


def current_session(request: Request) -> Session:
    cached: Session | None = getattr(request.state, "ui_session", None)
    if cached is not None:
        return cached
    session = read_session(request)
    if session is None:
        raise LoginRequired
    state: AppState = request.app.state.claimdesk
    with state.transaction() as conn:
        session.principal = review_secrets.active_principal(conn, session.key_id)
    if session.principal is None:
        raise LoginRequired
    request.state.ui_session = session
    return session


def write_session(request: Request, response: Response, session: Session) -> None:
    while len(session.leases) > MAX_LEASES:
        session.leases.pop(next(iter(session.leases)))
    response.set_cookie(
        COOKIE,
        signer(request).dumps(session.to_data()),
        max_age=MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


def new_session(principal: Principal) -> Session:
    return Session(key_id=principal.key_id, csrf=secrets.token_urlsafe(32), principal=principal)


def login_csrf(request: Request) -> str:
    return str(signer(request).dumps("login", salt="claimdesk-login"))


def check_login_csrf(request: Request, token: str) -> None:
    try:
        signer(request).loads(token, salt="claimdesk-login", max_age=3600)
    except BadSignature:
        raise Forbidden("the sign-in form expired; reload the page") from None


def check_csrf(session: Session, request: Request, form_token: str | None) -> None:
    sent = form_token or request.headers.get("x-csrf-token") or ""
    if not hmac.compare_digest(sent.encode(), session.csrf.encode()):
        raise Forbidden("the form's CSRF token is missing or wrong; reload the page")
