"""Trust questions of the Trao đổi dữ liệu screen: keys, first contacts, wrong recipients.

The rules are in ``sync.keys`` and ``sync.trust``; this module only asks the officer, in
plain words, and never decides for them: every default button is the safe one (Hủy).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.sync import keys
from nbhr_desktop.ui.forms import load_form

# The trust questions are asked for several screens: one context of their own, written out
# so that lupdate files them where translate() looks.
translate = QCoreApplication.translate


class KeyRegisterDialog(QDialog):
    """Unit and key code; the code is checked as typed (24 hex digits)."""

    def __init__(self, units: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đăng ký mã khóa của đơn vị"))
        self.ui = load_form("key_register_dialog.ui", self)
        self.setMinimumWidth(600)
        self.resize(600, 340)
        # A wrapped label in a form loaded at run time does not claim its height by itself.
        intro = self.ui.introLabel
        intro.setMinimumHeight(intro.heightForWidth(560) + 4)
        for code, name in units:
            self.ui.unitCombo.addItem(f"{name} ({code})", code)
        self.ui.buttonBox.button(QDialogButtonBox.Ok).setText(self.tr("Đăng ký"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.codeEdit.textChanged.connect(lambda _text: self.ui.errorLabel.clear())

    def accept(self) -> None:
        try:
            keys.parse_fingerprint(self.ui.codeEdit.text())
        except UserError as error:
            self.ui.errorLabel.setText(error.message)
            return
        super().accept()

    def choice(self) -> tuple[str, str]:
        return self.ui.unitCombo.currentData(), self.ui.codeEdit.text().strip()


def ask_untrusted_key(parent, error: keys.KeyMismatch) -> str | None:
    """"added", "re-pinned" or None (cancel) for a file signed by a key not trusted."""
    if isinstance(error, keys.NotIntroduced):
        box = QMessageBox(QMessageBox.Warning,
                          translate("Trust", "Máy lạ tự nhận là của đơn vị này"),
                          error.message, parent=parent)
        box.setInformativeText(translate(
            "Trust",
            "Chỉ giới thiệu khi chính bạn đã xem mã khóa trên máy kia (thẻ “Gửi đi”) và thấy "
            "trùng với mã {0}. Nếu không chắc, hãy bấm Hủy.").format(error.fingerprint))
        add = box.addButton(translate("Trust", "Giới thiệu máy này (tin khóa {0})").format(
            error.fingerprint), QMessageBox.AcceptRole)
        cancel = box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return "added" if box.clickedButton() is add else None
    box = QMessageBox(QMessageBox.Warning, translate("Trust", "Khóa của đơn vị gửi đã thay đổi"),
                      error.message, parent=parent)
    box.setInformativeText(translate(
        "Trust",
        "Chỉ ghim lại khi đã gọi điện cho đơn vị gửi và đọc đúng mã khóa. Nếu không chắc, "
        "hãy bấm Hủy."))
    replace = box.addButton(translate("Trust", "Ghim lại khóa mới (thay khóa cũ)"),
                            QMessageBox.DestructiveRole)
    add = box.addButton(translate("Trust", "Tin thêm khóa này (máy thứ hai của đơn vị)"),
                        QMessageBox.AcceptRole)
    cancel = box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "re-pinned" if clicked is replace else "added" if clicked is add else None


def confirm_unusual(parent, source) -> str:
    """Before applying a first contact or a file for another unit: "accept", "refuse" or
    "cancel"."""
    first = "first-contact" in source.confirmations
    box = QMessageBox(QMessageBox.Warning,
                      translate("Trust", "Lần đầu nhận tệp của đơn vị này") if first
                      else translate("Trust", "Tệp gửi cho đơn vị khác"),
                      "\n\n".join(source.confirmations.values()), parent=parent)
    if first:
        box.setInformativeText(translate(
            "Trust",
            "Mã khóa của tệp: {0}. Nếu mã này trùng mã in trên báo cáo của {1} (hoặc mã đơn "
            "vị đọc qua điện thoại), hãy tin khóa và nhập. Nếu khác, hãy từ chối tệp.").format(
                source.fingerprint, source.sender_name))
    accept = box.addButton(translate("Trust", "Tin khóa này và nhập") if first
                           else translate("Trust", "Vẫn nhập"), QMessageBox.AcceptRole)
    refuse = box.addButton(translate("Trust", "Từ chối tệp"), QMessageBox.DestructiveRole)
    cancel = box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "accept" if clicked is accept else "refuse" if clicked is refuse else "cancel"


def trust_text(parent, source) -> tuple[str, str]:
    """The preview's line about who signed the file, and its colour."""
    if source.kind != "package":
        return "", ""
    fp = source.fingerprint
    if source.first_contact:
        return translate(
            "Trust", "⚠ LẦN ĐẦU nhận tệp của {0}: khóa {1} chưa được đăng ký. Đối chiếu mã này "
            "với mã in trên báo cáo của đơn vị trước khi nhập; nếu khác, bấm “Từ chối tệp”."
        ).format(source.sender_name, fp), "#9c2a00"
    texts = {
        "own": translate("Trust", "Tệp do chính máy này tạo."),
        "pinned": translate("Trust", "Khóa {0} của {1} đã được tin từ trước."),
        "registered": translate("Trust", "Khóa {0} khớp mã khóa đã đăng ký cho {1}."),
        "added": translate("Trust", "Khóa {0} của {1} sẽ được tin thêm theo yêu cầu của bạn."),
        "re-pinned": translate("Trust", "Khóa {0} của {1} sẽ thay khóa cũ theo yêu cầu của bạn."),
    }
    text = texts.get(source.pin_status, "").format(fp, source.sender_name)
    if "other-recipient" in source.confirmations:
        return text + " " + source.confirmations["other-recipient"], "#9c2a00"
    return text, "#1d5e20"
