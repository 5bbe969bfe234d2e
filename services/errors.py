"""One error tree. Every error a client can cause maps to an RFC 9457 problem (services.api.problems)."""

from __future__ import annotations

from typing import Any


class ClaimDeskError(Exception):
    status = 500
    title = "Internal Server Error"
    type = "about:blank"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.extra = extra


class BadRequest(ClaimDeskError):
    status, title = 400, "Bad Request"


class Unauthorized(ClaimDeskError):
    status, title = 401, "Unauthorized"


class Forbidden(ClaimDeskError):
    status, title = 403, "Forbidden"


class NotFound(ClaimDeskError):
    status, title = 404, "Not Found"


class Conflict(ClaimDeskError):
    status, title = 409, "Conflict"


class PreconditionFailed(ClaimDeskError):
    status, title = 412, "Precondition Failed"


class PayloadTooLarge(ClaimDeskError):
    status, title = 413, "Content Too Large"


class Unprocessable(ClaimDeskError):
    status, title = 422, "Unprocessable Content"


class PreconditionRequired(ClaimDeskError):
    status, title = 428, "Precondition Required"


class ServiceUnavailable(ClaimDeskError):
    status, title = 503, "Service Unavailable"


class FetchError(Exception):
    """An article URL could not be fetched (refused address, timeout, too large, HTTP error)."""
