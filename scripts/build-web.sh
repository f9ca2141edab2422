#!/usr/bin/env bash
# Builds the browser version into dist/ (or the folder given): the app compiled to
# WebAssembly, its JavaScript glue, index.html and the icon. Serve the folder with any
# static web server, e.g. `python3 -m http.server -d dist 8080`.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=$(realpath -m "${1:-dist}")
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}

rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown

# wasm-bindgen must be exactly the version the lock file pins.
VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $VERSION\$"; then
    echo "installing wasm-bindgen-cli $VERSION"
    cargo install wasm-bindgen-cli --version "$VERSION"
fi

cargo build --locked --profile web-release --target wasm32-unknown-unknown --bin weprotect-explorer
WASM="$TARGET_DIR/wasm32-unknown-unknown/web-release/weprotect-explorer.wasm"

rm -rf "$OUT"
mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name weprotect-explorer "$WASM"
BG="$OUT/weprotect-explorer_bg.wasm"
BEFORE=$(stat -c %s "$BG")
# wasm-opt shrinks the module further; binaryen before version 117 mangles the
# reference-types table that wasm-bindgen relies on, so an older one is not used.
WASM_OPT=${WASM_OPT:-wasm-opt}
OPT_VERSION=$("$WASM_OPT" --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
if [ -n "$OPT_VERSION" ] && [ "$OPT_VERSION" -ge 117 ]; then
    # The WebAssembly features that Rust's wasm32 target uses, and every current browser has.
    FEATURES=(--enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int
              --enable-reference-types --enable-sign-ext --enable-multivalue)
    if "$WASM_OPT" -Oz --strip-debug --strip-producers "${FEATURES[@]}" "$BG" -o "$BG.opt" 2>"$OUT/wasm-opt.log"; then
        mv "$BG.opt" "$BG"
        rm -f "$OUT/wasm-opt.log"
    else
        echo "wasm-opt could not optimise the module (see $OUT/wasm-opt.log); keeping it as built" >&2
        rm -f "$BG.opt"
    fi
else
    echo "no wasm-opt 117 or newer (found: ${OPT_VERSION:-none}); the module is not optimised further." >&2
    echo "  (binaryen from npm works: npm install binaryen, then WASM_OPT=node_modules/.bin/wasm-opt)" >&2
fi
AFTER=$(stat -c %s "$BG")
# The text version is in the page from the start, made from the built-in data by the
# desktop build's --export-html, so that it reads without JavaScript or WebGL; the app
# rewrites it when a file is opened. Its header (the title and the figures) is also the
# first paint, shown while the app starts.
PAGE=$(mktemp -d)
trap 'rm -rf "$PAGE"' EXIT
cargo run --locked --quiet --bin weprotect-explorer -- --export-html "$PAGE" >/dev/null
python3 - "$PAGE/index.html" web/index.html "$OUT/index.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
template = open(sys.argv[2], encoding="utf-8").read()
story = page.split('<body class="story">\n', 1)[1].rsplit("</body>", 1)[0]
header = story[story.index("<header>"):story.index("</header>") + len("</header>")]
for mark in ("<!-- story -->", "<!-- first paint -->"):
    assert template.count(mark) == 1, f"web/index.html has no {mark}"
page = template.replace("<!-- story -->", story).replace("<!-- first paint -->", header)
open(sys.argv[3], "w", encoding="utf-8").write(page)
PY
cp "$PAGE/style.css" "$OUT/style.css"
cp assets/icon.png "$OUT/icon.png"
printf 'wasm size: %s bytes after wasm-bindgen, %s bytes after wasm-opt (%s KiB gzip)\n' \
    "$BEFORE" "$AFTER" "$(( $(gzip -9c "$BG" | wc -c) / 1024 ))"
echo "built $OUT"
