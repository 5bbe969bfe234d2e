"""Turning submitted content into the stored article text that claim offsets refer to."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

import trafilatura

_SURROGATES = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Replace what Postgres text cannot hold (NUL, lone surrogates) with U+FFFD; keep offsets 1:1."""
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = _SURROGATES.sub("\ufffd", text)
    return text


def content_hash(kind: str, content: str) -> bytes:
    """Hash of the content, normalised so whitespace and Unicode forms do not make a new article."""
    normal = " ".join(unicodedata.normalize("NFC", content).split())
    return hashlib.sha256(f"{kind}\x1f{normal}".encode("utf-8", "surrogatepass")).digest()


@dataclass(frozen=True)
class Page:
    """What an article's source gives: its main text and, from HTML metadata, title, date, site."""

    text: str
    title: str | None = None
    published: date | None = None  # the page's own publication date, when its metadata states one
    site: str | None = None  # the publisher's name (``og:site_name`` and the like)


def html_to_page(html: str) -> Page:
    """Main text and metadata of an HTML page, by trafilatura (its date comes from htmldate)."""
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    if extracted is None:
        return Page(text="")
    raw_date = getattr(extracted, "date", None)
    try:
        published = date.fromisoformat(raw_date[:10]) if raw_date else None
    except ValueError:
        published = None
    return Page(
        text=clean_text(getattr(extracted, "text", None) or ""),
        title=getattr(extracted, "title", None),
        published=published,
        site=(getattr(extracted, "sitename", None) or "")[:300] or None,
    )
