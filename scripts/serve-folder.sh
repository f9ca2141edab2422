# Sourced by the browser scripts: serve_folder DIR serves DIR on 127.0.0.1 at a random
# port, sets PORT, waits until the server answers, and stops it when the script exits.
serve_folder() {
    PORT=$((18000 + RANDOM % 4000))
    python3 -m http.server --bind 127.0.0.1 --directory "$1" "$PORT" >/dev/null 2>&1 &
    SERVER=$!
    trap 'kill $SERVER 2>/dev/null || true' EXIT
    for _ in $(seq 50); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT), 1)" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "the web server on port $PORT did not start" >&2
    return 1
}
