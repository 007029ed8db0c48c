"""Entry point of the frozen app: the same ``cli.run`` as ``python -m nbhr_desktop``.

NBHRDesktop.exe (no console) opens the window; nbhr-cli.exe (console) runs commands such
as ``nbhr-cli.exe self-test``. Both are this script.
"""

import multiprocessing
import sys

from nbhr_desktop import cli

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # ``run`` ends a command's process at once. A release made before it has only ``main``:
    # the upgrade test builds the previous release with this script (tools/ci-windows.sh).
    if hasattr(cli, "run"):
        cli.run()  # does not return
    else:
        sys.exit(cli.main())
