"""The content check of one table's incoming records, written out as one Python function.

``RecordChecker.check_content`` runs for every record an import writes: 300,000 times for a
province's package. Calling one small checker per column (a lambda per value, through
``map``) cost 4.3 µs a record; the same tests written out in one function, with each
column's common case (a string within its length, a whole number within its range, a
reference already seen) tested inline, cost 2.8 µs (50,000 activities of the import
bench's package).

Only the common case is inline. Anything else (a missing value, a wrong type, an unknown
reference) goes to the column's detailed check, which decides and words the refusal, so
the function refuses exactly what the checks refuse, in the same order: columns in table
order, then references, then link lists. Nothing from a record reaches the source text: it
is made from the table's own description (column names as string literals, limits as
numbers), once per checker.
"""

from __future__ import annotations

from collections.abc import Callable


def _inline_test(kind: str, name: str, max_length: int | None, choices,
                 limits: dict[str, int]) -> str | None:
    """A condition on ``v`` true for a value the column takes as it is, or None (no
    common case worth writing out: every value goes to the detailed check)."""
    if kind == "str" and choices is None:
        return f"type(v) is str and len(v) <= {int(max_length or limits['text'])}"
    if kind in ("int", "money") and name != "year":
        top = limits["money"] if kind == "money" else limits["int"]
        return f"type(v) is int and 0 <= v <= {int(top)}"
    return None


def compile_content_check(columns, references: list[tuple[str, Callable]], *,
                          detailed: list[Callable], dates: dict[int, Callable],
                          valid: set[str], links: Callable | None,
                          limits: dict[str, int]) -> Callable:
    """``check_content(record, changed_at) -> typed values``.

    ``columns``: the table's content columns (``name``, ``kind``, ``max_length``,
    ``choices``); ``detailed[i]``: column i's detailed check; ``dates[i]``: column i's date
    check (remembers the days it parsed); ``references``: (key, its check); ``valid``: the
    references already found valid, shared with those checks; ``links(record)``: the check
    of the record's link lists (None: the table has none).
    """
    env: dict[str, object] = {"valid": valid, "links": links}
    lines = ["def check_content(record, changed_at):"]
    for index, column in enumerate(columns):
        lines.append(f"    v = record[{column.name!r}]")
        if index in dates:
            env[f"date{index}"] = dates[index]
            lines.append(f"    c{index} = date{index}(v)")
            continue
        env[f"slow{index}"] = detailed[index]
        test = _inline_test(column.kind, column.name, column.max_length, column.choices,
                            limits)
        if test is None:
            lines.append(f"    c{index} = slow{index}(v)")
        else:
            lines.append(f"    c{index} = v if {test} else slow{index}(v)")
    for index, (key, check) in enumerate(references):
        env[f"ref{index}"] = check
        lines.append(f"    v = record[{key!r}]")
        lines.append(f"    if not (type(v) is str and v in valid): ref{index}(v)")
    if links is not None:
        lines.append("    links(record)")
    typed = ", ".join(f"{column.name!r}: c{index}" for index, column in enumerate(columns))
    lines.append(f"    return {{{typed}, 'changed_at': changed_at}}")
    exec(compile("\n".join(lines), f"<content check of {len(columns)} columns>", "exec"), env)
    return env["check_content"]
