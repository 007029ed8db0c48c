"""What a typed search matches: every typed word at the beginning of a word of the activity.

The search key is ``Activity.search_text``: the folded words of title and description (lower
case, no diacritics), each between single spaces (``storage.search_key``). A typed word is
folded and split into words the same way. A finished word (followed by a space) must be a
whole word of the activity; the word being typed (the last, with no space after it) must
begin one:

- "tap huan" finds "Tập huấn" and "tập huấn viên", "huan" finds it too, "uan" does not (a
  syllable's inside); "hua" finds "huấn", "hua " (finished) does not;
- "cedaw" finds "(CEDAW)", "ttg" and "qd-ttg" find "1079/QĐ-TTg", "1079" finds it, "079"
  does not; "10/12" finds "(10/12)"; "can bo " finds "cán bộ", not "cánh bồ";
- punctuation alone ("-", "…") is no word and filters nothing.

Before 0.3 a typed word matched anywhere ("uan" found "huấn"). Words are what an officer
types, and they can be answered from a word index (``storage.search_index``, SQLite's
FTS5) instead of reading every row. A typed word of one word matches when the index holds
that word (finished) or a word beginning with it (being typed); a typed word of several
("qd-ttg", "10/12") must have them side by side, which the index (no positions) cannot
tell: its words are necessary and the plain test decides. ``plain_tests`` is that test,
one ``LIKE`` per typed word on both engines: the reference the indexes are held to, and
the only road on an SQLite without FTS5. PostgreSQL's word index (the GIN index of the
key's words stored in the narrow copy of the log, ``storage.search_figures``) is asked the
same question by ``gin_matches``, the plain test then deciding as on SQLite.
"""

from __future__ import annotations

from sqlalchemy import Column, and_, bindparam, cast, func, literal_column, select, table
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.sql.elements import ColumnElement

from nbhr_desktop.base.text import fold
from nbhr_desktop.storage import search_index
from nbhr_desktop.storage.search_key import words_of

Typed = tuple[tuple[str, ...], bool]  # a typed word's key words, and whether it is finished


def typed_words(text: str) -> list[Typed]:
    """The typed words of a search box's text: all finished but the last, which is finished
    only when a space follows it; punctuation alone is dropped."""
    found = [word for word in fold(text).split(" ") if word]
    ended = bool(text) and text[-1].isspace()
    typed = []
    for index, word in enumerate(found):
        parts = tuple(words_of(word))
        if parts:
            typed.append((parts, index < len(found) - 1 or ended))
    return typed


def like_pattern(parts: tuple[str, ...], whole: bool) -> str:
    """The LIKE pattern of one typed word (key words hold no ``%``, ``_`` or backslash)."""
    return f"% {' '.join(parts)}{' ' if whole else ''}%"


def plain_tests(column, typed: list[Typed]) -> list[ColumnElement[bool]]:
    return [column.like(like_pattern(parts, whole)) for parts, whole in typed]


# The FTS5 table as SQLAlchemy sees it: its rowid is the activity's id.
fts = table(search_index.TABLE, Column("rowid"))
_MATCH = literal_column(search_index.TABLE)


def _terms(typed: list[Typed], whole_term: str, prefix_term: str) -> list[str]:
    """Each key word of the typed words as an index's query term: whole, but for the last
    word of a typed word being typed, which may begin a longer one (``prefix_term``)."""
    found = []
    for parts, whole in typed:
        for index, part in enumerate(parts):
            being_typed = index == len(parts) - 1 and not whole
            found.append((prefix_term if being_typed else whole_term).format(part))
    return found


def match_expression(typed: list[Typed]) -> str | None:
    """The FTS5 query for the typed words, all required (``None``: no word)."""
    return " ".join(_terms(typed, '"{}"', '"{}"*')) or None


def unindexed(typed: list[Typed]) -> list[Typed]:
    """The typed words the index alone cannot decide (several words side by side)."""
    return [(parts, whole) for parts, whole in typed if len(parts) > 1]


def matches(typed: list[Typed]) -> ColumnElement[bool]:
    """The index's condition on the ``fts`` table (for a join with the activities)."""
    return _MATCH.op("MATCH")(bindparam(None, match_expression(typed)))


def indexed_ids(typed: list[Typed]):
    """SELECT of the ids of the activities holding every typed word's words."""
    return select(fts.c.rowid).where(matches(typed))


def tsquery_text(typed: list[Typed]) -> str | None:
    """The tsquery of the typed words (``'tap' & 'huan':*``), written as tsquery input, so
    no parser or dictionary touches the words (they hold only letters and digits)."""
    return " & ".join(_terms(typed, "'{}'", "'{}':*")) or None


def gin_matches(typed: list[Typed], words, *, asked: list[Typed] | None = None
                ) -> ColumnElement[bool]:
    """The word index's condition on ``words``, the key's words stored as a tsvector
    (PostgreSQL: ``storage.search_figures``, whose GIN index answers it).

    ``asked``: fewer typed words to ask the index (``without_short_prefix``); the rows it
    finds are then tested against all of ``typed`` by ``ts_match_vq`` — the function
    behind ``@@``, which no index answers, so the planner cannot fold it back into the
    index's question."""
    if asked is None or asked == typed:
        return words.op("@@")(_tsquery(typed))
    return and_(words.op("@@")(_tsquery(asked)), func.ts_match_vq(words, _tsquery(typed)))


def _tsquery(typed: list[Typed]):
    return cast(bindparam(None, tsquery_text(typed)), TSQUERY)


# A word being typed of at most this many letters may begin many words, whose rows the GIN
# index must all unite (at 400,000 activities, "tap huan c" 25 ms in the index, "tap huan
# con" 10 ms, "tap huan" alone 2.5 ms).
SHORT_PREFIX = 3


def without_short_prefix(typed: list[Typed]) -> list[Typed] | None:
    """``typed`` without its word being typed when that is short (``SHORT_PREFIX``), or
    None when it has none or nothing would be left."""
    if not typed:
        return None
    parts, whole = typed[-1]
    if whole or len(parts[-1]) > SHORT_PREFIX:
        return None
    narrowed = typed[:-1] + ([(parts[:-1], True)] if len(parts) > 1 else [])
    return narrowed or None
