; NBHR Desktop: the Windows installer (NSIS 3, Unicode, 64-bit), per user, in Vietnamese.
; Built after PyInstaller by tools/build-windows.sh (Linux) or installer\build.ps1 (Windows):
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION_NUMERIC=0.1.0.0
;            -DSRCDIR=<frozen NBHRDesktop folder> -DOUTFILE=<NBHRDesktop-0.1.0-setup.exe>
;            [-DCOMPRESSOR=lzma|zlib] installer/nbhr_desktop.nsi
;
; - Installs for the current user only, without admin rights (district and commune PCs rarely
;   give the officer any): %LOCALAPPDATA%\Programs\NBHR Desktop, HKCU registry keys.
; - Silent for an IT officer: setup.exe /S [/NODESKTOP] [/D=folder]; uninstall.exe /S.
; - Upgrading installs over the old version in its own folder (found through the
;   Apps & Features key) after removing the old program files, so no stale module remains.
; - The data folder %LOCALAPPDATA%\NBHRDesktop (database, backups, evidence files, keys) is
;   never touched by installing, upgrading or uninstalling. The app itself migrates the
;   database on first start after an upgrade, after an automatic backup.

Target amd64-unicode   ; the 32-bit stub does not start on 64-bit-only Wine, nor is it needed
!macro REQUIRE NAME
  !ifndef ${NAME}
    !error "makensis -DVERSION=X.Y.Z -DSRCDIR=<frozen folder> -DOUTFILE=<setup.exe> nbhr_desktop.nsi"
  !endif
!macroend
!insertmacro REQUIRE VERSION
!insertmacro REQUIRE SRCDIR
!insertmacro REQUIRE OUTFILE
!ifndef VERSION_NUMERIC
  !define VERSION_NUMERIC "${VERSION}.0"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
SetCompressor /SOLID ${COMPRESSOR}

!define APP_NAME "NBHR Desktop"
!define APP_KEY "NBHRDesktop"                  ; registry key names; never change it
!define DATA_FOLDER "NBHRDesktop"              ; %LOCALAPPDATA%\NBHRDesktop, the app's data
!define PUBLISHER "UBND tỉnh Ninh Bình"
!define EXE "NBHRDesktop.exe"
!define LINK "NBHR Desktop - Truyền thông về quyền con người"   ; Start menu and desktop
!define PROGID "NBHRDesktop.Package"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"   ; an upgrade goes where the old one is
BrandingText "${APP_NAME} ${VERSION}"
ManifestDPIAware true

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

!define MUI_ICON "nbhr.ico"
!define MUI_UNICON "nbhr.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt ${APP_NAME} ${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "${PUBLISHER}"

LangString RUNNING ${LANG_VIETNAMESE} "${APP_NAME} đang chạy. Hãy đóng chương trình rồi bấm Retry (Thử lại)."
LangString IN_DATA ${LANG_VIETNAMESE} "Không cài chương trình vào thư mục dữ liệu $LOCALAPPDATA\${DATA_FOLDER}. Hãy chọn thư mục khác."
LangString DATA_KEPT ${LANG_VIETNAMESE} "Dữ liệu trong $LOCALAPPDATA\${DATA_FOLDER} được giữ nguyên."
LangString DESC_APP ${LANG_VIETNAMESE} "Chương trình, lối tắt trong menu Start, mở tệp .nbhr bằng ${APP_NAME}."
LangString DESC_DESKTOP ${LANG_VIETNAMESE} "Đặt lối tắt ${APP_NAME} trên màn hình nền."

Section "!${APP_NAME}" SecApp
  SectionIn RO
  SetShellVarContext current
  Call RefuseDataFolder
  Call WaitUntilClosed
  ; The old version's Python modules and Qt files go first, so none lingers beside the new.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${LINK}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; .nbhr packages open in the app on the import preview (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\.nbhr" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.nbhr\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Gói trao đổi dữ liệu NBHR"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'   ; association changed

  ; Apps & Features ("Ứng dụng và tính năng").
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
  DetailPrint "$(DATA_KEPT)"
SectionEnd

Section "Lối tắt trên màn hình nền" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${LINK}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(DESC_APP)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DESC_DESKTOP)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  SetShellVarContext current
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  Call IsDataFolder
  Pop $0
  ${If} $0 == 1
    Abort
  ${EndIf}
FunctionEnd

; Pushes 1 when $INSTDIR is the data folder or inside it: the program never goes there (an
; uninstall or upgrade would then remove files next to the data).
Function IsDataFolder
  StrCpy $1 "$LOCALAPPDATA\${DATA_FOLDER}"
  StrLen $2 $1
  StrCpy $3 "$INSTDIR" $2
  StrCpy $4 "$INSTDIR" 1 $2
  ${If} $3 == $1                     ; StrCmp ignores case, like Windows paths
    ${If} $4 == ""
    ${OrIf} $4 == "\"
      Push 1
      Return
    ${EndIf}
  ${EndIf}
  Push 0
FunctionEnd

Function RefuseDataFolder
  Call IsDataFolder
  Pop $0
  ${If} $0 == 1
    MessageBox MB_OK|MB_ICONSTOP "$(IN_DATA)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd

; A running copy holds its files open: overwriting them would fail halfway.
Function WaitUntilClosed
  ${IfNot} ${FileExists} "$INSTDIR\${EXE}"
    Return
  ${EndIf}
  retry:
  ClearErrors
  FileOpen $0 "$INSTDIR\${EXE}" a
  ${If} ${Errors}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 3
    Quit
  ${EndIf}
  FileClose $0
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${LINK}.lnk"
  Delete "$DESKTOP\${LINK}.lnk"
  ; Only the program's own files. The data folder %LOCALAPPDATA%\NBHRDesktop is left as it is.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\nbhr-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ReadRegStr $0 HKCU "Software\Classes\.nbhr" ""
  ${If} $0 == "${PROGID}"            ; another program may have taken .nbhr since
    DeleteRegValue HKCU "Software\Classes\.nbhr" ""
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.nbhr\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.nbhr\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.nbhr"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DetailPrint "$(DATA_KEPT)"
SectionEnd
