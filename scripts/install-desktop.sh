#!/usr/bin/env bash
# Installs weprotect-explorer for the current user: the binary in ~/.local/bin, the
# desktop entry, the icon and the .ron file type, so the app opens with a double-click
# and from "Open with" on a .ron file.
#
#   scripts/install-desktop.sh [BINARY]     (default: target/release/weprotect-explorer)
#   scripts/uninstall-desktop.sh            removes all of it again
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BINARY=${1:-$ROOT/target/release/weprotect-explorer}
[ -x "$BINARY" ] || { echo "no binary at $BINARY: run 'cargo build --release' first" >&2; exit 1; }

DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=$HOME/.local/bin
install -Dm755 "$BINARY" "$BIN_DIR/weprotect-explorer"
install -Dm644 "$ROOT/assets/weprotect-explorer.desktop" "$DATA/applications/weprotect-explorer.desktop"
install -Dm644 "$ROOT/assets/icon.png" "$DATA/icons/hicolor/256x256/apps/weprotect-explorer.png"
install -Dm644 "$ROOT/assets/icon.svg" "$DATA/icons/hicolor/scalable/apps/weprotect-explorer.svg"
install -Dm644 "$ROOT/assets/weprotect-explorer-mime.xml" "$DATA/mime/packages/weprotect-explorer.xml"

# Refresh the caches where the tools exist; the files work without them too.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true

echo "Installed weprotect-explorer in $BIN_DIR and its desktop entry in $DATA/applications."
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "Note: $BIN_DIR is not on your PATH; the desktop entry still works after you log in again." ;;
esac
