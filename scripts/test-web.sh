#!/usr/bin/env bash
# The browser test: serves dist/ on 127.0.0.1, opens it in headless Chromium (Debian's
# package, driven by playwright-core), checks that the canvas draws and that a click on
# the Timeline tab changes it, and fails on any console error. Then reads the exported
# page (--export-html) and the build's text version through Chromium's accessibility
# tree (web/text-test.mjs), writing each tree and screenshots to OUT_DIR.
#
#   scripts/test-web.sh DIST OUT_DIR [EXPORTED_INDEX_HTML]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST=$(realpath "${1:-$ROOT/dist}")
OUT=$(realpath -m "${2:-$ROOT/target/web-test}")
mkdir -p "$OUT"

[ -d "$ROOT/web/node_modules/playwright-core" ] || (cd "$ROOT/web" && npm install --no-audit --no-fund --silent)

. "$ROOT/scripts/serve-folder.sh"
serve_folder "$DIST"

node "$ROOT/web/browser-test.mjs" "http://127.0.0.1:$PORT/" "$OUT"

PAGE=${3:-}
if [ -z "$PAGE" ]; then
    (cd "$ROOT" && cargo run --locked --quiet --bin weprotect-explorer -- --export-html "$OUT/page" >/dev/null)
    PAGE="$OUT/page/index.html"
fi
node "$ROOT/web/text-test.mjs" "$(realpath "$PAGE")" "http://127.0.0.1:$PORT/" "$OUT"

spread=$(convert "$OUT/web-overview.png" -colorspace Gray -format "%[fx:standard_deviation]" info:)
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || { echo "the page is blank (spread $spread)" >&2; exit 1; }
changed=$({ compare -metric AE -fuzz 2% "$OUT/web-overview.png" "$OUT/web-timeline.png" null: 2>&1 || true; } \
    | awk '{ printf "%.4f", $1 / (1280 * 800) }')
awk -v d="$changed" 'BEGIN { exit !(d > 0.05) }' || { echo "clicking Timeline changed only $changed of the page" >&2; exit 1; }
bookmark=$({ compare -metric AE -fuzz 2% "$OUT/web-overview.png" "$OUT/web-bookmark.png" null: 2>&1 || true; } \
    | awk '{ printf "%.4f", $1 / (1280 * 800) }')
awk -v d="$bookmark" 'BEGIN { exit !(d > 0.05) }' || { echo "#milestone=… did not open the timeline ($bookmark of the page changed)" >&2; exit 1; }
echo "ok: the page draws (spread $spread), the Timeline tab changes it ($changed of the page), a #milestone= bookmark opens it ($bookmark)"
