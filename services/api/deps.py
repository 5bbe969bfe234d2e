"""Request dependencies: the app's shared state, the caller's identity and role checks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from psycopg import Connection
from psycopg_pool import ConnectionPool
from starlette.concurrency import run_in_threadpool

from schemas.keys import Principal, Role
from services.auth.service import Authenticator
from services.errors import Forbidden, Unauthorized
from services.settings import Settings


@dataclass
class AppState:
    settings: Settings
    pool: ConnectionPool
    authenticator: Authenticator

    @contextmanager
    def transaction(self) -> Iterator[Connection[Any]]:
        """One transaction, committed when the block ends without an error (the route's boundary)."""
        with self.pool.connection() as conn:
            yield conn

    @contextmanager
    def autocommit(self) -> Iterator[Connection[Any]]:
        """A connection on which every statement commits on its own, for services whose write is a
        single statement (or that open their own ``conn.transaction()`` for anything longer).

        It saves the ``BEGIN`` and ``COMMIT`` round trips of :meth:`transaction`: on the review
        desk's hottest paths (lease, verdict) they cost Postgres more CPU than the statement itself.
        """
        with self.pool.connection() as conn:
            conn.autocommit = True
            try:
                yield conn
            finally:
                if not conn.closed:
                    conn.autocommit = False


def state_of(request: Request) -> AppState:
    state: AppState = request.app.state.claimdesk
    return state


async def get_state(request: Request) -> AppState:
    """Async, like the other cheap dependencies: FastAPI runs sync ones on a thread."""
    return state_of(request)


State = Annotated[AppState, Depends(get_state)]


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("send an API key as 'Authorization: Bearer <key>'")
    return token.strip()


async def get_principal(request: Request, state: State) -> Principal:
    """The caller. Async so that a cached key costs no thread hop; a cache miss goes to a thread."""
    known: Principal | None = getattr(request.state, "principal", None)
    if known is not None:
        return known
    token = bearer_token(request)
    principal = state.authenticator.cached(token)
    if principal is None:
        principal = await run_in_threadpool(state.authenticator.authenticate, token)
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def require(*roles: Role) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that lets through the given roles (and admin, who may do everything)."""
    allowed = {*roles, Role.ADMIN}

    async def check(principal: CurrentPrincipal) -> Principal:
        if principal.role not in allowed:
            names = ", ".join(sorted(r.value for r in allowed))
            raise Forbidden(f"this action needs one of the roles: {names}")
        return principal

    return check


Submitter = Annotated[Principal, Depends(require(Role.SUBMITTER, Role.EDITOR))]
AnyRole = CurrentPrincipal
