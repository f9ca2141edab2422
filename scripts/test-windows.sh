#!/usr/bin/env bash
# The Windows program and its installer, tested under Wine in Xvfb, in a fresh Wine
# prefix and a fresh HOME:
#   1. the .exe is a GUI program with its icon and version information;
#   2. --version, --help, --check (good and bad file) and --print-default-data print
#      exactly what the Linux build prints, with the same exit codes;
#   3. the window opens (OpenGL through Wine, Mesa's software GL underneath) and draws,
#      a click on the Timeline tab changes it, and it quits with status 0 when Windows
#      asks it to close (WM_CLOSE, as the title bar's close button sends);
#   4. its state is kept in %APPDATA%\weprotect-explorer and brought back;
#   5. a .ron given as a Windows path (what Explorer passes on a double-click) opens;
#   6. the installer installs silently (/S) per user, the Start-menu shortcut's target
#      starts, .ron is offered in "Open with" but its default is left alone, and the
#      uninstaller removes everything but the person's saved state; with /ASSOCIATE
#      the default is taken (a double-click on a .ron opens it) and given back on
#      uninstall; a weprotect-explorer: link opens the app on its milestone.
#
#   scripts/test-windows.sh EXE SETUP LINUX_BINARY OUT_DIR
#
# Needs: wine (Debian's wine and wine64), Xvfb, xdotool, ImageMagick, MinGW-w64's gcc.
set -euo pipefail

EXE=$(realpath "${1:?usage: test-windows.sh EXE SETUP LINUX_BINARY OUT_DIR}")
SETUP=$(realpath "${2:?usage: test-windows.sh EXE SETUP LINUX_BINARY OUT_DIR}")
LINUX=$(realpath "${3:?usage: test-windows.sh EXE SETUP LINUX_BINARY OUT_DIR}")
OUT=$(realpath -m "${4:?usage: test-windows.sh EXE SETUP LINUX_BINARY OUT_DIR}")
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
WORK=$(mktemp -d)
cleanup() {
    wineserver -k 2>/dev/null || true
    kill "${XVFB_PID:-}" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "Windows test FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

. "$HERE/display.sh"
# Wine places an undecorated window below where a title bar would be (at +4+23), so the
# screen is larger than the 1280×800 window to show all of it.
start_display 1300x840
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all
# No prompts to install Wine's .NET and HTML engines: the app needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
wine wineboot --init >/dev/null 2>&1
wineserver -w
APPDATA_DIR=$(echo "$WINEPREFIX"/drive_c/users/*/AppData)
[ -d "$APPDATA_DIR" ] || fail "the Wine prefix has no AppData folder"

# 1. What Explorer shows of the file.
HEADERS=$(x86_64-w64-mingw32-objdump -p "$EXE")
grep -q "Subsystem.*(Windows GUI)" <<<"$HEADERS" || fail "the .exe is not a GUI program (a console window would open)"
RESOURCES=$(python3 "$HERE/wine/pe-resources.py" "$EXE")
echo "$RESOURCES" > "$OUT/windows-resources.txt"
for size in 16 24 32 48 64 256; do
    grep -qx "icon ${size}x${size}" <<<"$RESOURCES" || fail "the .exe's icon has no ${size}x${size} image"
done
VERSION=$("$LINUX" --version | awk '{ print $2 }')
grep -qx "FileVersion: $VERSION" <<<"$RESOURCES" || fail "the .exe's version information does not say $VERSION"
grep -qx "ProductName: WeProtect Explorer" <<<"$RESOURCES" || fail "the .exe's version information has no product name"
ok "a GUI program with its icon and version information"

APP="$WORK/app"
mkdir -p "$APP"
cp "$EXE" "$APP/weprotect-explorer.exe"
cd "$APP"
"$LINUX" --print-default-data > default.ron
sed 's/count: 99,/count: -1,/' default.ron > bad.ron

# Windows 10 and 11 have ProcessPrng, which Rust's standard library needs; Debian 12's
# Wine 8 does not. Only then, a shim goes into this test prefix's system32 (see
# scripts/wine/bcryptprimitives.c): the programs under test stay exactly as shipped.
if ! wine ./weprotect-explorer.exe --version >/dev/null 2>&1; then
    x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
        "$HERE/wine/bcryptprimitives.c" "$HERE/wine/bcryptprimitives.def" -ladvapi32
    echo "note: this Wine lacks ProcessPrng; the test prefix has the shim"
    wine ./weprotect-explorer.exe --version >/dev/null 2>&1 || fail "the .exe does not start under Wine"
fi

# 2. The command line prints what Linux prints. Wine passes the program's bytes through
# unchanged; only line ends are compared loosely, as a Windows terminal shows both alike,
# and --help's usage line names the program as it was started ("weprotect-explorer.exe").
same_as_linux() {
    local expected_status=$1; shift
    local linux_status=0 wine_status=0
    "$LINUX" "$@" >linux.out 2>linux.err || linux_status=$?
    wine ./weprotect-explorer.exe "$@" >wine.out 2>wine.err || wine_status=$?
    [ "$linux_status" -eq "$expected_status" ] || fail "Linux: $* exited with $linux_status, not $expected_status"
    [ "$wine_status" -eq "$linux_status" ] || fail "Windows: $* exited with $wine_status, Linux with $linux_status"
    diff -u linux.out <(tr -d '\r' <wine.out | sed 's/^Usage: weprotect-explorer\.exe /Usage: weprotect-explorer /') || fail "Windows printed something else for: $*"
    diff -u linux.err <(tr -d '\r' <wine.err) || fail "Windows reported something else for: $*"
    ok "$* prints the same as on Linux (exit $wine_status)"
}
same_as_linux 0 --version
same_as_linux 0 --help
same_as_linux 0 --check default.ron
same_as_linux 1 --check bad.ron
grep -q "^bad.ron:[0-9]*:[0-9]*: error: " linux.out || fail "--check printed no FILE:LINE:COL: error: line"
same_as_linux 0 --print-default-data

# 3. The window.
start() {
    wine ./weprotect-explorer.exe "$@" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    WIN=$(timeout 60 xdotool search --sync --onlyvisible --name "WeProtect" | head -1) || fail "no window within 60 s"
    sleep 3
}
shot() { import -window "$WIN" "$1"; }
changed() { { compare -metric AE -fuzz 2% "$1" "$2" null: 2>&1 || true; } | awk -v total=$((1280 * 800)) '{ printf "%.4f", $1 / total }'; }
spread() { convert "$1" -colorspace Gray -format "%[fx:standard_deviation]" info:; }
close_and_expect_exit() {
    # taskkill without /F posts WM_CLOSE to the program's windows, as Windows does when
    # a person clicks the close button or signs out.
    wine taskkill /im weprotect-explorer.exe >/dev/null 2>&1 || true
    for _ in $(seq 300); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$APP_PID" 2>/dev/null && fail "the app did not quit on WM_CLOSE within 30 s"
    wait "$APP_PID" && status=0 || status=$?
    [ "$status" -eq 0 ] || fail "the app exited with status $status on WM_CLOSE"
    ok "quits with status 0 when Windows asks it to close"
}

start
shot "$OUT/windows-overview.png"
s=$(spread "$OUT/windows-overview.png")
awk -v s="$s" 'BEGIN { exit !(s > 0.02) }' || fail "the window is blank (grey spread $s)"
ok "the window draws (grey spread $s)"

# The Timeline tab: second in the top bar, after the File menu (as in smoke-test.sh).
xdotool mousemove --window "$WIN" 193 18 click 1
sleep 2
shot "$OUT/windows-timeline.png"
d=$(changed "$OUT/windows-overview.png" "$OUT/windows-timeline.png")
awk -v d="$d" 'BEGIN { exit !(d > 0.05) }' || fail "clicking Timeline changed only $d of the window"
ok "the Timeline tab shows the timeline ($d of the window changed)"
close_and_expect_exit

# 4. The state, where Windows programs keep theirs.
STATE="$APPDATA_DIR/Roaming/weprotect-explorer/data/app.ron"
[ -s "$STATE" ] || fail "no saved state in %APPDATA%\\weprotect-explorer\\data"
grep -q "Timeline" "$STATE" || fail "the saved state does not have the Timeline view"
ok "the state is saved in %APPDATA%\\weprotect-explorer\\data\\app.ron"
start
shot "$OUT/windows-restored.png"
d=$(changed "$OUT/windows-timeline.png" "$OUT/windows-restored.png")
awk -v d="$d" 'BEGIN { exit !(d < 0.05) }' || fail "the saved view was not restored ($d of the window differs)"
ok "the view is restored after a restart"
close_and_expect_exit

# 5. A file passed as Explorer passes it: a full Windows path.
rm -rf "$APPDATA_DIR/Roaming/weprotect-explorer"
BAD_WINDOWS_PATH=$(wine winepath -w "$APP/bad.ron" 2>/dev/null | tr -d '\r')
start "$BAD_WINDOWS_PATH"
shot "$OUT/windows-bad-file.png"
banner=$(convert "$OUT/windows-bad-file.png" -crop 1280x120+0+30 -fill white -fuzz 3% -opaque "#4a1414" -fill black +opaque white -format "%[fx:mean]" info:)
awk -v b="$banner" 'BEGIN { exit !(b > 0.05) }' || fail "no error banner for $BAD_WINDOWS_PATH ($banner)"
ok "a .ron given as $BAD_WINDOWS_PATH opens, with its problem shown"
close_and_expect_exit

# 6. The installer.
reg_value() { wine reg query "$1" "${@:2}" 2>/dev/null | tr -d '\r'; }
ron_default() { reg_value 'HKCU\Software\Classes\.ron' /ve | awk '/REG_SZ/ { print $NF }'; }
INSTALLED="$APPDATA_DIR/Local/Programs/WeProtect Explorer"
SHORTCUT="$APPDATA_DIR/Roaming/Microsoft/Windows/Start Menu/Programs/WeProtect Explorer.lnk"
install() { wine "$SETUP" /S "$@"; wineserver -w; }
uninstall() {
    # The uninstaller copies itself to a temporary folder and runs from there, so
    # `wine` returns at once; wineserver -w waits until it is done.
    wine "$INSTALLED/uninstall.exe" /S
    wineserver -w
}

# Another program owns .ron, as a text editor might.
wine reg add 'HKCU\Software\Classes\.ron' /ve /d txtfile /f >/dev/null 2>&1
install
for f in weprotect-explorer.exe uninstall.exe README.md; do
    [ -f "$INSTALLED/$f" ] || fail "the installer did not put $f in %LOCALAPPDATA%\\Programs\\WeProtect Explorer"
done
cmp -s "$EXE" "$INSTALLED/weprotect-explorer.exe" || fail "the installed program is not the one built"
[ -f "$SHORTCUT" ] || fail "no Start-menu shortcut"
reg_value 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\weprotect-explorer' /v DisplayName | grep -q "WeProtect Explorer" \
    || fail "the program is not listed in Settings > Apps"
reg_value 'HKCU\Software\Classes\.ron\OpenWithProgids' /v WeProtectExplorer.ron >/dev/null \
    || fail ".ron files do not offer the app in Open with"
[ "$(ron_default)" = txtfile ] || fail "the installer took the .ron default from its owner ($(ron_default))"
ok "installs silently per user: the program, the Start-menu entry, Open with for .ron (its default left alone)"

TARGET=$(python3 "$HERE/wine/lnk-target.py" "$SHORTCUT")
TARGET_UNIX=$(wine winepath -u "$TARGET" 2>/dev/null | tr -d '\r')
[ "$(realpath "$TARGET_UNIX")" = "$(realpath "$INSTALLED/weprotect-explorer.exe")" ] \
    || fail "the shortcut points to $TARGET, not the installed program"
[ "$(wine "$TARGET" --version | tr -d '\r')" = "$("$LINUX" --version)" ] || fail "the shortcut's target does not run"
cd "$WORK"
wine "$TARGET" >"$WORK/app.log" 2>&1 &
APP_PID=$!
WIN=$(timeout 60 xdotool search --sync --onlyvisible --name "WeProtect" | head -1) || fail "the shortcut's target opened no window"
sleep 3
shot "$OUT/windows-installed.png"
s=$(spread "$OUT/windows-installed.png")
awk -v s="$s" 'BEGIN { exit !(s > 0.02) }' || fail "the installed program's window is blank"
ok "the Start-menu shortcut's target ($TARGET) starts and draws"
close_and_expect_exit

uninstall
[ ! -e "$INSTALLED" ] || fail "the uninstaller left $(ls "$INSTALLED")"
[ ! -e "$SHORTCUT" ] || fail "the uninstaller left the Start-menu shortcut"
reg_value 'HKCU\Software\Classes\WeProtectExplorer.ron' >/dev/null && fail "the uninstaller left the file type"
reg_value 'HKCU\Software\Classes\.ron\OpenWithProgids' /v WeProtectExplorer.ron >/dev/null && fail "the uninstaller left Open with"
[ "$(ron_default)" = txtfile ] || fail "after uninstalling, .ron belongs to $(ron_default), not txtfile"
[ -s "$APPDATA_DIR/Roaming/weprotect-explorer/data/app.ron" ] || fail "the uninstaller removed the person's saved state"
ok "uninstalls silently; the saved state stays"

# Started by the shell, as Explorer and a browser start it: no process of ours to wait on.
shell_start() {
    timeout 60 wine start "$@" >/dev/null 2>&1 || fail "wine start $* failed (is the type or scheme registered?)"
    WIN=$(timeout 60 xdotool search --sync --onlyvisible --name "WeProtect" | head -1) || fail "wine start $* opened no window"
    sleep 3
}
close_shell_started() {
    wine taskkill /im weprotect-explorer.exe >/dev/null 2>&1 || true
    for _ in $(seq 300); do
        # The program as Wine names it, a Windows path (not this script's arguments).
        pgrep -f '^[A-Z]:.*weprotect-explorer[.]exe' >/dev/null || return 0
        sleep 0.1
    done
    fail "the app started by the shell did not quit on WM_CLOSE"
}

# Windows reads a user's file types through HKEY_CLASSES_ROOT, which merges
# HKCU\Software\Classes over HKLM\Software\Classes. Wine 8 shows only the machine's
# (Wine bug 14771), so for the shell to see what the installer registered, the test
# copies the user's keys to the machine's: what is tested is the registered commands.
CLASSES=('.ron' 'WeProtectExplorer.ron' 'weprotect-explorer')
merge_user_classes() {
    local key
    for key in "${CLASSES[@]}"; do
        wine reg export 'HKCU\Software\Classes\'"$key" "$WORK/user.reg" /y >/dev/null 2>&1 || fail "no HKCU class $key"
        iconv -f UTF-16LE -t UTF-8 "$WORK/user.reg" \
            | sed 's/^\(\[-\?\)HKEY_CURRENT_USER\\Software\\Classes/\1HKEY_LOCAL_MACHINE\\Software\\Classes/' \
            | iconv -f UTF-8 -t UTF-16LE >"$WORK/machine.reg"
        wine reg import "$WORK/machine.reg" >/dev/null 2>&1 || fail "could not copy the class $key"
    done
}
unmerge_user_classes() {
    local key
    for key in "${CLASSES[@]}"; do
        wine reg delete 'HKLM\Software\Classes\'"$key" /f >/dev/null 2>&1 || true
    done
}

install /ASSOCIATE
[ "$(ron_default)" = WeProtectExplorer.ron ] || fail "/ASSOCIATE did not make the app the .ron default"
merge_user_classes
# A double-click on a .ron file: the shell's open verb, through the registered type.
shell_start /unix "$APP/bad.ron"
shot "$OUT/windows-double-click.png"
banner=$(convert "$OUT/windows-double-click.png" -crop 1280x120+0+30 -fill white -fuzz 3% -opaque "#4a1414" -fill black +opaque white -format "%[fx:mean]" info:)
awk -v b="$banner" 'BEGIN { exit !(b > 0.05) }' || fail "a double-clicked .ron did not open in the app ($banner)"
close_shell_started
ok "a double-click on a .ron opens it in the app"
# A link to a milestone, through the registered weprotect-explorer: scheme.
shell_start "weprotect-explorer:milestone=weprotect_summit_abu_dhabi_2015"
close_shell_started
grep -qF 'selected:Some(\"weprotect_summit_abu_dhabi_2015\")' "$STATE" || fail "the milestone link did not select its milestone"
ok "a weprotect-explorer: link opens the app on its milestone"
unmerge_user_classes
uninstall
[ "$(ron_default)" = txtfile ] || fail "uninstalling did not give .ron back to txtfile ($(ron_default))"
ok "with /ASSOCIATE it becomes the .ron default, and uninstalling gives the default back"

echo "Windows test passed; screenshots in $OUT"
