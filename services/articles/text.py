"""Turning submitted content into the stored article text that claim offsets refer to."""

from __future__ import annotations

import hashlib
import re
import unicodedata

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


def html_to_text(html: str) -> tuple[str | None, str]:
    """Main text (and title, when found) of an HTML page, by trafilatura."""
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    if extracted is None:
        return None, ""
    title = getattr(extracted, "title", None)
    body = getattr(extracted, "text", None) or ""
    return title, clean_text(body)
