#!/usr/bin/env bash
# Times the browser build's first frame against TimelineJS (@knight-lab/timelinejs from
# npm) showing the same milestones, in the same headless Chromium (Debian's, WebGL on
# SwiftShader, 1280x800), a fresh browser per run, and prints min/median/max of each,
# the ratio of the medians and the app's start-up marks (web/bench-web.mjs).
#
#   scripts/bench-web.sh [DIST] [RUNS]      (DIST: a built site, made if missing; RUNS: 5)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
DIST=$(realpath -m "${1:-$TARGET_DIR/dist}")
RUNS=${2:-5}
WORK=$TARGET_DIR/bench-web
TIMELINEJS_VERSION=3.9.11

[ -f "$DIST/index.html" ] || "$ROOT/scripts/build-web.sh" "$DIST"
[ -d "$ROOT/web/node_modules/playwright-core" ] || (cd "$ROOT/web" && npm install --no-audit --no-fund --silent)
mkdir -p "$WORK"
TL=$WORK/node_modules/@knight-lab/timelinejs/dist
if ! grep -qs "\"version\": \"$TIMELINEJS_VERSION\"" "$TL/../package.json"; then
    (cd "$WORK" && npm install --no-audit --no-fund --silent --no-save "@knight-lab/timelinejs@$TIMELINEJS_VERSION")
fi

SITE=$WORK/site
rm -rf "$SITE"
mkdir -p "$SITE/tl"
cp -r "$DIST" "$SITE/app"
cp -r "$TL/js" "$TL/css" "$SITE/tl/"
(cd "$ROOT" && cargo run --locked --quiet --bin weprotect-explorer -- --export-html "$SITE/page" >/dev/null)
# TimelineJS at its best: the data in the page, no spreadsheet to fetch.
cat > "$SITE/tl/index.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>TimelineJS: the same milestones</title>
  <link rel="stylesheet" href="css/timeline.css">
  <script src="js/timeline.js"></script>
  <script src="data.js"></script>
</head>
<body style="margin: 0">
  <div id="timeline-embed" style="width: 100%; height: 100vh"></div>
  <script>
    const timeline = new TL.Timeline("timeline-embed", TIMELINE_DATA);
    timeline.on("loaded", () => requestAnimationFrame(() => performance.mark("first-frame")));
  </script>
</body>
</html>
HTML

. "$ROOT/scripts/serve-folder.sh"
serve_folder "$SITE"
node "$ROOT/web/bench-web.mjs" "http://127.0.0.1:$PORT/" "$RUNS" "$SITE/tl"
printf 'wasm: %s bytes, %s bytes gzip -9\n' "$(stat -c %s "$DIST/weprotect-explorer_bg.wasm")" \
    "$(gzip -9c "$DIST/weprotect-explorer_bg.wasm" | wc -c)"
