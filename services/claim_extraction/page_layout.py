"""Print layout undone: text that was laid out for paper (a PDF turned into text, a court reporter's
transcript, a plain-text e-mail) read as the paragraphs it was written in.

``unlaid(text)`` returns a text of the same length, so every offset into it is an offset into the
original:

* **Margin line numbers** (a court transcript's ``1`` to ``25`` down each page) become spaces: a run of
  at least five lines that start with consecutive numbers.
* **Running heads and feet** become spaces: ``Page 2 of 24``, a line that is only a page number or
  ends in one ("DRI Press Release DRI/PR/2026/031      Page 1 of 3"; "Report 7: 2025–26      7" when
  two pages print it) and, in a text with such page marks, a line without a full stop a few lines
  from a page mark on two pages or more, its digits aside ("Official - Subject to Final Review",
  "October 29, 2025 Chair Langley's Press Conference FINAL", "OFFICIAL"). A form feed starts a line.
* **Soft line breaks** become spaces. A text is *wrapped* when its lines stop at one column (the
  wrap width, 40 to 130 characters) and at least three of its breaks are soft. A break is soft when
  the next line's first word would not have fitted on the line before it (or the next line goes on
  in lower case), the line before fills at least half the width, and the next line neither starts a
  speaker's turn, a list item or a more indented paragraph. A sentence cut by a page break (a soft
  break with only blank lines and running heads between) is joined the same way.

Text that is not wrapped (a web page's paragraphs on one line each) comes back unchanged, and so do
the line breaks of a wrapped text that are not soft: a line break stays a hard boundary.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

_MIN_WIDTH, _MAX_WIDTH = 40, 130
_MIN_SOFT_BREAKS = 3
_CAPTION_STAMP = re.compile(r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*\r?")
_MIN_CAPTIONS = 8  # stamped caption lines that make a text a video's transcript
# words a phrase does not end on, and words that carry on the one before
_GOES_ON = {
    "a", "an", "the", "to", "of", "in", "on", "at", "for", "from", "with", "by", "about", "into", "than",
    "as", "and", "or", "but", "that", "because", "if", "when", "while", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "will", "would", "could", "should", "can", "our", "their", "his",
    "her", "its", "my", "your", "this", "these", "those", "nearly", "roughly", "around", "over", "under",
    "up", "more", "less", "per", "some", "every", "each", "just", "only", "almost", "least", "most",
}  # fmt: skip
_CARRIES_ON = {
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "percent",
    "dollars",
    "of",
    "to",
    "than",
}
_MARGIN_NUMBER = re.compile(r"^[ \t]{0,3}(\d{1,2})(?=[ \t]|$)")
_MARGIN_RUN = 5
_PAGE_MARK = re.compile(r"(?i:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-")
# a running head or foot that numbers the page: "DRI Press Release DRI/PR/2026/031      Page 1 of 3"
_NUMBERED_HEAD = re.compile(
    r"(?i:.{0,80}\s{2,}page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|page\s+\d{1,4}\s+of\s+\d{1,4}\s{2,}.{0,80})"
)
_NUMBER_AT_EDGE = re.compile(r".{3,100}\s{3,}\d{1,4}|\d{1,4}\s{3,}.{3,100}")
_REPEATS = 2  # (on a text with page marks)
_HEAD_REACH = 4  # a running head or foot is a few lines from the page's number
_DIGITS = re.compile(r"\d+")
# a new turn, list item or field starts the next line: never a soft break before it
_TURN_OR_ITEM = re.compile(
    # "• item", "1. item", "1.4 item", "(a) item"
    r"(?:[•·▪►‣◦*–-]|\d{1,3}[.)]|\d{1,2}(?:\.\d{1,2})+|\(?[a-z]\))\s|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,4}\s*"
    r"(?:\([^()]{1,40}\)\s*)?:(?:\s|$)|"
    # "CHAIR LANGLEY. Thank you"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+|The\s+)?[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3}\.\s|"
    r"Q[.:]?\s|A\.\s"
)
_FIRST_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?:;,][\"”’)]*$")
_CLAUSE_END = re.compile(r"[.!?:][\"”’)]*$")


_CELLS = re.compile(r"\S(?:\t| {3,})\S")  # cells set apart by a tab or a run of spaces


def _has_cells(line: str) -> bool:
    """Whether a line's words (past a list item's bullet or number) are cells of a table."""
    words = line.strip()
    item = _TURN_OR_ITEM.match(words)
    return bool(_CELLS.search(words[item.end() :].lstrip() if item else words))


def unlaid(text: str) -> str:
    """``text`` with margin numbers, running heads, soft line breaks and a video's caption time stamps
    replaced by spaces."""
    if "\n" not in text and "\f" not in text:
        return text
    text = text.replace("\f", "\n")  # a form feed starts a page
    lines = text.split("\n")
    chars = list(text)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    if _join_captions(lines, starts, chars):
        return "".join(chars)
    furniture = _blank_margins_and_heads(lines, starts, chars)
    if not furniture and not _may_be_wrapped(lines):
        return "".join(chars)
    lines = "".join(chars).split("\n")
    width = _wrap_width(lines)
    if width is None:
        return "".join(chars)
    joins = []
    previous = None  # index of the last line with words
    gap_has_furniture = False
    for index, line in enumerate(lines):
        if not line.strip():
            gap_has_furniture = gap_has_furniture or index in furniture
            continue
        if previous is not None and _soft(lines[previous], line, width):
            gap = index - previous - 1
            if gap == 0 or gap_has_furniture:
                joins.append((previous, index))
        previous, gap_has_furniture = index, False
    if len(joins) < _MIN_SOFT_BREAKS:
        return "".join(chars)
    for before, after in joins:
        for i in range(before, after):  # the line breaks (and blanked heads) between the two lines
            end = starts[i] + len(lines[i])
            chars[end] = " "
            if end > 0 and chars[end - 1] == "\r":
                chars[end - 1] = " "
            if i > before:
                for j in range(starts[i], end):
                    chars[j] = " "
    return "".join(chars)


def _join_captions(lines: list[str], starts: list[int], chars: list[str]) -> bool:
    """A video page's transcript, a time stamp on a line of its own before each caption line ("0:47",
    "city engineer Ramona Tiller says the"): the captions are one flow of speech cut every few words,
    so each stamp between two caption lines and the line breaks around it become spaces. Whether it
    joined any."""
    stamps = [i for i, line in enumerate(lines) if _CAPTION_STAMP.fullmatch(line)]
    if len(stamps) < _MIN_CAPTIONS:
        return False
    stamped = set(stamps)
    joined = False
    for i in stamps:
        caption, following = i - 1, i + 1
        if caption - 1 not in stamped or following >= len(lines) or following in stamped:
            continue  # the line before is no caption (a header), or no caption follows
        if not lines[caption].strip() or not lines[following].strip():
            continue
        # (only where the phrase goes on: a caption line ending "back in" before "September", "roughly 3"
        # before "million dollars"; joining them all makes one sentence of a whole newscast, and a line
        # ending in a number often ends a sentence: "the lowest since 2019" / "the port moved ...")
        last = lines[caption].split()[-1].lower()
        first = lines[following].split()[0].lower()
        if last not in _GOES_ON and first not in _CARRIES_ON:
            continue
        for j in range(starts[caption] + len(lines[caption]), starts[following]):
            chars[j] = " "  # the caption's line break, the stamp and its line break
        joined = True
    return joined


def _blank_margins_and_heads(lines: list[str], starts: list[int], chars: list[str]) -> set[int]:
    """Blank margin numbers and running heads in ``chars``; the indexes of the lines blanked whole."""
    numbers = [int(m.group(1)) if m else None for m in map(_MARGIN_NUMBER.match, lines)]
    run: list[int] = []
    numbered: list[int] = []
    for index, number in enumerate(numbers):
        previous = numbers[index - 1] if run and run[-1] == index - 1 else None
        if number is not None and previous is not None and number == previous + 1:
            run.append(index)
            continue
        if len(run) >= _MARGIN_RUN:
            numbered.extend(run)
        run = [index] if number is not None else []
    if len(run) >= _MARGIN_RUN:
        numbered.extend(run)
    margins = set(numbered)  # (a set: "not in" for every line stays linear)
    for index in numbered:
        m = _MARGIN_NUMBER.match(lines[index])
        assert m is not None
        for j in range(starts[index] + m.start(1), starts[index] + m.end(1)):
            chars[j] = " "
    marks = {
        index
        for index, line in enumerate(lines)
        if index not in margins
        and line.strip()
        and (_PAGE_MARK.fullmatch(line.strip()) or _NUMBERED_HEAD.fullmatch(line.strip()))
    }
    # a head that ends (or starts) with the bare page number, the same on two pages but for the number:
    # "Managing the Hospital Capital Renewal Program | Report 7: 2025–26                      7"
    loose = [
        i for i, line in enumerate(lines) if i not in margins and _NUMBER_AT_EDGE.fullmatch(line.strip())
    ]
    numbered_heads = Counter(_DIGITS.sub("#", lines[i].strip()) for i in loose)
    marks |= {i for i in loose if numbered_heads[_DIGITS.sub("#", lines[i].strip())] >= _REPEATS}
    # A running head sits a few lines from a page's number, on two pages at least, its digits aside
    # ("Page 3" changes from page to page); only a text with page numbers has them (an earnings call
    # repeats "Jane Doe -- CFO" lines too, and a line of text that happens to repeat is no head).
    near = {
        i
        for mark in (marks if len(marks) >= 2 else ())
        for i in range(max(0, mark - _HEAD_REACH), min(len(lines), mark + _HEAD_REACH + 1))
    }
    shapes = Counter(_DIGITS.sub("#", lines[i].strip()) for i in near if lines[i].strip())
    heads = {shape for shape, count in shapes.items() if count >= _REPEATS}
    blanked = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        head = (
            _DIGITS.sub("#", stripped) in heads
            and len(stripped) <= 100
            and not _SENTENCE_END.search(stripped)
        )
        if index in marks or head:
            for j in range(starts[index], starts[index] + len(line)):
                chars[j] = " "
            blanked.add(index)
    return blanked


def _may_be_wrapped(lines: list[str]) -> bool:
    """Cheap test first: some lines in the wrap widths followed by a line with words."""
    close = 0
    for line, following in pairwise(lines):
        if _MIN_WIDTH <= len(line.rstrip()) <= _MAX_WIDTH and following.strip():
            close += 1
            if close >= _MIN_SOFT_BREAKS:
                return True
    return False


def _wrap_width(lines: list[str]) -> int | None:
    """The column the text's lines are wrapped at, if most lines followed by another stop near it."""
    lengths = sorted(
        len(line.rstrip()) for line, following in pairwise(lines) if line.strip() and following.strip()
    )
    if len(lengths) < _MIN_SOFT_BREAKS:
        return None
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    full = sum(1 for n in lengths if n >= width * 0.75)
    if full < len(lengths) * 0.4:
        return None
    longer = sum(1 for line in lines if len(line.rstrip()) > width + 10)
    if longer > max(2, len(lengths) // 10):
        return None  # long one-line paragraphs as well: a web page with a short list, not a wrapped text
    return width


def _soft(line: str, following: str, width: int) -> bool:
    body = line.rstrip()
    if len(body) < width / 2:
        return False
    rest = following.lstrip()
    if _has_cells(body) or _has_cells(rest):
        return False  # a table's line: "City              Today     Week ago" / "Bellweather   $3.08   ..."
    indent = len(following) - len(rest)
    own = len(line) - len(line.lstrip())
    # a list item's or a numbered paragraph's next line starts under its text: "  •   118 schemes ..." /
    # "      next month"
    item = _TURN_OR_ITEM.match(line.lstrip())
    text_column = own + len(line.lstrip()) - len(line.lstrip()[item.end() :].lstrip()) if item else None
    if indent > own and indent > 1 and indent != text_column:
        return False  # a new, indented paragraph (not the hanging indent of a list item's next line)
    if _TURN_OR_ITEM.match(rest):
        return False
    if body.endswith(":") and len(body) < width * 0.8:
        return False  # a header: "Media enquiries:"
    first = _FIRST_WORD.match(rest)
    if first is None:
        return False
    if (rest[0].islower() or rest[0].isdigit()) and not _CLAUSE_END.search(body):
        return True  # the sentence goes on: "... She filed" / "11 days later."
    return len(body) + 1 + len(first.group()) > width
