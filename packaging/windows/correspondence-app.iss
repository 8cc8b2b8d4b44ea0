; SPDX-License-Identifier: GPL-3.0-or-later
; Inno Setup 6 script of the Windows installer, from the bundle that
; packaging/correspondence-app.spec builds in dist\correspondence-app (packaging/README.md):
;     iscc /DVersion=0.1.0 packaging\windows\correspondence-app.iss
; Installs per user by default (no administrator needed), offers "Open with" for .mbox and
; .eml files without taking them over, and leaves archives and settings on uninstall.

#ifndef Version
  #define Version "0.1.0"
#endif
#define AppId "io.github.correspondencearchive.CorrespondenceArchive"
#define AppName "Correspondence Archive"
#define Bundle "..\..\dist\correspondence-app"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#Version}
AppPublisher=The Correspondence Archive contributors
AppPublisherURL=https://github.com/correspondencearchive/correspondence-app
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=CorrespondenceArchive-{#Version}-setup
SetupIconFile=..\..\build\icons\correspondence-app.ico
UninstallDisplayIcon={app}\correspondence-app-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; Sign the uninstaller too (the installer itself is signed after iscc: see the README).
; SignTool=signtool

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\correspondence-app-gui.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Registry]
; "Open with" for .mbox and .eml, without becoming their default program.
Root: HKA; Subkey: "Software\Classes\Applications\correspondence-app-gui.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\correspondence-app-gui.exe\shell\open\command"; ValueType: string; ValueData: """{app}\correspondence-app-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\correspondence-app-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".mbox"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\correspondence-app-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".eml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.mbox\OpenWithList\correspondence-app-gui.exe"; ValueType: none; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.eml\OpenWithList\correspondence-app-gui.exe"; ValueType: none; Flags: uninsdeletekey

[Run]
Filename: "{app}\correspondence-app-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
