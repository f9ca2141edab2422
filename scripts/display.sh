# Sourced by the real-window tests (smoke-test.sh, test-atspi.sh, test-windows.sh): a
# fresh HOME in $WORK, and an Xvfb display (1280×800 unless a size is given) started in
# the background (its pid in XVFB_PID, for the caller's cleanup) and waited for.
#   start_display [WIDTHxHEIGHT]
start_display() {
    local size=${1:-1280x800}
    export HOME="$WORK/home"
    mkdir -p "$HOME"
    unset WAYLAND_DISPLAY XDG_RUNTIME_DIR
    local display_num=:$((90 + RANDOM % 100))
    Xvfb "$display_num" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=$display_num
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}
