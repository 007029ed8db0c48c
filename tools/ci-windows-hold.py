"""Hold a file open the way Excel holds an open workbook, until told to let go (CI only).

Run by the Windows Python under Wine (tools/ci-windows.sh):
    python.exe ci-windows-hold.py FILE READY RELEASE
Opens FILE for reading and writing, sharing only reading (Excel's mode: others may read,
not write, rename or delete), creates READY, and waits until RELEASE exists (at most 5 min).
"""

import ctypes
import os
import sys
import time
from ctypes import wintypes

GENERIC_READ, GENERIC_WRITE = 0x80000000, 0x40000000
FILE_SHARE_READ, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL = 1, 3, 0x80
INVALID_HANDLE_VALUE = wintypes.HANDLE(-1).value

kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
kernel32.CreateFileW.restype = wintypes.HANDLE
kernel32.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.LPVOID,
                                 wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE]

path, ready, release = sys.argv[1:4]
handle = kernel32.CreateFileW(path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, None,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, None)
if handle == INVALID_HANDLE_VALUE:
    sys.exit(f"cannot open {path}: Windows error {ctypes.get_last_error()}")
open(ready, "w").close()
deadline = time.monotonic() + 300
while not os.path.exists(release) and time.monotonic() < deadline:
    time.sleep(0.1)
kernel32.CloseHandle(handle)
