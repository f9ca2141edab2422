# Sourced by the real-window tests (smoke-test.sh, test-atspi.sh): a fresh HOME in
# $WORK, and a 1280×800 Xvfb display started in the background (its pid in XVFB_PID,
# for the caller's cleanup) and waited for.
start_display() {
    export HOME="$WORK/home"
    mkdir -p "$HOME"
    unset WAYLAND_DISPLAY XDG_RUNTIME_DIR
    local display_num=:$((90 + RANDOM % 100))
    Xvfb "$display_num" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=$display_num
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}
