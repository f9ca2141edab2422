#!/usr/bin/env bash
# Removes what scripts/install-desktop.sh installed (the saved app state is kept).
set -euo pipefail
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
rm -f "$HOME/.local/bin/weprotect-explorer" \
      "$DATA/applications/weprotect-explorer.desktop" \
      "$DATA/icons/hicolor/256x256/apps/weprotect-explorer.png" \
      "$DATA/icons/hicolor/scalable/apps/weprotect-explorer.svg" \
      "$DATA/mime/packages/weprotect-explorer.xml"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
command -v update-mime-database >/dev/null && [ -d "$DATA/mime" ] && update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
echo "Removed weprotect-explorer from $HOME/.local."
