"""Issuing a plan: the clerical office's number and date, and what is still missing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from nbhr_desktop.core.plans.views import PlanView
from nbhr_desktop.ui.forms import load_form


def _note(warning: str) -> str:
    return QCoreApplication.translate("IssueDialog", "Lưu ý: {0}").format(warning)


class IssueDialog(QDialog):
    def __init__(self, editor, view: PlanView):
        super().__init__(editor)
        self.editor = editor
        self.setWindowTitle(self.tr("Ban hành kế hoạch năm {0}").format(view.summary.year))
        self.ui = load_form("plan_issue_dialog.ui", self)
        self.ui.codeLabel.setText(f"/{view.code}")
        self.ui.numberSpin.setValue(view.number or 0)
        # Today, or for a unit that has ended (a district) the last day it could issue on.
        day = (view.summary.issued_date
               or editor.context.workspace.installation_info().acting_day())
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        self.ui.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Ban hành"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.dateEdit.set_optional(False)
        self.resize(560, 380)
        self._checks = 0
        # What is missing follows what the officer types: a date typed (or a number) takes
        # its warning away at once, not only when "Ban hành" is pressed.
        self.ui.numberSpin.valueChanged.connect(self._check)
        self.ui.dateEdit.dateChanged.connect(self._check)
        self._check()

    def values(self) -> tuple[int | None, dt.date | None]:
        number = self.ui.numberSpin.value() or None
        return number, self.ui.dateEdit.value()

    def _check(self, *_args) -> None:
        """List what is missing now, so the officer can fix it before pressing Ban hành."""
        self._checks += 1
        request = self._checks
        number, day = self.values()
        plans, plan_uuid = self.editor.plans, self.editor.plan_uuid

        def work(_progress):
            # Everything missing, then what to look at without blocking (names not valid
            # on the issue date).
            problems, warnings = plans.issue_problems(plan_uuid, number, day)
            return problems + [_note(w) for w in warnings]

        def show(problems: list[str]) -> None:
            if request == self._checks:  # an older answer never covers a newer one
                self.show_problems(problems)
        self.editor.context.operations.run(work, on_success=show, parent=self,
                                           show_progress=False)

    def show_problems(self, problems: list[str]) -> None:
        self.ui.problemsList.clear()
        self.ui.problemsList.addItems(problems or [self.tr("Không thiếu gì: có thể ban hành.")])

    def accept(self) -> None:
        self.ui.dateEdit.commit()
        if self.ui.dateEdit.error():
            self.show_problems([self.ui.dateEdit.error()])
            return
        number, day = self.values()
        self.ui.buttons.setEnabled(False)

        def problems(items: list[str]) -> None:
            self.ui.buttons.setEnabled(True)
            self.show_problems(items)
        self.editor.issue(number, day, on_done=self._issued, on_problems=problems)

    def _issued(self) -> None:
        super().accept()
