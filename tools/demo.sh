#!/usr/bin/env bash
# Launch NBHR Desktop on demo data (README "Quick start"), installing what it needs first.
#   bash tools/demo.sh [app options, e.g. --screen activities --screenshot out.png]
# The demo data folder is $NBHR_DEMO_DIR (default ~/NBHR-demo): made once for Huyện Kim Sơn
# with a year of demo data (NBHR_DEMO_ACTIVITIES activities, default 100: a district's
# real year), then reused.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh"
cd "$NBHR_ROOT"

# shellcheck disable=SC2086
nbhr_apt_install python3-venv python3-pip $NBHR_QT_PACKAGES
nbhr_python_env ""

DATA="${NBHR_DEMO_DIR:-$HOME/NBHR-demo}"
app() { "$NBHR_PY" -m nbhr_desktop --data-dir "$DATA" "$@"; }

if ! app info --json | "$NBHR_PY" -c 'import json, sys; sys.exit(not json.load(sys.stdin)["initialised"])'; then
  app init --unit "Kim Sơn" --officer "Nguyễn Thị Hoa"
  app demo-data --activities "${NBHR_DEMO_ACTIVITIES:-100}" --seed 1
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  case " $* " in
    *" --screenshot "*) export QT_QPA_PLATFORM=offscreen ;;  # a picture needs no screen
    *) echo "Demo data is ready in $DATA, but there is no display to show the window on." >&2
       echo "Run this from a desktop session, or add: --screen activities --screenshot out.png" >&2
       exit 1 ;;
  esac
fi
exec "$NBHR_PY" -m nbhr_desktop --data-dir "$DATA" "$@"
