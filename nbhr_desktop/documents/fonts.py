"""The document font: Liberation Serif (metric-compatible with Times New Roman), embedded.

Decree 30 asks for Times New Roman; Liberation Serif has the same metrics, ships in
``resources/fonts/`` with its licence, and is embedded (subset) in every PDF we write.
Registering also makes it reportlab's base font so that no Helvetica ends up in a file.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from nbhr_desktop.resources import resource

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces once (thread-safe: PDFs are built on the worker thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
        # <b>/<i> inside paragraphs resolve through this mapping.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        # Each new canvas starts its pages with this font: without it every page would
        # reference (unembedded) Helvetica even though no text uses it.
        rl_config.canvas_basefontname = REGULAR
        # Binary (zlib) streams rather than ASCII85 text: smaller files, faster writing.
        rl_config.useA85 = 0
        _registered = True
