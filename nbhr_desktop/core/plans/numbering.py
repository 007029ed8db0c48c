"""Automatic numbering of a plan's body: "I.", "1.", "a)" computed from the order of blocks.

Numbers are never stored: moving, adding or deleting a block renumbers everything after it.
A section restarts its items, an item restarts its points; plain paragraphs are not numbered.
Points use the Vietnamese alphabet as official documents do (a, b, c, d, đ, e, g, …).
"""

from __future__ import annotations

from collections.abc import Iterable

from nbhr_desktop.core.vnformat import roman
from nbhr_desktop.storage.models import SectionLevel

POINT_LETTERS = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
]


def point_letter(n: int) -> str:
    """1 -> "a", 5 -> "đ"; past "y" the letters double ("aa"), which no real plan reaches."""
    if n <= len(POINT_LETTERS):
        return POINT_LETTERS[n - 1]
    first, rest = divmod(n - 1, len(POINT_LETTERS))
    return POINT_LETTERS[first - 1] + POINT_LETTERS[rest]


def number_blocks(levels: Iterable[str]) -> list[str]:
    """The printed number of each block, in order: ["", "I.", "1.", "a)", "b)", "2.", …]."""
    section = item = point = 0
    numbers = []
    for level in levels:
        if level == SectionLevel.SECTION:
            section, item, point = section + 1, 0, 0
            numbers.append(f"{roman(section)}.")
        elif level == SectionLevel.ITEM:
            item, point = item + 1, 0
            numbers.append(f"{item}.")
        elif level == SectionLevel.POINT:
            point += 1
            numbers.append(f"{point_letter(point)})")
        else:
            numbers.append("")
    return numbers


def heading_text(level: str, number: str, title: str) -> str:
    """How a heading reads on screen and paper: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"."""
    if level == SectionLevel.SECTION:
        title = title.upper()
    return f"{number} {title}".strip()
