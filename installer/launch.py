"""Entry point of the frozen app: the same ``main`` as ``python -m nbhr_desktop``.

NBHRDesktop.exe (no console) opens the window; nbhr-cli.exe (console) runs commands such
as ``nbhr-cli.exe self-test``. Both are this script.
"""

import multiprocessing

from nbhr_desktop.cli import run

if __name__ == "__main__":
    multiprocessing.freeze_support()
    run()
