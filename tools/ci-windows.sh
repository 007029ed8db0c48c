#!/usr/bin/env bash
# CI's Windows stage (.ci/run runs it after the test suite passed): build the installer, then
# prove under Wine, as a Windows user named "Nguyễn Văn A", what issue 11 asks:
#   1. silent install (an upgrade over the previous release, step 4) and self-test;
#   2. init, demo-data 2000, the four exports, and package exchange with the Linux build
#      in both directions, with the same counts on both sides;
#   3. the plan PDF passes the Linux layout checks and equals Linux's page for page, the
#      workbook opens in LibreOffice, the dashboard and a double-clicked .nbhr's preview
#      render offscreen and are not blank;
#   4. previous release installed, data made, upgraded: data kept, migrations after a
#      backup; uninstalled: data folder still there.
# Also: Vietnamese letters and spaces in every path, the data folder under %LOCALAPPDATA%,
# exporting over a workbook held open "by Excel" and a PDF held by a viewer, no CRLF, setup
# while the app runs (refused), setup into the data folder (refused).
# Everything lives in build/windows (git-ignored); each step prints its wall and CPU time.
#   bash tools/ci-windows.sh [--skip-build]   (--skip-build: test the last run's installers)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source tools/windows-env.sh
source tools/_env.sh
T0=$SECONDS
R="$W/ci"                                 # this run's Wine prefix, data and outputs
CHECK() { "$LINUX" tools/ci-windows-checks.py "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
# The Wine prefixes link Z: to / (see build-windows.sh): none may outlive this run. What the
# Windows side exported (PDFs, workbook, screenshots) is kept in build/windows/ci/exported.
export NBHR_KEEP_PREFIX=1
cleanup() {
  [ -n "${OUT_U:-}" ] && [ -d "$OUT_U" ] && rm -rf "$R/exported" && cp -r "$OUT_U" "$R/exported"
  for prefix in "$R/prefix" "$W/prefix" "$W/previous/prefix"; do
    if [ -d "$prefix" ]; then
      WINEPREFIX="$prefix" wineserver -k 2>/dev/null || true
      rm -rf "$prefix"
    fi
  done
  return 0
}
trap cleanup EXIT

# -- build: the current version and the previous release, side by side ------------------------
step "W1. Linux test environment"
# The one tools/test.sh made (.ci/run ran it just before); made here when run on its own.
LINUX="${NBHR_PYTHON:-$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python3)}"
if ! "$LINUX" -c 'import nbhr_desktop, pdfplumber, pypdf, PIL' 2>/dev/null; then
  nbhr_python_env test >/dev/null
  LINUX="$NBHR_PY"
fi
LINUX="$("$LINUX" -c 'import sys; print(sys.executable)')"
echo "Linux build: $LINUX -m nbhr_desktop, from $ROOT"
done_step

build_both() {
  step "W2. build: Wine, Windows Python, locked wheels (once)"
  bash tools/build-windows.sh --setup-only
  done_step

  step "W3. build: the current version and the previous release, in parallel"
  ref="$(git describe --tags --abbrev=0 --match 'v[0-9]*' HEAD^ 2>/dev/null || true)"
  [ -n "$ref" ] || ref="$(sed -n 's/^baseline=//p' installer/previous-release)"
  PREV_SRC="$W/previous-src"
  rm -rf "$PREV_SRC" && mkdir -p "$PREV_SRC"
  git archive "$ref" 2>/dev/null | tar -x -C "$PREV_SRC" \
    || fail "previous release $ref is not in this clone's history (clone without --depth)"
  echo "previous release: $ref ($(git log -1 --format='%h %cs %s' "$ref" | cut -c1-70))"
  # A release that has its own build script is built with it (its own .nsi and spec), so the
  # upgrade starts from exactly what users have; older ones with today's script.
  if [ -f "$PREV_SRC/tools/build-windows.sh" ]; then
    prev_build=(env NBHR_WIN_BUILD="$W/previous" bash "$PREV_SRC/tools/build-windows.sh")
  else
    prev_build=(bash tools/build-windows.sh --source "$PREV_SRC")
  fi
  rm -rf "$W/out" "$W/out-previous"
  bash tools/build-windows.sh --name current >"$W/logs/build-current.log" 2>&1 & current_pid=$!
  "${prev_build[@]}" --name previous --compressor zlib --out "$W/out-previous" \
    >"$W/logs/build-previous.log" 2>&1 & previous_pid=$!
  status=0
  wait "$current_pid" || status=1
  wait "$previous_pid" || status=$((status + 2))
  for which in current previous; do
    echo "--- build $which:"; grep -E '^(---|frozen|/|Tự kiểm)|MB \(' "$W/logs/build-$which.log" || true
  done
  [ "$status" = 0 ] || { tail -25 "$W/logs/build-current.log" "$W/logs/build-previous.log"; fail "build"; }
  SETUP_NEW="$(ls "$W"/out/NBHRDesktop-*-setup.exe)"
  SETUP_OLD="$(ls "$W"/out-previous/NBHRDesktop-*-setup.exe)"
  done_step
}

if [ "${1:-}" = --skip-build ]; then
  SETUP_NEW="$(ls "$W"/out/NBHRDesktop-*-setup.exe)"
  SETUP_OLD="$(ls "$W"/out-previous/NBHRDesktop-*-setup.exe)"
else
  build_both
fi
NEW_VERSION="$(basename "$SETUP_NEW" | sed 's/NBHRDesktop-\(.*\)-setup.exe/\1/')"

# -- a Windows user with Vietnamese letters and a space in the name ------------------------------
step "W4. Wine prefix for user \"Nguyễn Văn A\""
rm -rf "$R" && mkdir -p "$R/home" "$R/out"
export WINEPREFIX="$R/prefix" USER="Nguyễn Văn A" HOME="$R/home"   # HOME: Desktop link target
wine_prefix_init
PROFILE_U="$WINEPREFIX/drive_c/users/$USER"; PROFILE_W="C:\\users\\$USER"
LAD_U="$PROFILE_U/AppData/Local"; LAD_W="$PROFILE_W\\AppData\\Local"    # %LOCALAPPDATA%
INST_U="$LAD_U/Programs/NBHR Desktop"; INST_W="$LAD_W\\Programs\\NBHR Desktop"
DATA_U="$LAD_U/NBHRDesktop"; DATA_W="$LAD_W\\NBHRDesktop"              # the default data folder
DOCS_U="$PROFILE_U/Tài liệu NBHR"; DOCS_W="$PROFILE_W\\Tài liệu NBHR"
KS_W="$DOCS_W\\Dữ liệu Kim Sơn"                                         # a --data-dir
OUT_U="$DOCS_U/Xuất ra"; OUT_W="$DOCS_W\\Xuất ra"
mkdir -p "$OUT_U"
UNINST='HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Uninstall\NBHRDesktop'
ls -d "$PROFILE_U"
done_step

# run NAME PROGRAM ARGS…: a Windows program; its output (CR removed) in $R/out/NAME.txt.
# Output goes through a pipe: Wine 8 kills a Windows Python whose stdout is a regular file.
run() {
  local name="$1" rc=0; shift
  wine "$@" 2>&1 | tr -d '\r' >"$R/out/$name.txt" || rc=$?
  # "wine client error … Connection reset by peer": the process lost Wine's own server (seen
  # once on a loaded machine, before the program printed anything). That is Wine's fault,
  # not the app's: run it once more; a second failure fails the step as usual.
  if [ "$rc" -ne 0 ] && grep -q '^wine client error' "$R/out/$name.txt"; then
    echo "  ($name: Wine lost its server connection; once more)"
    sleep 3
    rc=0
    wine "$@" 2>&1 | tr -d '\r' >"$R/out/$name.txt" || rc=$?
  fi
  echo "  \$ $name (exit $rc): $(grep -v '^\s*$' "$R/out/$name.txt" | tail -n 1 | cut -c1-150)"
  return "$rc"
}
cli() { local name="$1"; shift; run "$name" "$INST_W\\nbhr-cli.exe" "$@"; }
linux() { PYTHONPATH="$ROOT" "$LINUX" -m nbhr_desktop "$@"; }  # this clone's code
export_registry() {  # export_registry KEY FILE
  wine reg export "$1" "$(zw "$2")" /y >/dev/null 2>&1 || true
}

# -- 4a. the previous release, with data in the default folder ---------------------------------
step "W5. previous release: silent install, data in %LOCALAPPDATA%\\NBHRDesktop"
run setup-previous "$(zw "$SETUP_OLD")" /S || fail "silent install of the previous release"
export_registry "$UNINST" "$R/uninstall-previous.reg"
CHECK registry "$R/uninstall-previous.reg" "$UNINST" DisplayName="NBHR Desktop"
# The province's office: its data (this year's) is what the dashboard shows in step W10.
cli old-init init --unit "Ninh Bình" --role province --officer "Đặng Thị Hương" \
  || fail "init (previous)"
cli old-demo demo-data --activities 300 --seed 3 || fail "demo-data (previous)"
cli old-info info --json || fail "info (previous)"
[ -f "$DATA_U/nbhr.sqlite3" ] || fail "no database in $DATA_U"
CHECK json "$R/out/old-info.txt" data_dir
done_step

# -- 4b + 1. upgrade to the current version ---------------------------------------------------
step "W6. upgrade: silent install of $(basename "$SETUP_NEW") over it; self-test"
ls "$DATA_U"/backups/auto 2>/dev/null >"$R/backups-before.txt" || true
run setup-current "$(zw "$SETUP_NEW")" /S || fail "silent upgrade"
cmp -s "$INST_U/nbhr-cli.exe" "$W/dist/current/NBHRDesktop/nbhr-cli.exe" \
  || fail "the installed nbhr-cli.exe is not the new build"
export_registry "$UNINST" "$R/uninstall.reg"
CHECK registry "$R/uninstall.reg" "$UNINST" DisplayName="NBHR Desktop" \
  DisplayVersion="$NEW_VERSION" Publisher="UBND tỉnh Ninh Bình" \
  DisplayIcon="\"$INST_W\\NBHRDesktop.exe\",0" UninstallString="\"$INST_W\\uninstall.exe\"" \
  QuietUninstallString="\"$INST_W\\uninstall.exe\" /S" InstallLocation="$INST_W" EstimatedSize='*'
export_registry 'HKEY_CURRENT_USER\Software\Classes' "$R/classes.reg"
CHECK registry "$R/classes.reg" 'HKEY_CURRENT_USER\Software\Classes\.nbhr' @="NBHRDesktop.Package"
CHECK registry "$R/classes.reg" \
  'HKEY_CURRENT_USER\Software\Classes\NBHRDesktop.Package\shell\open\command' \
  @="\"$INST_W\\NBHRDesktop.exe\" \"%1\""
LINK="NBHR Desktop - Truyền thông về quyền con người.lnk"
START_LINK="$PROFILE_U/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/$LINK"
DESKTOP_LINK="$HOME/$LINK"   # Wine links the profile's Desktop to $HOME
for link in "$START_LINK" "$DESKTOP_LINK"; do
  [ -f "$link" ] && echo "  shortcut: ${link#"$WINEPREFIX/"}" || fail "no shortcut $link"
done
cli new-info info --json || fail "info after the upgrade"
CHECK kept-after-upgrade "$R/out/old-info.txt" "$R/out/new-info.txt"
old_rev="$(CHECK json "$R/out/old-info.txt" schema_revision)"
new_rev="$(CHECK json "$R/out/new-info.txt" schema_revision)"
head_rev="$(CHECK json "$R/out/new-info.txt" head_revision)"
[ "$new_rev" = "$head_rev" ] || fail "schema $new_rev after the upgrade, head is $head_rev"
new_backups="$(ls "$DATA_U"/backups/auto 2>/dev/null | grep -vxF -f "$R/backups-before.txt" || true)"
if [ "$old_rev" != "$new_rev" ]; then
  backup="$(grep before-migration <<<"$new_backups" || true)"
  [ -n "$backup" ] || fail "schema $old_rev -> $new_rev without a backup first: $new_backups"
  in_backup="$("$LINUX" -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("select version_num from alembic_version").fetchone()[0])' \
    "$DATA_U/backups/auto/$backup")"
  [ "$in_backup" = "$old_rev" ] || fail "the backup holds schema $in_backup, not $old_rev"
  echo "  migrated $old_rev -> $new_rev after backup $backup (which holds schema $old_rev)"
else
  [ -z "$new_backups" ] || fail "a backup was made though the schema did not change"
  echo "  schema $old_rev in both releases: nothing to migrate, no backup made (checked)"
fi
cli selftest self-test || { cat "$R/out/selftest.txt"; fail "self-test of the installed app"; }
done_step

# -- 2. the commands, in a data folder with Vietnamese letters and spaces -------------------------
step "W7. Kim Sơn in \"$KS_W\": init, demo-data 2000, exports"
cli init --data-dir "$KS_W" init --unit "Kim Sơn" --officer "Nguyễn Văn A" || fail init
cli demo --data-dir "$KS_W" demo-data --activities 2000 --year 2024 --seed 1 || fail demo-data
cli plan-pdf --data-dir "$KS_W" export-plan-pdf --year 2024 --out "$OUT_W\\Kế hoạch 2024.pdf" \
  || fail export-plan-pdf
cli report-pdf --data-dir "$KS_W" export-report-pdf --period 2024 --out "$OUT_W\\Báo cáo 2024.pdf" \
  || fail export-report-pdf
cli workbook --data-dir "$KS_W" export-workbook --period 2024 --out "$OUT_W\\Số liệu 2024.xlsx" \
  || fail export-workbook
cli package --data-dir "$KS_W" export-package --out "$OUT_W\\Gói Kim Sơn.nbhr" || fail export-package
cli ks-info --data-dir "$KS_W" info --json || fail info
ls -la "$OUT_U" | tail -n +4
done_step

step "W8. exchange with the Linux build, both ways"
# As offices do: a sender's key code is registered (after a phone call) before its first file.
L="$R/linux"; mkdir -p "$L"
linux --data-dir "$L/nho-quan" init --unit "Nho Quan" >/dev/null
# 25,000 activities: enough for the import to read the package in a second process
# (sync/read_ahead.py), which a frozen Windows program starts through freeze_support.
linux --data-dir "$L/nho-quan" demo-data --activities 25000 --year 2024 --seed 7 >/dev/null
linux --data-dir "$L/nho-quan" export-package --recipient "Kim Sơn" \
  --out "$OUT_U/Gói Nho Quan.nbhr" >"$L/export.txt"
linux --data-dir "$L/nho-quan" keys show-mine --json >"$L/nho-quan-key.json"
cli ks-register --data-dir "$KS_W" keys register --unit "Nho Quan" \
  --fingerprint "$(CHECK json "$L/nho-quan-key.json" fingerprint)" || fail "keys register"
cli ks-before --data-dir "$KS_W" info --json
cli import --data-dir "$KS_W" import "$OUT_W\\Gói Nho Quan.nbhr" --json || true  # checked below
cli ks-after --data-dir "$KS_W" info --json
echo "Linux (Nho Quan) -> Windows (Kim Sơn):"
CHECK exchange "$L/export.txt" "$R/out/import.txt" "$R/out/ks-before.txt" "$R/out/ks-after.txt"
# The reverse: a second Kim Sơn computer, on Linux, is introduced to the Windows one (its
# key code) and takes its package, which was addressed to the province.
cli ks-key --data-dir "$KS_W" keys show-mine --json || fail "keys show-mine"
linux --data-dir "$L/kim-son" init --unit "Kim Sơn" >/dev/null
linux --data-dir "$L/kim-son" keys register --unit "Kim Sơn" \
  --fingerprint "$(CHECK json "$R/out/ks-key.txt" fingerprint)" >/dev/null
linux --data-dir "$L/kim-son" info --json >"$L/before.json"
linux --data-dir "$L/kim-son" import "$OUT_U/Gói Kim Sơn.nbhr" --accept-recipient --json \
  >"$L/import.json" || true  # checked below
linux --data-dir "$L/kim-son" info --json >"$L/after.json"
echo "Windows (Kim Sơn) -> Linux (Kim Sơn, second computer):"
CHECK exchange "$R/out/package.txt" "$L/import.json" "$L/before.json" "$L/after.json" \
  "$R/out/ks-info.txt"
done_step

step "W9. documents: PDF layout, Windows = Linux, workbook in LibreOffice, no CRLF"
echo "plan PDF exported on Windows, Linux layout checks:"
"$LINUX" tests/helpers/plan_pdf_checks.py "$OUT_U/Kế hoạch 2024.pdf" --unit-line "HUYỆN KIM SƠN" \
  --year 2024 || fail "plan PDF layout"
linux --data-dir "$L/kim-son" export-plan-pdf --year 2024 --out "$L/plan.pdf" >/dev/null
linux --data-dir "$L/kim-son" export-report-pdf --period 2024 --out "$L/report.pdf" >/dev/null
echo "plan PDF, Windows against Linux from the same data:"
CHECK same-pdf "$OUT_U/Kế hoạch 2024.pdf" "$L/plan.pdf"
echo "report PDF, Windows against Linux from the same data:"
linux --data-dir "$L/kim-son" keys show-mine --json >"$L/kim-son-key.json"
CHECK same-pdf "$OUT_U/Báo cáo 2024.pdf" "$L/report.pdf" \
  "$(CHECK json "$R/out/ks-key.txt" fingerprint)=$(CHECK json "$L/kim-son-key.json" fingerprint)"
rm -rf "$L/soffice" && mkdir -p "$L/soffice"
HOME="$L/soffice" timeout 180 soffice --headless --convert-to pdf --outdir "$L/soffice" \
  "$OUT_U/Số liệu 2024.xlsx" >/dev/null 2>&1 || fail "LibreOffice could not convert the workbook"
pages="$(pdfinfo "$L/soffice/Số liệu 2024.pdf" | sed -n 's/^Pages: *//p')"
pdftotext "$L/soffice/Số liệu 2024.pdf" "$L/soffice/workbook.txt"
grep -q "HUYỆN KIM SƠN" "$L/soffice/workbook.txt" || fail "the workbook's text is not there"
echo "  workbook: LibreOffice opened it and printed $pages pages headed HUYỆN KIM SƠN"
CHECK no-crlf "$OUT_U/Gói Kim Sơn.nbhr" "$OUT_U/Số liệu 2024.xlsx" "$OUT_U/Kế hoạch 2024.pdf"
done_step

step "W10. window offscreen under Wine: dashboard, and a double-clicked .nbhr"
# Qt reads QT_QPA_FONTDIR in the ANSI code page, which cannot spell the installed folder's
# Vietnamese path: the fonts come from the same bundle in the build folder.
export WINEQT_QPA_PLATFORM=offscreen \
  WINEQT_QPA_FONTDIR="$(zw "$W/dist/current/NBHRDesktop/_internal/resources/fonts")"
# No --data-dir: the window finds the province's data in %LOCALAPPDATA%\NBHRDesktop.
run dashboard "$INST_W\\NBHRDesktop.exe" --screen dashboard --screenshot "$OUT_W\\tổng quan.png" \
  || fail "dashboard screenshot"
CHECK not-blank "$OUT_U/tổng quan.png" 1280 800
# What Explorer runs for a double-clicked .nbhr (the registered command), plus --screenshot:
# the province previews Kim Sơn's package; nothing may be imported yet.
cli preview-before info --json
run preview "$INST_W\\NBHRDesktop.exe" --screenshot "$OUT_W\\xem trước.png" \
  "$OUT_W\\Gói Kim Sơn.nbhr" || fail "the .nbhr file did not open on its import preview"
CHECK not-blank "$OUT_U/xem trước.png" 1280 800
cli preview-after info --json
CHECK same-counts "$R/out/preview-before.txt" "$R/out/preview-after.txt"
unset WINEQT_QPA_PLATFORM WINEQT_QPA_FONTDIR
done_step

step "W11. exporting over a workbook open in Excel, a PDF open in a viewer"
# tools/ci-windows-hold.py opens the file as Excel does (others may read, not write, rename
# or delete) and keeps it open while nbhr-cli exports over it. (A read-only target cannot be
# shown here: Wine lets root replace one, which Windows refuses.)
export_over_held_file() {  # export_over_held_file NAME FILE_NAME COMMAND ARGS…
  local name="$1" file="$2" rc=0 text before; shift 2
  before="$(sha256sum "$OUT_U/$file" | cut -c1-64)"
  rm -f "$R/held" "$R/release"
  (wine "$WIN_PY" "$(zw "$ROOT/tools/ci-windows-hold.py")" "$OUT_W\\$file" "$(zw "$R/held")" \
    "$(zw "$R/release")" 2>&1 | cat) & local holder=$!
  for _ in $(seq 300); do [ -f "$R/held" ] && break; sleep 0.1; done
  [ -f "$R/held" ] || fail "the helper could not hold $file open"
  cli "$name" --data-dir "$KS_W" "$@" --out "$OUT_W\\$file" || rc=$?
  touch "$R/release"; wait "$holder" || true
  [ "$rc" = 2 ] || fail "$name: exit $rc, expected 2 (a user's problem, said in one line)"
  text="$(grep -v '^\s*$' "$R/out/$name.txt")"
  [ "$(wc -l <<<"$text")" = 1 ] && grep -q '^Lỗi: ' <<<"$text" && ! grep -q Traceback <<<"$text" \
    || fail "$name: not one clear Vietnamese line"
  [ "$(sha256sum "$OUT_U/$file" | cut -c1-64)" = "$before" ] || fail "$file was changed"
  [ -z "$(find "$OUT_U" -name '*partial*' -o -name '.*.xlsx')" ] || fail "a partial file was left"
  echo "    $text"
}
export_over_held_file locked-xlsx "Số liệu 2024.xlsx" export-workbook --period 2024
export_over_held_file locked-pdf "Kế hoạch 2024.pdf" export-plan-pdf --year 2024
done_step

# -- 4c. uninstall ------------------------------------------------------------------------------
step "W12. setup while the app runs; silent uninstall: the program goes, the data stays"
# A running NBHR Desktop holds its files: setup must stop (silent: exit 3), not half-overwrite.
(WINEQT_QPA_PLATFORM=offscreen WINEQT_QPA_FONTDIR="$(zw "$W/dist/current/NBHRDesktop/_internal/resources/fonts")" \
  wine "$INST_W\\NBHRDesktop.exe" 2>&1 | cat >/dev/null) & gui=$!
sleep 8   # the program's files are mapped as soon as its process exists
rc=0; run setup-while-running "$(zw "$SETUP_NEW")" /S || rc=$?
wine taskkill /F /IM NBHRDesktop.exe >/dev/null 2>&1 || true
wait "$gui" || true
[ "$rc" = 3 ] || fail "setup while NBHR Desktop runs: exit $rc, expected 3"
echo "  setup refuses while NBHR Desktop is running (exit 3)"
data_listing() {  # every file of both data folders, with size and time
  find "$DATA_U" "$DOCS_U/Dữ liệu Kim Sơn" -type f -printf '%P %s %T@\n' | sort
}
data_listing >"$R/data-before-uninstall.txt"
run uninstall "$INST_W\\uninstall.exe" /S || fail "uninstall"   # = QuietUninstallString
wineserver -w   # the uninstaller finishes from a temporary copy of itself
[ ! -e "$INST_U" ] || fail "program folder still there: $(ls "$INST_U")"
export_registry "$UNINST" "$R/after-uninstall.reg"
[ ! -s "$R/after-uninstall.reg" ] || fail "Apps & Features entry still there"
[ ! -e "$START_LINK" ] && [ ! -e "$DESKTOP_LINK" ] || fail "a shortcut is still there"
export_registry 'HKEY_CURRENT_USER\Software\Classes\.nbhr' "$R/nbhr-after-uninstall.reg"
[ ! -s "$R/nbhr-after-uninstall.reg" ] || fail "the .nbhr association is still there"
[ -f "$DATA_U/nbhr.sqlite3" ] && data_listing | cmp -s - "$R/data-before-uninstall.txt" \
  || fail "the data folders changed: $(data_listing | diff - "$R/data-before-uninstall.txt")"
echo "  program folder, shortcuts and registry entries gone; the data folders are as they were:"
echo "  $DATA_W: $(ls "$DATA_U" | tr '\n' ' ')"
# An installer told to put the program into the data folder refuses (exit 2), touching nothing.
# (/D= must come unquoted although the path has spaces: through cmd, as a user would type it.)
rc=0; run setup-into-data cmd /c "$(zw "$SETUP_NEW") /S /D=$DATA_W" || rc=$?
[ "$rc" = 2 ] && [ ! -e "$DATA_U/nbhr-cli.exe" ] && data_listing | cmp -s - "$R/data-before-uninstall.txt" \
  || fail "installing into the data folder: exit $rc, expected a refusal (2)"
echo "  installing into $DATA_W is refused (exit 2)"
done_step

echo
_children_cpu
echo "Windows stage passed in $((SECONDS - T0)) s (CPU $CPU_NOW s); installer" \
  "$(basename "$SETUP_NEW"): $(stat -c %s "$SETUP_NEW") bytes; exported files and" \
  "screenshots in $R/exported"
