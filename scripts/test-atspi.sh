#!/usr/bin/env bash
# The screen-reader test: the release binary under Xvfb, in a D-Bus session of its own
# with the AT-SPI bus and accessibility switched on as a desktop switches it on, read
# through pyatspi by scripts/test-atspi.py. Writes the tree of each view to OUT_DIR.
#
#   scripts/test-atspi.sh BINARY OUT_DIR
#
# Needs: Xvfb, xdotool, dbus, at-spi2-core, python3-pyatspi (for /usr/bin/python3).
# Everything it starts is stopped when it ends, and nothing may run for more than
# two minutes.
set -euo pipefail

BINARY=$(realpath "${1:?usage: test-atspi.sh BINARY OUT_DIR}")
OUT=$(realpath -m "${2:?usage: test-atspi.sh BINARY OUT_DIR}")
HERE=$(cd "$(dirname "$0")" && pwd)

if [ -z "${ATSPI_TEST_SESSION:-}" ]; then
    mkdir -p "$OUT"
    # A session bus of our own: dbus-run-session stops it, and with it the AT-SPI bus
    # launcher and registry it starts on demand, when the test ends.
    ATSPI_TEST_SESSION=1 exec timeout -k 5 120 dbus-run-session -- "$0" "$BINARY" "$OUT"
fi

WORK=$(mktemp -d)
cleanup() {
    [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

. "$HERE/display.sh"
start_display

# What a desktop does when a screen reader is turned on: org.a11y.Status.IsEnabled on
# the session bus. Asking starts the AT-SPI bus launcher; AccessKit watches the
# property and only then publishes the window's tree.
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.freedesktop.DBus.Properties.Set org.a11y.Status IsEnabled '<true>' >/dev/null
export ACCESSIBILITY_ENABLED=1 NO_AT_BRIDGE=0

# AccessKit names the application after the executable's file name.
cp "$BINARY" "$WORK/weprotect-explorer"
/usr/bin/python3 "$HERE/test-atspi.py" "$WORK/weprotect-explorer" "$OUT"
