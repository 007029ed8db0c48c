"""What a typed search matches: every word at the beginning of a word of the activity.

The search key is ``Activity.search_text`` (title and description folded: lower case, no
diacritics, single spaces). A typed word (folded the same way) matches when the key holds
it starting at a word boundary: at the start, or after a character that is neither an
ASCII letter or digit nor a non-ASCII character (a space, a bracket, "/", "-", "."…):

- "tap huan" finds "Tập huấn", "huan" finds it too, "uan" does not (a syllable's inside);
- "cedaw" finds "(CEDAW)", "ttg" and "qd-ttg" find "1079/QĐ-TTg", "1079" finds it, "079"
  does not; "10/12" finds "(10/12)".

Before 0.3 a typed word matched anywhere ("uan" found "huấn"); a word's beginning is what
an officer types, and it can be answered from a word index (``storage.search_index``,
SQLite's FTS5) instead of reading every row. The index splits the key into tokens exactly
as ``TOKEN`` does, so a word made of one token matches when some token begins with it,
and a word of several ("qd-ttg", "10/12") when its tokens do and the plain test below
holds. ``at_word_start`` is that plain test, in SQL on SQLite (GLOB) and PostgreSQL
(a regular expression, which a trigram index can answer): the reference the index is
held to.
"""

from __future__ import annotations

import re

from sqlalchemy import Column, bindparam, literal_column, select, table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean

from nbhr_desktop.storage import search_index

# A token of the index (FTS5 'ascii' tokenizer): ASCII letters and digits, and every
# non-ASCII character; anything else separates.
TOKEN = re.compile("[0-9A-Za-z\u0080-\U0010ffff]+")
_SEPARATOR_GLOB = "[^0-9A-Za-z\u0080-\U0010ffff]"
_SEPARATOR_REGEX = "[^0-9A-Za-z\u0080-\U0010ffff]"


def tokens(word: str) -> list[str]:
    return TOKEN.findall(word)


def _glob_escaped(word: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in word)


def _regex_escaped(word: str) -> str:
    return "".join(c if c.isalnum() else "\\" + c for c in word)


class at_word_start(FunctionElement):
    """``search_text`` holds ``word`` at a word boundary (see the module's text)."""

    type = Boolean()
    inherit_cache = True
    name = "at_word_start"

    def __init__(self, column, word: str):
        super().__init__(column, bindparam(None, f"*{_SEPARATOR_GLOB}{_glob_escaped(word)}*"),
                         bindparam(None, f"(^|{_SEPARATOR_REGEX}){_regex_escaped(word)}"))


@compiles(at_word_start, "sqlite")
def _at_word_start_sqlite(element, compiler, **kw):
    column, glob, _regex = element.clauses
    # A space in front: the start of the key is a boundary too.
    return (f"(' ' || {compiler.process(column, **kw)}) GLOB {compiler.process(glob, **kw)}")


@compiles(at_word_start)
def _at_word_start_default(element, compiler, **kw):
    column, _glob, regex = element.clauses
    return f"({compiler.process(column, **kw)} ~ {compiler.process(regex, **kw)})"


# The FTS5 table as SQLAlchemy sees it: its rowid is the activity's id.
fts = table(search_index.TABLE, Column("rowid"))
_MATCH = literal_column(search_index.TABLE)


def match_expression(words: list[str]) -> str | None:
    """The FTS5 query for ``words``: each token of each word as a prefix, all required
    (``None`` when no word has a token: "-" alone)."""
    found = [f'"{token}"*' for word in words for token in tokens(word)]
    return " ".join(found) if found else None


def unindexed_words(words: list[str]) -> list[str]:
    """The words the index alone cannot decide (several tokens, or none): their tokens'
    prefixes are necessary, the plain test decides."""
    return [word for word in words if tokens(word) != [word]]


def matches(words: list[str]) -> ColumnElement[bool]:
    """The index's condition on the ``fts`` table (for a join with the activities)."""
    return _MATCH.op("MATCH")(bindparam(None, match_expression(words)))


def indexed_ids(words: list[str]):
    """SELECT of the ids of the activities whose key has every word's tokens as prefixes."""
    return select(fts.c.rowid).where(matches(words))
