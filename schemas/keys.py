"""API key contracts."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel


class Role(StrEnum):
    SUBMITTER = "submitter"
    CHECKER = "checker"
    EDITOR = "editor"
    ADMIN = "admin"


class Principal(BaseModel):
    """The caller, as authenticated from an API key."""

    key_id: UUID
    name: str
    role: Role


class ApiKeyOut(BaseModel):
    id: UUID
    name: str
    role: Role
    prefix: str
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    token: str
