# Build NBHRDesktop-<version>-setup.exe on Windows 10/11 x64 with the same lock file, spec and
# NSIS script as tools/build-windows.sh (which builds it on Linux under Wine). From the
# project folder:
#     powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-Version 0.1.0] [-Compressor zlib]
# Needs Python 3.11 x64 (python.org, with the py launcher) and NSIS 3.08+ (makensis).
# Output: build\windows\out\NBHRDesktop-<version>-setup.exe. See installer\README.md.
param(
    [string]$Version = "",
    [ValidateSet("lzma", "zlib")][string]$Compressor = "lzma"
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$build = "build\windows"

function Step($name) { Write-Host "=== $name"; $script:stepStart = Get-Date }
function Done { Write-Host ("--- {0:N0} s" -f ((Get-Date) - $script:stepStart).TotalSeconds) }

if (-not $Version) {
    $Version = (Select-String -Path nbhr_desktop\__init__.py -Pattern '^__version__ = "(.+)"').Matches[0].Groups[1].Value
}
if ($Version -notmatch '^(\d+\.\d+\.\d+)') { throw "version '$Version' is not X.Y.Z[...]" }
$numeric = "$($Matches[1]).0"

Step "1. Python 3.11 environment with exactly installer\requirements-windows.lock"
$python = "$build\venv\Scripts\python.exe"
if (-not (Test-Path $python)) { py -3.11 -m venv "$build\venv"; if ($LASTEXITCODE) { throw "py -3.11 -m venv failed" } }
& $python -m pip install --disable-pip-version-check --no-deps --require-hashes -r installer\requirements-windows.lock
if ($LASTEXITCODE) { throw "pip install of the lock failed" }
Done

Step "2. PyInstaller (installer\nbhr_desktop.spec)"
$env:NBHR_VERSION = $Version
$env:PYTHONPATH = (Get-Location).Path   # the spec collects nbhr_desktop before Analysis runs
& $python -m PyInstaller --noconfirm --log-level WARN --distpath "$build\dist\current" `
    --workpath "$build\work\current" installer\nbhr_desktop.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
$bundle = (Resolve-Path "$build\dist\current\NBHRDesktop").Path
Done

Step "3. self-test of the frozen app"
$check = Join-Path $env:TEMP "nbhr-selftest-$PID"
& "$bundle\nbhr-cli.exe" --data-dir $check self-test
if ($LASTEXITCODE) { throw "self-test of the frozen app failed" }
Remove-Item -Recurse -Force $check -ErrorAction SilentlyContinue
Done

Step "4. makensis (installer\nbhr_desktop.nsi, $Compressor)"
$makensis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
if (-not (Test-Path $makensis)) { throw "makensis.exe not found: install NSIS 3.08 or later" }
New-Item -ItemType Directory -Force "$build\out" | Out-Null
$setup = Join-Path (Resolve-Path "$build\out").Path "NBHRDesktop-$Version-setup.exe"
& $makensis -V2 -INPUTCHARSET UTF8 "-DVERSION=$Version" "-DVERSION_NUMERIC=$numeric" `
    "-DSRCDIR=$bundle" "-DOUTFILE=$setup" "-DCOMPRESSOR=$Compressor" installer\nbhr_desktop.nsi
if ($LASTEXITCODE) { throw "makensis failed" }
$size = (Get-Item $setup).Length
Write-Host ("{0}: {1:N1} MB" -f $setup, ($size / 1MB))
if ($size -gt 80MB) { throw "the installer is over 80 MB" }
Done
