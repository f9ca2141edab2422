#!/usr/bin/env bash
# The Windows program, cross-built on Linux with MinGW-w64, in the two forms a person
# downloads:
#   OUT_DIR/weprotect-explorer-VERSION-setup.exe    installer (NSIS): per user, no admin
#   OUT_DIR/weprotect-explorer-VERSION-windows.zip  portable: the program and the README
#
#   scripts/build-windows.sh [OUT_DIR]              (default: target/windows)
#
# Needs: Debian's mingw-w64 and nsis (installed here when missing, as .ci/run does), and
# the Rust target x86_64-pc-windows-gnu (added with rustup when missing).
# The release profile is the one the Linux build ships with (fat LTO).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$(realpath -m "${1:-target/windows}")
TARGET=x86_64-pc-windows-gnu
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)

missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(mingw-w64)
command -v makensis >/dev/null || missing+=(nsis)
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
rustup target list --installed 2>/dev/null | grep -qx "$TARGET" || rustup target add "$TARGET"

cargo build --release --locked --target "$TARGET"
EXE="$TARGET_DIR/$TARGET/release/weprotect-explorer.exe"

mkdir -p "$OUT"
SETUP="$OUT/weprotect-explorer-$VERSION-setup.exe"
ZIP="$OUT/weprotect-explorer-$VERSION-windows.zip"
makensis -V2 -INPUTCHARSET UTF8 \
    "-DVERSION=$VERSION" "-DEXE=$EXE" "-DOUTFILE=$SETUP" \
    "-DICON=$ROOT/assets/icon.ico" "-DREADME=$ROOT/README.md" \
    packaging/windows/installer.nsi

# The portable form: one folder, so that unpacking it does not scatter files.
python3 - "$ZIP" "$EXE" "$ROOT/README.md" <<'PY'
import sys, zipfile
out, exe, readme = sys.argv[1:]
with zipfile.ZipFile(out + ".part", "w", zipfile.ZIP_DEFLATED) as z:
    z.write(exe, "WeProtect Explorer/weprotect-explorer.exe")
    z.write(readme, "WeProtect Explorer/README.md")
PY
mv "$ZIP.part" "$ZIP"

ls -l "$EXE" "$SETUP" "$ZIP"
