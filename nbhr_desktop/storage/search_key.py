"""The search key of an activity: the words of its title and description, folded, each
between single spaces ("Tập huấn (CEDAW), 1079/QĐ-TTg" -> " tap huan cedaw 1079 qd ttg ").

A word is a run of letters and digits (of any script); everything else (spaces, brackets,
"/", "-", ".", "–", "“"…) only separates words. Held this way, "a typed word begins a word
of the activity" is the plain ``key LIKE '% word%'`` and "is a whole word" ``key LIKE
'% word %'`` on SQLite and PostgreSQL alike. SQLite's FTS5 'ascii' tokenizer, which splits
at every ASCII character that is not a letter or digit and keeps any other, finds in a key
exactly its words, so the word index (``storage.search_index``) and the plain test can
never disagree about where a word starts.
"""

from __future__ import annotations

import re

from nbhr_desktop.base.text import fold

# Letters and digits of any script (``\w`` without the underscore), at most 100 in a
# word: a longer run (a pasted code) is cut into words of 100, which PostgreSQL's word
# index can hold (a lexeme there may not exceed 2 KB).
WORD = re.compile(r"[^\W_]{1,100}")


def words_of(folded: str) -> list[str]:
    """The words of an already folded text."""
    return WORD.findall(folded)


def key_of(folded: str) -> str:
    """The key of an already folded text: its words, one space before each and after the
    last (the spaces at both ends let the first and last words match like the others)."""
    return f" {' '.join(WORD.findall(folded))} "


def search_key(title: str | None, description: str | None) -> str:
    """The key of an activity's title and description."""
    return key_of(fold(f"{title or ''} {description or ''}"))
