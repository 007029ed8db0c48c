"""Write bcryptprimitives.dll for a Wine 8 prefix (test harness only, never shipped).

cryptography's Rust extension (_rust.pyd, built with Rust >= 1.78) imports ``ProcessPrng``
from bcryptprimitives.dll, which every Windows 10/11 has and Wine 8.0 lacks (Wine 9 added
it), so ``import cryptography`` fails under Wine with "DLL load failed". This writes the
smallest PE32+ DLL whose only export forwards ProcessPrng to advapi32's SystemFunction036
(RtlGenRandom): same registers (buffer, length), and Rust ignores the result (ProcessPrng
always returns TRUE). tools/build-windows.sh and tools/ci-windows.sh put it in the Wine
prefix's system32; the installer and the frozen folder never contain it.

    python3 tools/ci-windows-bcryptprimitives.py $WINEPREFIX/drive_c/windows/system32/NAME.dll
"""

from __future__ import annotations

import struct
import sys

SECTION_RVA, FILE_ALIGN, SECTION_ALIGN = 0x1000, 0x200, 0x1000
DLL_NAME, EXPORT = b"bcryptprimitives.dll\0", b"ProcessPrng\0"
TARGET = b"advapi32.SystemFunction036\0"


def export_section() -> bytes:
    # IMAGE_EXPORT_DIRECTORY (40 bytes), then the three one-entry tables and the strings.
    functions = SECTION_RVA + 40
    names = functions + 4
    ordinals = names + 4
    dll_name = ordinals + 2
    export_name = dll_name + len(DLL_NAME)
    forwarder = export_name + len(EXPORT)
    directory = struct.pack("<IIHHIIIIIII", 0, 0, 0, 0, dll_name, 1, 1, 1, functions, names,
                            ordinals)
    # A function RVA inside the export directory's range marks a forwarder string.
    return (directory + struct.pack("<I", forwarder) + struct.pack("<I", export_name)
            + struct.pack("<H", 0) + DLL_NAME + EXPORT + TARGET)


def dll() -> bytes:
    body = export_section()
    raw_size = -(-len(body) // FILE_ALIGN) * FILE_ALIGN
    dos = b"MZ" + b"\0" * 58 + struct.pack("<I", 0x40)
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x2022)  # AMD64, DLL, executable
    optional = struct.pack(
        "<HBBIIIIIQIIHHHHHHIIIIHHQQQQII",
        0x20B, 14, 0, 0, raw_size, 0, 0, SECTION_RVA,     # PE32+, no code, no entry point
        0x180000000, SECTION_ALIGN, FILE_ALIGN, 6, 0, 0, 0, 6, 0, 0,
        SECTION_RVA + SECTION_ALIGN, FILE_ALIGN, 0, 3, 0x0100,  # sizes, console, NX-compatible
        0x100000, 0x1000, 0x100000, 0x1000, 0, 16)
    directories = struct.pack("<II", SECTION_RVA, len(body)) + b"\0" * 8 * 15
    section = struct.pack("<8sIIIIIIHHI", b".edata", len(body), SECTION_RVA, raw_size,
                          FILE_ALIGN, 0, 0, 0, 0, 0x40000040)  # initialised data, read
    headers = dos + b"PE\0\0" + coff + optional + directories + section
    assert len(optional) + len(directories) == 240
    return headers.ljust(FILE_ALIGN, b"\0") + body.ljust(raw_size, b"\0")


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as out:
        out.write(dll())
