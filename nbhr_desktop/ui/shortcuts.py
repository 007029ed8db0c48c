"""Every keyboard shortcut of the window, in one table, and the one way to bind it.

A screen binds a shortcut by its name (``bind(self, "reports.save", ui.saveButton)``); the
keys and the description come from ``SHORTCUTS``, which the Help list
(``ui/shortcut_list.py``) shows. So a shortcut cannot be bound without being listed, and
``tests/ui/test_keyboard_forms.py`` fails on a ``QShortcut`` or a keyed ``QAction`` made any
other way. Standard keys (``QKeySequence.StandardKey``: New, Save, Print, Undo, Find…) are
used wherever one exists, so that each follows its platform.

Alt+letter mnemonics (``&`` in a label or a button) need no entry: Qt binds them; Ctrl+1…9
for the screens come from the navigation itself (``MainWindow``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

Keys = QKeySequence.StandardKey | str
CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    name: str
    group: str  # the heading in the Help list (translatable)
    keys: tuple[Keys, ...]
    description: str  # translatable, QT_TRANSLATE_NOOP("Shortcuts", …)

    def sequences(self) -> list[QKeySequence]:
        out: list[QKeySequence] = []
        for key in self.keys:
            if isinstance(key, QKeySequence.StandardKey):
                out += QKeySequence.keyBindings(key)
            else:
                out.append(QKeySequence(key))
        return out

    def text(self) -> str:
        """The keys as the user's platform writes them: "Ctrl+S, Ctrl+Return"."""
        return ", ".join(s.toString(QKeySequence.NativeText) for s in self.sequences())

    def translated_description(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.description)

    def translated_group(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.group)


SK = QKeySequence.StandardKey
_WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Cả cửa sổ")
_ACTIVITIES = QT_TRANSLATE_NOOP("Shortcuts", "Hoạt động")
_ACTIVITY = QT_TRANSLATE_NOOP("Shortcuts", "Hộp thoại thêm/sửa hoạt động")
_PLANS = QT_TRANSLATE_NOOP("Shortcuts", "Kế hoạch")
_REPORTS = QT_TRANSLATE_NOOP("Shortcuts", "Báo cáo")
_EXCHANGE = QT_TRANSLATE_NOOP("Shortcuts", "Trao đổi dữ liệu")
_CATALOGUES = QT_TRANSLATE_NOOP("Shortcuts", "Danh mục")
_SETTINGS = QT_TRANSLATE_NOOP("Shortcuts", "Cài đặt")
_DASHBOARD = QT_TRANSLATE_NOOP("Shortcuts", "Tổng quan")
_SUBMISSIONS = QT_TRANSLATE_NOOP("Shortcuts", "Nộp báo cáo")

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("window.find", _WINDOW, (SK.Find,),
             QT_TRANSLATE_NOOP("Shortcuts", "Đến ô tìm kiếm của màn hình đang mở")),
    Shortcut("window.shortcuts", _WINDOW, (SK.HelpContents,),
             QT_TRANSLATE_NOOP("Shortcuts", "Danh sách phím tắt này")),
    Shortcut("window.quit", _WINDOW, ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Thoát")),
    Shortcut("dashboard.refresh", _DASHBOARD, (SK.Refresh,),
             QT_TRANSLATE_NOOP("Shortcuts", "Xem số liệu của kỳ đã chọn")),
    Shortcut("plans.new", _PLANS, (SK.New,),
             QT_TRANSLATE_NOOP("Shortcuts", "Tạo kế hoạch mới từ mẫu")),
    Shortcut("plans.open", _PLANS, (SK.Open,),
             QT_TRANSLATE_NOOP("Shortcuts", "Mở kế hoạch đang chọn")),
    Shortcut("plans.back", _PLANS, (SK.Back,),
             QT_TRANSLATE_NOOP("Shortcuts", "Về danh sách kế hoạch")),
    Shortcut("plans.undo", _PLANS, (SK.Undo,),
             QT_TRANSLATE_NOOP("Shortcuts", "Hoàn tác thay đổi cuối trong kế hoạch")),
    Shortcut("plans.redo", _PLANS, (SK.Redo,),
             QT_TRANSLATE_NOOP("Shortcuts", "Làm lại thay đổi vừa hoàn tác")),
    Shortcut("plans.add_task", _PLANS, ("Ctrl+T",),
             QT_TRANSLATE_NOOP("Shortcuts", "Thêm nhiệm vụ (trang Nhiệm vụ)")),
    Shortcut("plans.print", _PLANS, (SK.Print,), QT_TRANSLATE_NOOP("Shortcuts", "In kế hoạch")),
    Shortcut("plans.pdf", _PLANS, ("Ctrl+E",),
             QT_TRANSLATE_NOOP("Shortcuts", "Lưu kế hoạch ra tệp PDF")),
    Shortcut("activities.new", _ACTIVITIES, (SK.New,),
             QT_TRANSLATE_NOOP("Shortcuts", "Thêm hoạt động")),
    Shortcut("activities.edit", _ACTIVITIES, ("Return", "Enter"),
             QT_TRANSLATE_NOOP("Shortcuts", "Sửa hoạt động đang chọn (trong bảng)")),
    Shortcut("activities.duplicate", _ACTIVITIES, ("Ctrl+D",),
             QT_TRANSLATE_NOOP("Shortcuts", "Nhân bản hoạt động đang chọn")),
    Shortcut("activities.delete", _ACTIVITIES, ("Delete",),
             QT_TRANSLATE_NOOP("Shortcuts", "Xóa các hoạt động đang chọn (trong bảng)")),
    Shortcut("activities.undo", _ACTIVITIES, (SK.Undo,),
             QT_TRANSLATE_NOOP("Shortcuts", "Hoàn tác việc xóa hoặc sửa vừa làm")),
    Shortcut("activities.redo", _ACTIVITIES, (SK.Redo,),
             QT_TRANSLATE_NOOP("Shortcuts", "Làm lại việc vừa hoàn tác")),
    Shortcut("activity.save", _ACTIVITY, (SK.Save, "Ctrl+Return"),
             QT_TRANSLATE_NOOP("Shortcuts", "Lưu hoạt động")),
    Shortcut("reports.refresh", _REPORTS, (SK.Refresh,),
             QT_TRANSLATE_NOOP("Shortcuts", "Xem báo cáo của kỳ đã chọn")),
    Shortcut("reports.save", _REPORTS, (SK.Save,),
             QT_TRANSLATE_NOOP("Shortcuts", "Lưu báo cáo")),
    Shortcut("reports.print", _REPORTS, (SK.Print,),
             QT_TRANSLATE_NOOP("Shortcuts", "In báo cáo")),
    Shortcut("reports.pdf", _REPORTS, ("Ctrl+E",),
             QT_TRANSLATE_NOOP("Shortcuts", "Xuất báo cáo ra tệp PDF")),
    Shortcut("reports.workbook", _REPORTS, ("Ctrl+Shift+E",),
             QT_TRANSLATE_NOOP("Shortcuts", "Xuất báo cáo ra sổ Excel")),
    Shortcut("exchange.open", _EXCHANGE, (SK.Open,),
             QT_TRANSLATE_NOOP("Shortcuts", "Chọn tệp nhận về (.nbhr, .xlsx)")),
    Shortcut("exchange.apply", _EXCHANGE, ("Ctrl+I",),
             QT_TRANSLATE_NOOP("Shortcuts", "Nhập dữ liệu của tệp đang xem trước")),
    Shortcut("exchange.export", _EXCHANGE, ("Ctrl+E",),
             QT_TRANSLATE_NOOP("Shortcuts", "Xuất gói gửi đi")),
    Shortcut("exchange.template", _EXCHANGE, ("Ctrl+Shift+E",),
             QT_TRANSLATE_NOOP("Shortcuts", "Xuất sổ Excel mẫu cho xã")),
    Shortcut("catalogues.add", _CATALOGUES, (SK.New,),
             QT_TRANSLATE_NOOP("Shortcuts", "Thêm mục vào danh mục đang mở")),
    Shortcut("catalogues.edit", _CATALOGUES, ("F2",),
             QT_TRANSLATE_NOOP("Shortcuts", "Sửa mục đang chọn")),
    Shortcut("settings.save", _SETTINGS, (SK.Save,),
             QT_TRANSLATE_NOOP("Shortcuts", "Lưu cài đặt")),
    Shortcut("settings.backup", _SETTINGS, ("Ctrl+B",),
             QT_TRANSLATE_NOOP("Shortcuts", "Sao lưu ngay")),
    Shortcut("submissions.print", _SUBMISSIONS, (SK.Print,),
             QT_TRANSLATE_NOOP("Shortcuts", "In danh sách nộp báo cáo")),
    Shortcut("submissions.export", _SUBMISSIONS, ("Ctrl+E",),
             QT_TRANSLATE_NOOP("Shortcuts", "Xuất danh sách ra sổ Excel")),
)
BY_NAME = {s.name: s for s in SHORTCUTS}
NAME_PROPERTY = "shortcutName"


def bind(owner: QWidget, name: str, target: QAbstractButton | Callable[[], object], *,
         context: Qt.ShortcutContext = Qt.WidgetWithChildrenShortcut) -> QAction:
    """Bind the listed shortcut ``name`` on ``owner``.

    ``target`` is a button (the shortcut clicks it, so a disabled or hidden button does
    nothing, and the button's tooltip shows the keys) or a function. The default context
    fires while the focus is inside ``owner`` (a screen, a dialog).
    """
    spec = BY_NAME[name]
    action = assign(QAction(spec.translated_description(), owner), name)
    action.setShortcutContext(context)
    if isinstance(target, QAbstractButton):
        button = target
        action.triggered.connect(
            lambda: button.click() if _clickable(button) else None)
        tip = button.toolTip()
        button.setToolTip(f"{tip} ({spec.text()})" if tip else spec.text())
    else:
        action.triggered.connect(lambda: target())
    owner.addAction(action)
    return action


def _clickable(button: QAbstractButton) -> bool:
    # Shown in its window (not on a hidden page or panel) and enabled: what a click needs.
    return button.isEnabled() and button.isVisibleTo(button.window())


def assign(action: QAction, name: str) -> QAction:
    """Give an existing action (a menu's, from a form) the listed shortcut ``name``."""
    action.setShortcuts(BY_NAME[name].sequences())
    action.setProperty(NAME_PROPERTY, name)
    return action

