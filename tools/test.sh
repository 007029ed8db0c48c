#!/usr/bin/env bash
# The whole test suite, installing what it needs first (README "Quick start").
#   bash tools/test.sh [pytest arguments]
# Set NBHR_TEST_PG_URL=postgresql+psycopg://user@host:port/db to also run the storage
# tests on PostgreSQL (.ci/run starts a throw-away server and does this).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh"
cd "$NBHR_ROOT"

# pdftoppm/pdftotext (PDF checks), LibreOffice (workbook checks), Xvfb, Qt's libraries.
# shellcheck disable=SC2086
nbhr_apt_install python3-venv python3-pip poppler-utils libreoffice-calc-nogui xvfb $NBHR_QT_PACKAGES
nbhr_python_env test

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
if [ -n "${NBHR_TEST_PG_URL:-}" ]; then
  echo "==> PostgreSQL tests on ${NBHR_TEST_PG_URL%%@*}@…"
else
  echo "==> NBHR_TEST_PG_URL not set: the PostgreSQL variants of the storage tests are skipped"
fi
# pytest's own exit code is the script's: 5 ("no tests collected") fails like a failure.
exec "$NBHR_PY" -m pytest -p no:cacheprovider "$@"
