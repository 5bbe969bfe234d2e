"""Tables in plain text: a data row is a line of cells (set apart by tabs, runs of spaces or bars) with a
label and two figures at least, or a ranked result ("4. Ines Carvalho – 174 pts"), near another such
row. Its figures are checkable as a sentence's are, as its table states them (``table_figures``: scaled
by the table's note, "($ in millions)", signs and accounting brackets kept)."""

from __future__ import annotations

import re

from schemas.claims import QuantityFacet
from services.claim_extraction.quantities import currency_of, scale_of

_CELL_GAP = re.compile(r"\t+|\s{2,}|\s*\|\s*")
# (a figure may carry a short unit or be a time: "+1.806s", "287 pts", "+1 lap", "1:54.31", "2:05:41")
_FIGURE = r"[-+−–]?\s?[$€£¥₹]?\s?\d[\d,.]*(?:\s?%|\s?(?:s|m|h|pts?|laps?|kg|km|mi|ft|yds?)\b)?"
_TIME = r"(?:\d{1,2}h)?\d{1,2}(?::\d\d){1,2}(?:\.\d+)?|\d{1,2}h\d\dm\d\d(?:\.\d+)?s"
_NUMERIC_CELL = re.compile(_FIGURE + r"\*?(?:\s?\([-+]?\d[\d,.]*%?\))?|\d+-\d+|" + _TIME)
_YEAR = re.compile(r"(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?")  # "2025", "2025-26": a column's heading
_RANK = re.compile(r"\d{1,3}[.)]?")
# a ranked result set apart by single spaces, commas or a dash: "1. Dawit Worku (ETH) 2:05:41 CR",
# "4. Yuna Halloran, Ravenland, 1:54.31", "2. Meridian – 419"
_RANKED_RESULT = re.compile(
    # (the label a name's capitalised words: "3. He was born in 1990" is a list's sentence)
    r"\d{1,3}[.)]\s+[A-Z(][\w'’.()&-]*(?:,?\s+(?:[A-Z(][\w'’.()&-]*|of|the|de|da|van|von|del|la|le|and|&)){0,8}"
    r"(?:\s+|,\s*|\s[–—-]\s)(?:" + _TIME + r"|\d+-\d+|" + _FIGURE + r")"
    r"\*?(?:\s+[A-Z]{1,3})?"
)
_TABLE_NEIGHBOURS = 3  # lines either side where another row of the table may be


# a list's label and its figure: "Ohio: 14", "Other states: 26", "Attendance: 18,204 (sellout)", "Tanks:
# 11,371 (+3)"
_LABELLED_FIGURE = re.compile(
    r"[A-Z][\w'’.&() -]{1,40}:\s+[$£€₹]?\d[\d,.]*(?:\s?%|\s?[a-z]{1,12})?(?:\s+\([+−-]?[\w ,.]{1,20}\))?"
)


def data_row(line: str) -> bool:
    """A line of cells (set apart by tabs, runs of spaces or bars): a label (maybe after a rank, "1 | The
    Lantern Keeper | $48,200,000 | ..."), two figures at least, or one after two cells of words (a
    results table's name, team and time); or a ranked result ("4. Ines Carvalho – 174 pts") or a list's
    label and figure ("Ohio: 14")."""
    if _RANKED_RESULT.fullmatch(line.strip()) or _LABELLED_FIGURE.fullmatch(line.strip()):
        return True
    cells = [c for c in _CELL_GAP.split(line.strip()) if c and c != "$"]
    # (a results table's row, a rank maybe blanked before it: a name, a team, a time: "2    Rafael
    # Quintero    Meridian   +1.806s")
    if cells and _RANK.fullmatch(cells[0]):
        cells = cells[1:]
    # (or one figure among cells of words: a name, a team, a time; a branch, its visits, its fate: "Fenwick
    # Road | 31,400 | Close")
    words = [c for c in cells if re.search(r"[^\W\d_]{2}", c) and not _NUMERIC_CELL.fullmatch(c)]
    figures = 1 if len(words) >= 2 else 2
    return (
        len(cells) >= 3
        and any(re.search(r"[^\W\d_]", c) for c in cells[:2])
        and sum(1 for c in cells[1:] if _NUMERIC_CELL.fullmatch(c) and not _YEAR.fullmatch(c)) >= figures
    )


def table_row(text: str, start: int, end: int) -> bool:
    """Whether the line a sentence is, whole, is a data row of a table: another data row near it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # (a rank the sentence splitter set apart may come first: "1 | The Lantern Keeper | ...")
    lead = text[line_start:start]
    if (lead.strip() and not re.fullmatch(r"\s*\d{1,3}[.)]?\s*", lead)) or text[end:line_end].strip():
        return False
    if not data_row(text[line_start:line_end]):
        return False
    before = text[max(0, line_start - 2000) : line_start].split("\n")[-_TABLE_NEIGHBOURS - 1 : -1]
    after = text[line_end + 1 : line_end + 2000].split("\n")[:_TABLE_NEIGHBOURS]
    return any(data_row(line) for line in before + after)


# a table's note on the scale of its figures: "($ in millions, except per share data)", "(Unaudited; in
# millions, except per share amounts)", "By fiscal year, millions of dollars", "Key allocations (in ₹
# crore)"; a row's own: "Net sales ($mn)"
_TABLE_SCALE = re.compile(
    r"(?:(?P<symbol>[$£€₹])\s*)?\bin\s+(?:(?P<symbol_after>[$£€₹]|rs\.?)\s*)?(?P<scale>thousands|millions|billions|"
    r"crores?|lakhs?)\b"
    r"|\b(?P<scale_word>thousands|millions|billions)\s+of\s+(?P<currency>dollars|pounds|euros)\b",
    re.IGNORECASE,
)
_ROW_SCALE = re.compile(r"\((?P<symbol>[$£€])\s?(?P<scale>k|m|mn|mln|bn|b)\)", re.IGNORECASE)
# rows whose figures the note does not scale: "Diluted EPS", "Gross margin", "P/E (x)", "Employees"
_UNSCALED_ROW = re.compile(
    r"per share|\beps\b|margin|ratio|\(x\)|%|percent|\brate\b|shares|employees|headcount|days\b|units\b",
    re.IGNORECASE,
)
_NOTE_LOOKBACK = 30  # lines above a row where its table's note may be


def _prose(line: str) -> bool:
    """A paragraph's line, which ends a table looking upwards (a note may still be in it)."""
    return len(line.split()) >= 12 and bool(re.search(r"[.!?][\"”’]?\s*$", line)) and not data_row(line)


def _table_scale(text: str, line_start: int) -> tuple[float, tuple[str, str] | None] | None:
    """The scale (and currency) the note above a table's row gives its figures, looked for up to the
    first paragraph above it."""
    end = line_start - 1
    for _ in range(_NOTE_LOOKBACK):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if note := _TABLE_SCALE.search(line):
            scale = note["scale"] or note["scale_word"]
            money = note["symbol"] or (note["symbol_after"] or note["currency"] or "").lower()
            return scale_of(scale) or 1.0, currency_of(money) if money else None
        if _prose(line):
            return None
        end = start - 1
    return None


def table_figures(text: str, start: int, end: int, found: list[QuantityFacet]) -> list[QuantityFacet]:
    """A table row's figures as its table states them: scaled by the table's note or the row's label
    ("($ in millions)": "$ 562.4" -> 562,400,000 dollars; "Net sales ($mn)  6,412" -> 6,412,000,000), a
    cell's minus sign or accounting brackets kept ("-310", "(3.0)%" -> -310, -3.0). Counts, shares and
    per-share figures are not scaled."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    label = _CELL_GAP.split(line.strip(), maxsplit=1)[0]
    scale: tuple[float, tuple[str, str] | None] | None = None
    if own := _ROW_SCALE.search(label):
        scale = scale_of(own["scale"]) or 1.0, currency_of(own["symbol"])
    elif not _UNSCALED_ROW.search(label):
        scale = _table_scale(text, line_start)
    # (a note without a currency, a row with one: "Revenue $ 412.6")
    if scale is not None and scale[1] is None and (sign := re.search(r"[$£€₹]", line)):
        scale = scale[0], currency_of(sign.group(0))
    out = []
    for q in found:
        update: dict[str, object] = {}
        before = text[max(line_start, q.start - 2) : q.start]
        # (accounting brackets hold a decimal or a large figure: "(3.0)%", "(1,204)"; "(1)" is a note's
        # mark, "(38%)" a share)
        bracketed = (
            before.endswith("(") and text[q.end : q.end + 1] == ")" and re.search(r"[.,]\d|\d{3}", q.text)
        )
        negative = re.search(r"(?:^|\s)[-−]$", before) or bracketed
        value = -q.value if negative else q.value
        if bracketed and text[q.end + 1 : q.end + 2] == "%":
            update["unit"] = "percent"  # "(3.0)%"
        money = (q.currency is not None or q.unit is None) and "unit" not in update
        if scale is not None and money and q.unit not in {"percent", "percentage points"}:
            value *= scale[0]
            if q.currency is None and scale[1] is not None:
                update["unit"], update["currency"] = scale[1]
        if value != q.value:
            update["value"] = value
        out.append(q.model_copy(update=update) if update else q)
    return out
