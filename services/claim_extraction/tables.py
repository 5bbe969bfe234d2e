"""Tables in plain text: a data row is a line of cells (set apart by tabs, runs of spaces or bars) with a
label and two figures at least, near another such row. Its figures are checkable as a sentence's are."""

from __future__ import annotations

import re

_CELL_GAP = re.compile(r"\t+|\s{2,}|\s*\|\s*")
_NUMERIC_CELL = re.compile(r"[-+−–]?\s?[$€£¥]?\s?\d[\d,.]*\s?%?(?:\s?\([-+]?\d[\d,.]*%?\))?|\d+-\d+")
_TABLE_NEIGHBOURS = 3  # lines either side where another row of the table may be


def data_row(line: str) -> bool:
    """A line of cells (set apart by tabs, runs of spaces or bars): a label (maybe after a rank, "1 | The
    Lantern Keeper | $48,200,000 | ..."), two figures at least."""
    cells = [c for c in _CELL_GAP.split(line.strip()) if c and c != "$"]
    return (
        len(cells) >= 3
        and any(re.search(r"[^\W\d_]", c) for c in cells[:2])
        and sum(1 for c in cells[1:] if _NUMERIC_CELL.fullmatch(c)) >= 2
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
