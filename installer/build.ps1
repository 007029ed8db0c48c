# Build the Windows installer: PyInstaller folder, self-test of the frozen app, Inno Setup.
# Run from the project root in PowerShell:  powershell -ExecutionPolicy Bypass -File installer\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not (Test-Path .venv-win)) { py -3.11 -m venv .venv-win }
.\.venv-win\Scripts\python -m pip install --upgrade pip
.\.venv-win\Scripts\python -m pip install . "pyinstaller>=6.6"

.\.venv-win\Scripts\pyinstaller installer\nbhr_desktop.spec --noconfirm --clean `
    --distpath installer\dist --workpath installer\build

# The frozen app must find its fonts, forms and migrations on its own.
$check = Join-Path $env:TEMP "nbhr-selftest"
.\installer\dist\NBHRDesktop\nbhr-cli.exe --data-dir $check self-test
if ($LASTEXITCODE -ne 0) { throw "self-test of the frozen app failed" }

$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe" }
& $iscc installer\nbhr_desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Installer: installer\dist\"
