#!/usr/bin/env bash
# Real-window smoke test: the release binary, alone in an empty folder with a fresh
# HOME, under Xvfb. Checks that a window opens and draws, that a click on the
# Timeline tab and a key press change what is drawn, that SIGTERM and Ctrl+Q end the
# app cleanly, and that a bad data file opens the window with the error shown.
#
#   scripts/smoke-test.sh BINARY OUT_DIR
#
# Needs: Xvfb, xdotool, ImageMagick (convert, compare, import).
set -euo pipefail

BINARY=$(realpath "${1:?usage: smoke-test.sh BINARY OUT_DIR}")
OUT=$(realpath -m "${2:?usage: smoke-test.sh BINARY OUT_DIR}")
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'kill "${XVFB_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

cp "$BINARY" "$WORK/weprotect-explorer"
cd "$WORK"
. "$HERE/display.sh"
start_display

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

# Starts the app with the given arguments; sets APP_PID and WIN.
start() {
    ./weprotect-explorer "$@" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    WIN=$(timeout 20 xdotool search --sync --onlyvisible --name "WeProtect" | head -1) || fail "no window within 20 s"
    sleep 1.5
}

# Fraction of pixels that differ between two screenshots.
changed() { { compare -metric AE -fuzz 2% "$1" "$2" null: 2>&1 || true; } | awk -v total=$((1280 * 800)) '{ printf "%.4f", $1 / total }'; }

# Standard deviation of the grey levels: 0 for a blank screen.
spread() { convert "$1" -colorspace Gray -format "%[fx:standard_deviation]" info:; }

# Waits up to 10 s for the app to exit and checks it exited with status 0.
expect_exit() {
    local what=$1
    for _ in $(seq 100); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$APP_PID" 2>/dev/null && fail "the app did not quit on $what"
    wait "$APP_PID" && status=0 || status=$?
    [ "$status" -eq 0 ] || fail "the app exited with status $status on $what"
    echo "ok: quits cleanly on $what"
}

# 1. The window opens and draws the overview.
start
import -window root "$OUT/overview.png"
s=$(spread "$OUT/overview.png")
awk -v s="$s" 'BEGIN { exit !(s > 0.02) }' || fail "the first screenshot is blank (spread $s)"
echo "ok: the window draws (grey spread $s)"

# 2. A click on the Timeline tab changes what is drawn.
# The Timeline tab: second in the top bar, after the File menu.
xdotool mousemove --window "$WIN" 193 18 click 1
sleep 1
import -window root "$OUT/timeline.png"
d=$(changed "$OUT/overview.png" "$OUT/timeline.png")
awk -v d="$d" 'BEGIN { exit !(d > 0.05) }' || fail "clicking Timeline changed only $d of the screen"
echo "ok: the Timeline tab shows the timeline ($d of the screen changed)"

# 3. A key press (Right: select the first milestone) opens its details.
xdotool mousemove --window "$WIN" 640 700
xdotool windowfocus --sync "$WIN" 2>/dev/null || true
xdotool key Right
sleep 1
import -window root "$OUT/timeline-selected.png"
d=$(changed "$OUT/timeline.png" "$OUT/timeline-selected.png")
awk -v d="$d" 'BEGIN { exit !(d > 0.02) }' || fail "the Right key changed only $d of the screen"
echo "ok: the Right key selects a milestone ($d of the screen changed)"

# 4. SIGTERM ends it cleanly, and the state it saved brings back the timeline.
kill -TERM "$APP_PID"
expect_exit SIGTERM
start
import -window root "$OUT/restored.png"
d=$(changed "$OUT/timeline-selected.png" "$OUT/restored.png")
awk -v d="$d" 'BEGIN { exit !(d < 0.05) }' || fail "the saved view was not restored ($d of the screen differs)"
echo "ok: the view and selection are restored after a restart"

# 5. Ctrl+Q ends it cleanly.
xdotool windowfocus --sync "$WIN" 2>/dev/null || true
xdotool key ctrl+q
expect_exit Ctrl+Q

# 6. A bad data file: the window opens and shows the error over the built-in data.
rm -rf "$HOME" && mkdir -p "$HOME"
./weprotect-explorer --print-default-data | sed 's/count: 99,/count: -99,/' > bad.ron
start bad.ron
import -window root "$OUT/bad-file.png"
banner=$(convert "$OUT/bad-file.png" -crop 1280x120+0+30 -fill white -fuzz 3% -opaque "#4a1414" -fill black +opaque white -format "%[fx:mean]" info:)
awk -v b="$banner" 'BEGIN { exit !(b > 0.05) }' || fail "no error banner on a bad file ($banner)"
grep -q "count must not be negative" "$WORK/app.log" || fail "the problem was not logged"
echo "ok: a bad data file opens the window with the error banner"
kill -TERM "$APP_PID"
expect_exit SIGTERM

echo "smoke test passed; screenshots in $OUT"
