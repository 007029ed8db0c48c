#!/usr/bin/env bash
# Extract the interface's translatable strings and compile the translations: both
# catalogues, keeping every existing translation.
#
#   tools/update_translations.sh   # nbhr_*.ts -> .qm (Qt), nbhr.pot -> <lang>/.../nbhr.po -> .mo
#   python3 tools/untranslated.py  # then: what is left to translate (and how to fill it in)
#
# The Qt-free layers (core, storage, sync, workbooks, cli) have a gettext catalogue made by
# tools/i18n_catalogue.py in pure Python (no GNU gettext needed); the .mo is committed like
# the .qm. Official documents stay Vietnamese: see DOCUMENT_MODULES there.
# Sources are Vietnamese (self.tr / QCoreApplication.translate / QT_TRANSLATE_NOOP in
# nbhr_desktop/ui and nbhr_desktop/app.py, and every string in forms/*.ui). lupdate keeps
# existing translations and marks vanished strings obsolete. Translators edit the .ts with
# Qt Linguist (pyside6-linguist); lrelease compiles it to the .qm that app.py loads at
# start-up for the language chosen in Cài đặt (only finished entries ship: lupdate's
# same-text guesses stay "unfinished" until a translator confirms them). Vietnamese needs no
# file of ours: it is the source. Qt's own strings in Vietnamese (qt_vi.ts) come from
# tools/qt_strings.py, as lupdate cannot read Qt's sources.
set -euo pipefail
cd "$(dirname "$0")/.."

LANGUAGES=(${NBHR_LANGUAGES:-en})
LUPDATE=$(command -v pyside6-lupdate || command -v lupdate || true)
LRELEASE=$(command -v pyside6-lrelease || command -v lrelease || true)
if [[ -z "$LUPDATE" ]]; then
    echo "Không tìm thấy pyside6-lupdate (cài PySide6)." >&2
    exit 1
fi

mapfile -t SOURCES < <(find nbhr_desktop/ui nbhr_desktop/app.py -name '*.py' | sort; find forms -name '*.ui' | sort)
for lang in "${LANGUAGES[@]}"; do
    ts="resources/translations/nbhr_${lang}.ts"
    "$LUPDATE" -no-obsolete -source-language vi -target-language "$lang" "${SOURCES[@]}" -ts "$ts"
    if [[ -n "$LRELEASE" ]]; then
        "$LRELEASE" -nounfinished "$ts" -qm "resources/translations/nbhr_${lang}.qm"
    else
        echo "Không có pyside6-lrelease: bỏ qua bước biên dịch $ts." >&2
    fi
done

PYTHON=$(command -v python3 || command -v python)
NBHR_LANGUAGES="${LANGUAGES[*]}" "$PYTHON" tools/i18n_catalogue.py update
