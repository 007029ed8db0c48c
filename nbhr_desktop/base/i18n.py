"""Translatable strings for the Qt-free layers.

The interface speaks Vietnamese, so the source strings are Vietnamese. Every user-visible
string in core, storage, documents, workbooks, sync and cli goes through ``_()`` and the
catalogue ``resources/translations/<lang>/LC_MESSAGES/nbhr.mo`` (made by
``tools/update_translations.sh``) translates it. The Qt layer uses ``self.tr()`` /
``QCoreApplication.translate`` for the same purpose.

Official documents stay Vietnamese whatever the interface language: the PDF plans and
reports, the report workbook and the entry template are built inside
``official_vietnamese()``, where ``_()`` returns the source text, so a period label or a
verdict drawn from core code is Vietnamese there and English on screen. The catalogue does
not list the text of the modules that only write documents (``DOCUMENT_MODULES`` in
``tools/i18n_catalogue.py``); a message in such a module that the officer reads on screen
(an error, a progress step) uses ``ui_()``, which translates even inside a document.
"""

from __future__ import annotations

import contextlib
import gettext
import threading

from nbhr_desktop.resources import resource

_DOMAIN = "nbhr"
_translation: gettext.NullTranslations = gettext.NullTranslations()
_SOURCE = gettext.NullTranslations()
_language = "vi"
# Documents are built on worker threads while the GUI thread keeps translating.
_local = threading.local()


def install_language(language: str | None) -> None:
    """Switch the core's catalogue; ``None`` or ``"vi"`` means the Vietnamese source text."""
    global _translation, _language
    _language = language or "vi"
    if not language or language == "vi":
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        _DOMAIN, localedir=str(resource("translations")), languages=[language], fallback=True
    )


def installed_language() -> str:
    """The language ``install_language`` set (for a helper process to speak the same)."""
    return _language


def _active() -> gettext.NullTranslations:
    return _SOURCE if getattr(_local, "official", 0) else _translation


def _(message: str) -> str:
    return _active().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _active().ngettext(singular, plural, n)


def ui_(message: str) -> str:
    """A message for the screen written by document code: translated even in a document."""
    return _translation.gettext(message)


def N_(message: str) -> str:  # noqa: N802 (the gettext convention)
    """Marks a constant for the catalogue; the code translates it with ``_()`` where shown."""
    return message


class official_vietnamese(contextlib.ContextDecorator):  # noqa: N801 (reads as a function)
    """Within (or decorating a function), ``_()`` gives the Vietnamese of official documents."""

    def __enter__(self):
        _local.official = getattr(_local, "official", 0) + 1
        return self

    def __exit__(self, *exc):
        _local.official -= 1
        return False
