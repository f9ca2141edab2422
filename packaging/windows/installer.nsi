; The Windows installer, built on Linux with NSIS (scripts/build-windows.sh):
;   makensis -DVERSION=0.1.0 -DEXE=path\to\weprotect-explorer.exe -DOUTFILE=setup.exe \
;            -DICON=assets/icon.ico -DREADME=README.md packaging/windows/installer.nsi
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs, its
; registry keys under HKCU only. `/S` installs and uninstalls silently.
;
; .ron files: the installer adds the app to the "Open with" list (OpenWithProgids), which
; takes nothing from other programs. Making it the default for .ron is a separate choice,
; off unless the person ticks it; the uninstaller gives back the default it found.

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!macro Required NAME
  !ifndef ${NAME}
    !error "${NAME} must be defined with -D${NAME}=... (see scripts/build-windows.sh)"
  !endif
!macroend
!insertmacro Required VERSION
!insertmacro Required EXE
!insertmacro Required OUTFILE
!insertmacro Required ICON
!insertmacro Required README

!define APP "WeProtect Explorer"
!define EXE_NAME "weprotect-explorer.exe"
!define PROGID "WeProtectExplorer.ron"
!define STATE_KEY "Software\weprotect-explorer"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\weprotect-explorer"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${STATE_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP}"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "${APP} (required)" SecApp
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=${EXE_NAME}" "${EXE}"
  File "/oname=README.md" "${README}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${STATE_KEY}" "InstallDir" "$INSTDIR"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0 \
    SW_SHOWNORMAL "" "Explore the WeProtect Global Alliance's story"

  ; Settings > Apps lists it, with an uninstaller that needs no administrator.
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "weprotect-explorer developers"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1

  ; The app as a file type handler, and in "Open with" for .ron: the default stays as it was.
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "${APP} data file"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE_NAME}" "%1"'
  WriteRegStr HKCU "Software\Classes\.ron\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${EXE_NAME}" "FriendlyAppName" "${APP}"
  WriteRegStr HKCU "Software\Classes\Applications\${EXE_NAME}\SupportedTypes" ".ron" ""
  WriteRegStr HKCU "Software\Classes\Applications\${EXE_NAME}\shell\open\command" "" '"$INSTDIR\${EXE_NAME}" "%1"'

  ; Links to a milestone (weprotect-explorer:milestone=ID), the app's own scheme.
  WriteRegStr HKCU "Software\Classes\weprotect-explorer" "" "URL:${APP} milestone link"
  WriteRegStr HKCU "Software\Classes\weprotect-explorer" "URL Protocol" ""
  WriteRegStr HKCU "Software\Classes\weprotect-explorer\shell\open\command" "" '"$INSTDIR\${EXE_NAME}" "%1"'

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section /o "Open .ron files with ${APP} by default" SecDefault
  ReadRegStr $0 HKCU "Software\Classes\.ron" ""
  StrCmp $0 "${PROGID}" done
  WriteRegStr HKCU "${STATE_KEY}" "PreviousRonDefault" "$0"
  WriteRegStr HKCU "Software\Classes\.ron" "" "${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  done:
SectionEnd

; `/ASSOCIATE` on the command line ticks the default-for-.ron choice, for a silent
; install (`/S /ASSOCIATE`) by someone who wants it, as an administrator rolling it out.
!include "FileFunc.nsh"
!include "Sections.nsh"
Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ASSOCIATE" $R1
  IfErrors no_option
  !insertmacro SelectSection ${SecDefault}
  no_option:
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "The app, a Start menu entry, and ${APP} in the $\"Open with$\" list for .ron files."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDefault} "Double-clicking any .ron file opens it in ${APP}. Leave this off if another program should keep .ron files."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; Give back the .ron default only if it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.ron" ""
  StrCmp $0 "${PROGID}" 0 default_kept
  ReadRegStr $1 HKCU "${STATE_KEY}" "PreviousRonDefault"
  StrCmp $1 "" 0 +3
  DeleteRegValue HKCU "Software\Classes\.ron" ""
  Goto default_kept
  WriteRegStr HKCU "Software\Classes\.ron" "" "$1"
  default_kept:
  DeleteRegValue HKCU "Software\Classes\.ron\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ron\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ron"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${EXE_NAME}"
  DeleteRegKey HKCU "Software\Classes\weprotect-explorer"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "${STATE_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; The app's saved state (%APPDATA%\weprotect-explorer) is the person's, and stays.
SectionEnd
