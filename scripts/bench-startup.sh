#!/usr/bin/env bash
# Start-up, idle and memory figures of the release binary in a real window under Xvfb
# (software OpenGL: Mesa llvmpipe). Prints min / median / max of each figure.
#
#   scripts/bench-startup.sh [BINARY]
#
# BINARY defaults to the release binary ($CARGO_TARGET_DIR or target/release), brought
# up to date with `cargo build --release --locked` first. Settings (environment):
#   RUNS=10        cold starts measured, after one warm-up start that is not counted
#   IDLE=5         seconds to watch each start for frames drawn while idle
#   SWITCHES=1000  view switches (Ctrl+1 … Ctrl+5) per round of the memory test
#   ROUNDS=2       rounds of SWITCHES switches
#   KEY_DELAY=25   milliseconds between two switches (a frame is drawn for each)
#
# Each start: a fresh, empty HOME (no saved state, so the overview of the built-in data
# at 1280x800), RUST_LOG=weprotect_explorer=trace, under `/usr/bin/time -v`, ended with
# SIGTERM (the app closes cleanly on it). Per start it reads:
#   first frame   "first frame drawn <duration> after start" (logged at debug level)
#   peak RSS      "Maximum resident set size" of /usr/bin/time -v
#   idle frames   "frame N" (trace level) lines logged between 1 s and IDLE s after
#                 the first frame, with no input at all
# "Cold" means no saved state; the binary and libraries are in the page cache (the
# uncounted warm-up start sees to that, so every counted start is alike).
#
# Then the memory test: one app, its window focused, ROUNDS rounds of SWITCHES view
# switches sent with xdotool; VmRSS from /proc/PID/status before and after each round.
# Growth in the later rounds is what a leak would show; the first round also fills
# caches that every view needs once. Before that, the frames drawn while
# idle on each of the five views (1 s after the switch, for 3 s).
#
# Needs: Xvfb, xdotool, xdpyinfo (x11-utils), ImageMagick (import, compare) and GNU
# time (`apt-get install -y time`).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-10}
IDLE=${IDLE:-5}
SWITCHES=${SWITCHES:-1000}
ROUNDS=${ROUNDS:-2}
KEY_DELAY=${KEY_DELAY:-25}

for tool in Xvfb xdotool xdpyinfo import compare; do
    command -v "$tool" >/dev/null || { echo "bench-startup: $tool is missing" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench-startup: GNU time is missing (apt-get install -y time)" >&2; exit 1; }

if [ $# -ge 1 ]; then
    BINARY=$(realpath "$1")
else
    BINARY="${CARGO_TARGET_DIR:-$ROOT/target}/release/weprotect-explorer"
    # Always, not only when the binary is missing: `cargo bench` leaves its own build of
    # the binary (bench profile, not stripped) at this same path, and `cargo build`
    # puts the release one back. When nothing changed it takes a second.
    echo "cargo build --release --locked…" >&2
    (cd "$ROOT" && cargo build --release --locked)
fi
[ -x "$BINARY" ] || { echo "bench-startup: no binary at $BINARY" >&2; exit 1; }

WORK=$(mktemp -d)
XVFB_PID=""
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill -TERM "$APP_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# A display number no other X server holds.
n=$((100 + RANDOM % 100))
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
DISPLAY_NUM=:$n
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=$DISPLAY_NUM
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
xdpyinfo >/dev/null 2>&1 || { echo "bench-startup: Xvfb did not start" >&2; exit 1; }
unset WAYLAND_DISPLAY

fail() { echo "bench-startup FAILED: $*" >&2; exit 1; }

# A duration as Rust's Debug prints it (1.5s, 183.2ms, 950µs, 12ns) in milliseconds.
to_ms() {
    awk -v d="$1" 'BEGIN {
        if (d ~ /ms$/) { sub(/ms$/, "", d); printf "%.1f", d }
        else if (d ~ /µs$/ || d ~ /us$/) { sub(/(µs|us)$/, "", d); printf "%.3f", d / 1000 }
        else if (d ~ /ns$/) { sub(/ns$/, "", d); printf "%.6f", d / 1e6 }
        else if (d ~ /s$/) { sub(/s$/, "", d); printf "%.1f", d * 1000 }
        else { exit 1 }
    }'
}

# min / median / max of the numbers on standard input, one a line.
stats() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "no values"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%s / %s / %s  (n=%d)\n", v[1], m, v[NR], NR
    }'
}

# Standard input stamped line by line with the seconds since the epoch: "TIME LINE".
stamp() { while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done; }

# Waits (up to 20 s) for the app to exit.
wait_exit() {
    for _ in $(seq 200); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
    return 1
}

# One cold start; prints "first_ms peak_kb idle_frames frames_in_first_second exit".
one_start() {
    local run=$1 dir="$WORK/run$1"
    mkdir -p "$dir/home"
    (
        cd "$dir/home"
        HOME="$dir/home" XDG_RUNTIME_DIR="$dir/home" RUST_LOG=weprotect_explorer=trace \
            exec /usr/bin/time -v -o "$dir/time.txt" "$BINARY" 2>&1 | stamp >"$dir/log"
    ) &
    local pipeline=$!
    # The app is the child of /usr/bin/time: SIGTERM must go to the app itself.
    local timer="" app="" first_line=""
    for _ in $(seq 400); do
        [ -z "$timer" ] && timer=$(pgrep -x -P "$pipeline" time || true)
        [ -n "$timer" ] && [ -z "$app" ] && app=$(pgrep -P "$timer" || true)
        first_line=$(grep -m1 "first frame drawn" "$dir/log" 2>/dev/null || true)
        [ -n "$first_line" ] && [ -n "$app" ] && break
        sleep 0.05
    done
    [ -n "$first_line" ] || fail "start $run: no \"first frame drawn\" line in 20 s (log: $(head -c 2000 "$dir/log"))"
    [ -n "$app" ] || fail "start $run: the app's process was not found"
    APP_PID=$app
    sleep "$IDLE"
    kill -TERM "$app"
    wait_exit "$app" || fail "start $run: the app did not exit within 20 s of SIGTERM"
    APP_PID=""
    wait "$pipeline" || true

    local t_first duration first_ms peak exit_status idle early
    t_first=$(awk '{ print $1 }' <<<"$first_line")
    duration=$(sed -E 's/.*first frame drawn ([^ ]+) after start.*/\1/' <<<"$first_line")
    first_ms=$(to_ms "$duration") || fail "start $run: cannot read the duration in: $first_line"
    peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.txt")
    exit_status=$(awk -F': ' '/Exit status/ { print $2 }' "$dir/time.txt")
    # Frames logged more than 1 s (idle) and up to IDLE s after the first frame.
    idle=$(awk -v t0="$t_first" -v idle="$IDLE" \
        '/ frame [0-9]+$/ && $1 > t0 + 1 && $1 <= t0 + idle { n++ } END { print n + 0 }' "$dir/log")
    early=$(awk -v t0="$t_first" \
        '/ frame [0-9]+$/ && $1 <= t0 + 1 { n++ } END { print n + 0 }' "$dir/log")
    echo "$first_ms $peak $idle $early $exit_status"
}

echo "binary: $BINARY ($(stat -c %s "$BINARY") bytes)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "display: Xvfb $DISPLAY 1280x800x24, no window manager"
echo

echo "warm-up start (not counted)…"
one_start 0 >/dev/null

echo "$RUNS cold starts (fresh HOME each), ${IDLE} s each:"
RESULTS="$WORK/results"
: >"$RESULTS"
for i in $(seq "$RUNS"); do
    r=$(one_start "$i")
    echo "$r" >>"$RESULTS"
    read -r ms kb idle early status <<<"$r"
    printf '  start %2d: first frame %7.1f ms, peak RSS %6.1f MB, frames in the first second %2d, idle frames (1-%s s) %d, exit status %s\n' \
        "$i" "$ms" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$early" "$IDLE" "$idle" "$status"
done
echo
echo "first frame after start, ms (min / median / max):      $(awk '{ print $1 }' "$RESULTS" | stats)"
echo "peak RSS at start-up, MB (min / median / max):         $(awk '{ printf "%.1f\n", $2 / 1024 }' "$RESULTS" | stats)"
echo "frames drawn 1-${IDLE} s after the first (min / median / max): $(awk '{ print $3 }' "$RESULTS" | stats)"
echo "frames drawn in the first second (min / median / max): $(awk '{ print $4 }' "$RESULTS" | stats)"
awk '$5 != 0 { bad = 1 } END { exit bad }' "$RESULTS" || echo "WARNING: some starts did not exit with status 0 on SIGTERM"
echo

# ---- Memory over view switches ------------------------------------------------------
echo "memory over view switches ($SWITCHES per round, ${KEY_DELAY} ms apart):"
dir="$WORK/switch"
mkdir -p "$dir/home"
(
    cd "$dir/home"
    HOME="$dir/home" XDG_RUNTIME_DIR="$dir/home" RUST_LOG=weprotect_explorer=trace \
        exec "$BINARY" >"$dir/log" 2>&1
) &
APP_PID=$!
WIN=$(timeout 20 xdotool search --sync --onlyvisible --name "WeProtect" | head -1) || fail "no window within 20 s"
sleep 2
xdotool mousemove 1275 795
xdotool windowfocus --sync "$WIN"

rss() { awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status"; }
hwm() { awk '/^VmHWM/ { print $2 }' "/proc/$APP_PID/status"; }
frames() { grep -c ' frame [0-9]*$' "$dir/log" || true; }

# The keys switch views: Ctrl+2 must change what is drawn.
xdotool key ctrl+1
sleep 0.5
import -window root "$dir/view1.png"
xdotool key ctrl+2
sleep 0.5
import -window root "$dir/view2.png"
changed=$({ compare -metric AE -fuzz 2% "$dir/view1.png" "$dir/view2.png" null: 2>&1 || true; } | awk '{ print $1 + 0 }')
[ "$changed" -gt 20000 ] || fail "Ctrl+2 changed only $changed pixels: the keys do not reach the window"
echo "  Ctrl+1 -> Ctrl+2 changes $changed pixels: the keys reach the window"
xdotool key ctrl+1
sleep 2

switch_round() {
    local n=0
    while [ "$n" -lt "$SWITCHES" ]; do
        local keys=()
        for k in 2 3 4 5 1; do
            [ "$n" -lt "$SWITCHES" ] || break
            keys+=("ctrl+$k")
            n=$((n + 1))
        done
        xdotool key --delay "$KEY_DELAY" "${keys[@]}"
        sleep "$(awk -v d="$KEY_DELAY" 'BEGIN { print d / 1000 }')"
    done
    sleep 2
}

# Idle on every view: after a switch and 1 s of rest, no frame for the next 3 s.
printf '  idle frames 1-4 s after switching to view'
for k in 1 2 3 4 5; do
    xdotool key "ctrl+$k"
    sleep 1
    a=$(frames)
    sleep 3
    printf ' %d: %d;' "$k" "$(($(frames) - a))"
done
echo
xdotool key ctrl+1
sleep 2

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
before=$(rss)
printf '  VmRSS before: %s MB\n' "$(mb "$before")"
last=$before
for round in $(seq "$ROUNDS"); do
    f0=$(frames)
    t0=$EPOCHREALTIME
    switch_round
    now=$(rss)
    f1=$(frames)
    printf '  VmRSS after %d switches: %s MB (%+d kB in this round; %d frames drawn in %.1f s)\n' \
        "$((round * SWITCHES))" "$(mb "$now")" "$((now - last))" "$((f1 - f0))" \
        "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')"
    [ "$((f1 - f0))" -ge "$SWITCHES" ] || echo "WARNING: fewer frames than switches: some switches may have shared a frame"
    last=$now
done
peak=$(hwm)
kill -TERM "$APP_PID"
wait_exit "$APP_PID" || fail "the app did not exit on SIGTERM"
wait "$APP_PID" && status=0 || status=$?
APP_PID=""
printf '  growth over all %d switches: %+d kB; VmHWM (peak) %s MB; exit status on SIGTERM %s\n' \
    "$((ROUNDS * SWITCHES))" "$((last - before))" "$(mb "$peak")" "$status"
