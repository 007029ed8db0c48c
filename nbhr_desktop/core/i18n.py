"""Translatable strings for the Qt-free layers.

The interface speaks Vietnamese, so the source strings are Vietnamese. Every user-visible
string in core, storage, documents, workbooks, sync and cli goes through ``_()`` so that a
catalogue (``resources/translations/<lang>/LC_MESSAGES/nbhr.mo``) can translate it later.
The Qt layer uses ``self.tr()`` / ``QCoreApplication.translate`` for the same purpose.
"""

from __future__ import annotations

import gettext

from nbhr_desktop.resources import resource

_DOMAIN = "nbhr"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def install_language(language: str | None) -> None:
    """Switch the core's catalogue; ``None`` or ``"vi"`` means the Vietnamese source text."""
    global _translation
    if not language or language == "vi":
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        _DOMAIN, localedir=str(resource("translations")), languages=[language], fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)
