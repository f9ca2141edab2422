#!/usr/bin/env bash
# Installs the app into a temporary HOME, validates the desktop entry and checks the
# files, then uninstalls and checks that nothing is left.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BINARY=$(realpath "${1:-$ROOT/target/release/weprotect-explorer}")
export HOME=$(mktemp -d)
unset XDG_DATA_HOME
trap 'rm -rf "$HOME"' EXIT

"$ROOT/scripts/install-desktop.sh" "$BINARY"
DATA=$HOME/.local/share
for f in "$HOME/.local/bin/weprotect-explorer" \
         "$DATA/applications/weprotect-explorer.desktop" \
         "$DATA/icons/hicolor/256x256/apps/weprotect-explorer.png" \
         "$DATA/icons/hicolor/scalable/apps/weprotect-explorer.svg" \
         "$DATA/mime/packages/weprotect-explorer.xml"; do
    [ -f "$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done
desktop-file-validate "$DATA/applications/weprotect-explorer.desktop"
grep -q '^StartupWMClass=weprotect-explorer$' "$DATA/applications/weprotect-explorer.desktop"
# Links to a milestone (weprotect-explorer:milestone=ID) come to the app.
grep -q '^x-scheme-handler/weprotect-explorer=weprotect-explorer.desktop;' "$DATA/applications/mimeinfo.cache" \
    || { echo "the desktop does not know the app opens weprotect-explorer: links" >&2; exit 1; }
"$HOME/.local/bin/weprotect-explorer" --version
echo "ok: installed files are valid"

"$ROOT/scripts/uninstall-desktop.sh"
left=$(find "$HOME/.local" -type f -name 'weprotect-explorer*' | wc -l)
[ "$left" -eq 0 ] || { echo "left behind after uninstall:" >&2; find "$HOME/.local" -name 'weprotect-explorer*' >&2; exit 1; }
echo "ok: uninstall removes everything"
