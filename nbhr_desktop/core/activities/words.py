"""What a typed search matches: every typed word at a word boundary of the activity.

The search key is ``Activity.search_text`` (title and description folded: lower case, no
diacritics, single spaces). A typed word is folded the same way. A word boundary is the
start or end of the key, or a character that is neither an ASCII letter or digit nor a
non-ASCII character (a space, a bracket, "/", "-", "."…). A finished word (followed by a
space) must be a whole word of the activity; the word being typed (the last, with no space
after it) must begin one:

- "tap huan" finds "Tập huấn" and "tập huấn viên", "huan" finds it too, "uan" does not (a
  syllable's inside); "hua" finds "huấn", "hua " (finished) does not;
- "cedaw" finds "(CEDAW)", "ttg" and "qd-ttg" find "1079/QĐ-TTg", "1079" finds it, "079"
  does not; "10/12" finds "(10/12)"; "can bo " finds "cán bộ", not "cánh bồ".

Before 0.3 a typed word matched anywhere ("uan" found "huấn"). Words are what an officer
types, and they can be answered from a word index (``storage.search_index``, SQLite's
FTS5) instead of reading every row. The index splits the key into tokens exactly as
``TOKEN`` does: a word of one token matches when that token is in the index (whole) or
some token begins with it (being typed); a word of several ("qd-ttg", "10/12") when its
tokens do and the plain test below holds. ``at_word_start`` is that plain test, in SQL on
SQLite (GLOB) and PostgreSQL (LIKE, then a regular expression): the reference the index
is held to, and PostgreSQL's only road (it has no word index, see migration 0006).
"""

from __future__ import annotations

import re

from sqlalchemy import Column, bindparam, literal_column, select, table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean

from nbhr_desktop.base.text import fold
from nbhr_desktop.storage import search_index

# A token of the index (FTS5 'ascii' tokenizer): ASCII letters and digits, and every
# non-ASCII character; anything else separates.
TOKEN = re.compile("[0-9A-Za-z\u0080-\U0010ffff]+")
_SEPARATOR_GLOB = "[^0-9A-Za-z\u0080-\U0010ffff]"
_SEPARATOR_REGEX = "[^0-9A-Za-z\u0080-\U0010ffff]"


def tokens(word: str) -> list[str]:
    return TOKEN.findall(word)


Typed = tuple[str, bool]  # a folded word, and whether it is finished (whole)


def typed_words(text: str) -> list[Typed]:
    """The folded words of a search box's text: all finished but the last, which is
    finished only when a space follows it."""
    found = [word for word in fold(text).split(" ") if word]
    ended = bool(text) and text[-1].isspace()
    return [(word, index < len(found) - 1 or ended) for index, word in enumerate(found)]


def _glob_escaped(word: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in word)


def _like_escaped(word: str) -> str:  # PostgreSQL's LIKE escapes with a backslash
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _regex_escaped(word: str) -> str:
    return "".join(c if c.isalnum() else "\\" + c for c in word)


class at_word_start(FunctionElement):
    """``search_text`` holds ``word`` from a word boundary (and up to one when ``whole``),
    see the module's text."""

    type = Boolean()
    inherit_cache = True
    name = "at_word_start"

    def __init__(self, column, word: str, whole: bool = False):
        glob_end = f"{_SEPARATOR_GLOB}*" if whole else "*"
        regex_end = f"($|{_SEPARATOR_REGEX})" if whole else ""
        super().__init__(
            column, bindparam(None, f"*{_SEPARATOR_GLOB}{_glob_escaped(word)}{glob_end}"),
            bindparam(None, f"(^|{_SEPARATOR_REGEX}){_regex_escaped(word)}{regex_end}"),
            bindparam(None, f"%{_like_escaped(word)}%"))


@compiles(at_word_start, "sqlite")
def _at_word_start_sqlite(element, compiler, **kw):
    column, glob, _regex, _like = element.clauses
    # Spaces around: the start and end of the key are boundaries too.
    return (f"(' ' || {compiler.process(column, **kw)} || ' ') GLOB "
            f"{compiler.process(glob, **kw)}")


@compiles(at_word_start)
def _at_word_start_default(element, compiler, **kw):
    column, _glob, regex, like = element.clauses
    # LIKE first: PostgreSQL's LIKE rejects a row several times faster than its regular
    # expressions (a rare word at 100,000 activities: ~700 ms by the expression alone).
    text = compiler.process(column, **kw)
    return (f"({text} LIKE {compiler.process(like, **kw)} AND "
            f"{text} ~ {compiler.process(regex, **kw)})")


# The FTS5 table as SQLAlchemy sees it: its rowid is the activity's id.
fts = table(search_index.TABLE, Column("rowid"))
_MATCH = literal_column(search_index.TABLE)


def match_expression(typed: list[Typed]) -> str | None:
    """The FTS5 query for the typed words, all required: each token whole, but for the
    last token of a word being typed, which may begin a longer one (``None`` when no word
    has a token: "-" alone)."""
    found = []
    for word, whole in typed:
        parts = tokens(word)
        for index, token in enumerate(parts):
            last = index == len(parts) - 1 and not whole and word.endswith(token)
            found.append(f'"{token}"*' if last else f'"{token}"')
    return " ".join(found) if found else None


def unindexed(typed: list[Typed]) -> list[Typed]:
    """The words the index alone cannot decide (several tokens, or none): their tokens are
    necessary, the plain test decides."""
    return [(word, whole) for word, whole in typed if tokens(word) != [word]]


def plain_tests(column, typed: list[Typed]) -> list[ColumnElement[bool]]:
    return [at_word_start(column, word, whole) for word, whole in typed]


def matches(typed: list[Typed]) -> ColumnElement[bool]:
    """The index's condition on the ``fts`` table (for a join with the activities)."""
    return _MATCH.op("MATCH")(bindparam(None, match_expression(typed)))


def indexed_ids(typed: list[Typed]):
    """SELECT of the ids of the activities holding every typed word's tokens."""
    return select(fts.c.rowid).where(matches(typed))
