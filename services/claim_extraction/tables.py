"""Tables in plain text: a data row is a line of cells (set apart by tabs, runs of spaces or bars) with a
label and two figures at least, or a ranked result ("4. Ines Carvalho – 174 pts"), near another such
row. Its figures are checkable as a sentence's are."""

from __future__ import annotations

import re

_CELL_GAP = re.compile(r"\t+|\s{2,}|\s*\|\s*")
# (a figure may carry a short unit or be a time: "+1.806s", "287 pts", "+1 lap", "1:54.31", "2:05:41")
_FIGURE = r"[-+−–]?\s?[$€£¥]?\s?\d[\d,.]*(?:\s?%|\s?(?:s|m|h|pts?|laps?|kg|km|mi|ft|yds?)\b)?"
_TIME = r"(?:\d{1,2}h)?\d{1,2}(?::\d\d){1,2}(?:\.\d+)?|\d{1,2}h\d\dm\d\d(?:\.\d+)?s"
_NUMERIC_CELL = re.compile(_FIGURE + r"\*?(?:\s?\([-+]?\d[\d,.]*%?\))?|\d+-\d+|" + _TIME)
_YEAR = re.compile(r"(?:19|20)\d\d")
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


def data_row(line: str) -> bool:
    """A line of cells (set apart by tabs, runs of spaces or bars): a label (maybe after a rank, "1 | The
    Lantern Keeper | $48,200,000 | ..."), two figures at least, or one after two cells of words (a
    results table's name, team and time); or a ranked result ("4. Ines Carvalho – 174 pts")."""
    if _RANKED_RESULT.fullmatch(line.strip()):
        return True
    cells = [c for c in _CELL_GAP.split(line.strip()) if c and c != "$"]
    # (a results table's row, a rank maybe blanked before it: a name, a team, a time: "2    Rafael
    # Quintero    Meridian   +1.806s")
    if cells and _RANK.fullmatch(cells[0]):
        cells = cells[1:]
    words = [c for c in cells[:2] if re.search(r"[^\W\d_]{2}", c) and not _NUMERIC_CELL.fullmatch(c)]
    last = cells[-1] if cells else ""
    figures = (
        1
        if len(cells) >= 3 and len(words) == 2 and _NUMERIC_CELL.fullmatch(last) and not _YEAR.fullmatch(last)
        else 2
    )
    return (
        len(cells) >= 3
        and any(re.search(r"[^\W\d_]", c) for c in cells[:2])
        and sum(1 for c in cells[1:] if _NUMERIC_CELL.fullmatch(c)) >= figures
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
