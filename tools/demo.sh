#!/usr/bin/env bash
# Launch NBHR Desktop on demo data (README "Quick start"), installing what it needs first.
#   bash tools/demo.sh [app options, e.g. --screen activities --screenshot out.png]
# The demo data folder is $NBHR_DEMO_DIR (default ~/NBHR-demo), made once, then reused. It
# shows what an officer meets today: the PC of Huyện Kim Sơn (district-level government
# ended on 30/06/2025) with its 2024 year, handed over to Xã Kim Sơn, which works this year.
# So the window opens on the commune's plan and activities of this year, and still holds
# the district's 2024 plan (printed as it was) and activities (by today's area).
# NBHR_DEMO_ACTIVITIES activities per year (default 100: a real year of work).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh"
cd "$NBHR_ROOT"

# shellcheck disable=SC2086
nbhr_apt_install python3-venv python3-pip $NBHR_QT_PACKAGES
nbhr_python_env ""

DATA="${NBHR_DEMO_DIR:-$HOME/NBHR-demo}"
app() { "$NBHR_PY" -m nbhr_desktop --data-dir "$DATA" "$@"; }

if ! app info --json | "$NBHR_PY" -c 'import json, sys; sys.exit(not json.load(sys.stdin)["initialised"])'; then
  app init --unit "Huyện Kim Sơn" --officer "Nguyễn Thị Hoa"
  app demo-data --activities "${NBHR_DEMO_ACTIVITIES:-100}" --seed 1 --year 2024
  app handover --to "Xã Kim Sơn"
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
