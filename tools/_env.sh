# Shared by tools/test.sh and tools/demo.sh (sourced, not run): make sure the system
# packages and a Python environment with NBHR Desktop installed are there.
#
# - As root on Debian/Ubuntu, missing apt packages are installed (a fresh Debian 12 has
#   none of the Qt runtime libraries, nor pdftoppm or LibreOffice used by tests).
#   Not root: nothing is installed, missing packages are only named.
# - Python: the current interpreter when it may be installed into (a venv, pyenv, conda);
#   otherwise (Debian's system Python is "externally managed", PEP 668) a .venv in the
#   project folder. NBHR_PYTHON picks the interpreter.

NBHR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Qt (xcb and offscreen platforms) needs these at run time; PySide6 wheels don't carry them.
NBHR_QT_PACKAGES="libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libfreetype6 libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6 libsm6 libice6 libnss3 libxcomposite1
  libxdamage1 libxrandr2 libxtst6 libasound2 fonts-dejavu-core"

nbhr_apt_install() {
  # nbhr_apt_install PACKAGE... : install the missing ones when root on a Debian system.
  local missing=() pkg
  command -v dpkg >/dev/null 2>&1 || return 0
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "WARNING: missing system packages (install them as root): ${missing[*]}" >&2
  fi
}

nbhr_python_env() {
  # Sets NBHR_PY to a Python >= 3.11 with the project (and "$1" extras) installed.
  local extras="${1:-}" base="${NBHR_PYTHON:-python3}"
  if ! command -v "$base" >/dev/null 2>&1; then
    echo "ERROR: $base not found; install Python 3.11 (Debian 12: apt-get install python3)" >&2
    return 1
  fi
  if ! "$base" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "ERROR: NBHR Desktop needs Python 3.11 or newer ($base is $("$base" --version 2>&1))" >&2
    return 1
  fi
  if "$base" - <<'PY'
import os, sys, sysconfig
in_venv = sys.prefix != sys.base_prefix
managed = os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED"))
sys.exit(0 if in_venv or not managed else 1)
PY
  then
    NBHR_PY="$base"
  else
    if [ ! -x "$NBHR_ROOT/.venv/bin/python" ]; then
      echo "==> creating $NBHR_ROOT/.venv"
      "$base" -m venv "$NBHR_ROOT/.venv"
    fi
    NBHR_PY="$NBHR_ROOT/.venv/bin/python"
  fi
  local spec="$NBHR_ROOT"
  [ -n "$extras" ] && spec="$NBHR_ROOT[$extras]"
  echo "==> pip install -e $spec (into $("$NBHR_PY" -c 'import sys; print(sys.prefix)'))"
  "$NBHR_PY" -m pip install -q --disable-pip-version-check -e "$spec"
  export NBHR_PY
}
