"""Undo/redo for the plan editor: each command writes through the plan services.

A command's ``redo``/``undo`` only queues a write on the single worker thread (through the
editor's ``write``), so the database is never touched from a view slot and writes run in
the order they were made. Field edits carry both the previous and the new values; typing
in one field merges into one command, so one undo brings the field back as it was.
Structural edits undo by tombstone: a deleted task is restored, an added one is deleted;
a restored section or task goes back to the row it held.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from nbhr_desktop.core.plans import service, tasks
from nbhr_desktop.core.plans.views import live_sections, live_tasks

# kind -> service function taking (session, uuid, installation_uuid, **values)
UPDATERS: dict[str, Callable[..., Any]] = {
    "plan": service.update_plan,
    "section": service.update_section,
    "task": tasks.update_task,
    "target": tasks.update_target,
}
DELETERS: dict[str, Callable[..., Any]] = {
    "section": service.set_section_deleted,
    "task": tasks.set_task_deleted,
    "target": tasks.set_target_deleted,
}
MOVERS: dict[str, Callable[..., Any]] = {
    "section": service.move_section,
    "task": tasks.move_task,
}
_MERGE_ID = 0x504C414E  # "PLAN": field edits of one field merge


class EditCommand(QUndoCommand):
    """Set fields of one record (plan metadata, section, task or target)."""

    def __init__(self, editor, kind: str, uuid: str, new: dict[str, Any], old: dict[str, Any],
                 text: str, *, mergeable: bool = False):
        super().__init__(text)
        self.editor, self.kind, self.uuid = editor, kind, uuid
        self.new, self.old = dict(new), dict(old)
        self.mergeable = mergeable

    def _apply(self, values: dict[str, Any]) -> None:
        update, uuid = UPDATERS[self.kind], self.uuid
        self.editor.write(lambda s, inst: update(s, uuid, inst, **values), values=(
            self.kind, uuid, values))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return _MERGE_ID if self.mergeable else -1

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, EditCommand) and other.mergeable
                and (other.kind, other.uuid, set(other.new)) == (self.kind, self.uuid,
                                                                 set(self.new))):
            return False
        self.new = dict(other.new)  # keep our ``old``: one undo restores the first value
        return True


def _index(session, kind: str, uuid: str) -> int | None:
    """Where a section or task stands among the live ones (None for others)."""
    if kind == "section":
        record = service.get_section(session, uuid)
        return live_sections(record.plan).index(record)
    if kind == "task":
        record = tasks.get_task(session, uuid)
        return live_tasks(record.plan).index(record)
    return None


def _tombstone(session, kind: str, uuid: str, inst: str) -> int | None:
    """Delete (as a tombstone) and return the row it held, for putting it back there."""
    index = _index(session, kind, uuid)
    DELETERS[kind](session, uuid, inst, deleted=True)
    return index


def _restore(session, kind: str, uuid: str, inst: str, index: int | None) -> None:
    # A restored record keeps its old position number, which another record now holds:
    # move it back to the row it held, or redo would put it somewhere else.
    DELETERS[kind](session, uuid, inst, deleted=False)
    if index is not None and kind in MOVERS:
        MOVERS[kind](session, uuid, inst, index)


class AddCommand(QUndoCommand):
    """Add a section, task or target; undo tombstones it, redo restores it in its row."""

    def __init__(self, editor, kind: str, create: Callable[[Any, str], str], text: str):
        super().__init__(text)
        self.editor, self.kind, self.create = editor, kind, create
        self.uuid: str | None = None  # set on the worker thread when first created
        self.index: int | None = None  # the row it held when undone

    def redo(self) -> None:
        def work(session, inst):
            if self.uuid is None:
                self.uuid = self.create(session, inst)
            else:
                _restore(session, self.kind, self.uuid, inst, self.index)
            return self.uuid
        self.editor.write(work, select=(self.kind, lambda: self.uuid))

    def undo(self) -> None:
        def work(session, inst):
            self.index = _tombstone(session, self.kind, self.uuid, inst)
        self.editor.write(work)


class DeleteCommand(QUndoCommand):
    def __init__(self, editor, kind: str, uuid: str, text: str):
        super().__init__(text)
        self.editor, self.kind, self.uuid = editor, kind, uuid
        self.index: int | None = None  # the row it held, for undo

    def redo(self) -> None:
        def work(session, inst):
            self.index = _tombstone(session, self.kind, self.uuid, inst)
        self.editor.write(work)

    def undo(self) -> None:
        kind, uuid = self.kind, self.uuid
        self.editor.write(lambda s, inst: _restore(s, kind, uuid, inst, self.index),
                          select=(kind, lambda: uuid))


class MoveCommand(QUndoCommand):
    def __init__(self, editor, kind: str, uuid: str, old_index: int, new_index: int, text: str):
        super().__init__(text)
        self.editor, self.kind, self.uuid = editor, kind, uuid
        self.old_index, self.new_index = old_index, new_index

    def _move(self, index: int) -> None:
        kind, uuid = self.kind, self.uuid
        self.editor.write(lambda s, inst: MOVERS[kind](s, uuid, inst, index),
                          select=(kind, lambda: uuid))

    def redo(self) -> None:
        self._move(self.new_index)

    def undo(self) -> None:
        self._move(self.old_index)
