; Inno Setup 6 script for NBHR Desktop. Build after PyInstaller (see installer/README.md):
;     iscc installer\nbhr_desktop.iss
; Installs per user by default (district PCs rarely give the officer admin rights), never
; touches the data folder (%LOCALAPPDATA%\NBHRDesktop): uninstalling or upgrading keeps
; plans, activities, reports and backups.

#define AppName "NBHR Desktop"
#define AppVersion GetEnv("NBHR_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif
#define AppExe "NBHRDesktop.exe"

[Setup]
; Never change AppId: upgrades find the installed copy through it.
AppId={{6F1C2A8E-37A1-4E5B-9B0E-1079524F2022}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=UBND tỉnh Ninh Bình
DefaultDirName={autopf}\NBHR Desktop
DefaultGroupName=NBHR Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=dist
OutputBaseFilename=NBHRDesktop-{#AppVersion}-setup
SetupIconFile=nbhr.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder. Old files from a previous version are removed first so a
; stale module can never shadow a new one.
Source: "dist\NBHRDesktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\NBHR Desktop"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\NBHR Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; A quick check that the install is whole (fonts, forms, database); its report is shown
; only when something is wrong (non-zero exit keeps the console output in the log).
Filename: "{app}\nbhr-cli.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Đang kiểm tra cài đặt..."
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
