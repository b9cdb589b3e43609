#!/usr/bin/env bash
# `make start`: render the instance for $PROFILE, start the ZEO server when the
# profile needs one, create the admin user and the site if missing, then serve
# in the foreground until interrupted (Ctrl+C or SIGTERM stops every process
# this script started).
#
# INSTANCE_DIR (instance) and VAR_DIR (var) choose where the configuration is
# rendered and where the data lives, e.g. for CI runs next to a developer's.
set -euo pipefail
cd "$(dirname "$0")/.."

PROFILE=${PROFILE:-filestorage}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8080}
ADMIN_USER=${ADMIN_USER:-admin}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-admin}
ZEO_ADDRESS=${ZEO_ADDRESS:-127.0.0.1:8100}
INSTANCE_DIR=${INSTANCE_DIR:-instance}
VAR_DIR=${VAR_DIR:-var}
export PROFILE HOST PORT ADMIN_USER ADMIN_PASSWORD ZEO_ADDRESS
bin=.venv/bin
etc=$INSTANCE_DIR/etc

"$bin/python" scripts/render_instance.py --profile "$PROFILE" \
    --instance "$INSTANCE_DIR" --var "$VAR_DIR"

# Every child runs in the background and the script waits for it, so that a
# signal is handled at once, even during the (long) first site creation.
# Background children of a non-interactive shell ignore SIGINT: they are
# stopped with SIGTERM, the web server first, then the ZEO server.
pids=()
stop() {
    trap - EXIT INT TERM
    local i
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[i]}" 2>/dev/null || true
        wait "${pids[i]}" 2>/dev/null || true
    done
}
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

run() { # run COMMAND...: start it in the background, wait for it, keep its status
    "$@" &
    pids+=($!)
    wait "${pids[-1]}"
}

if [ "$PROFILE" = zeo ]; then
    "$bin/runzeo" -C "$etc/zeo.conf" &
    pids+=($!)
    "$bin/python" scripts/wait_for_port.py "$ZEO_ADDRESS" --timeout 60
fi

run "$bin/zconsole" run "$etc/zope.conf" scripts/create_site.py
unset 'pids[-1]'

cat <<EOT

  Migrant in Romania ($PROFILE) on http://$HOST:$PORT/Plone
  Log in at http://$HOST:$PORT/Plone/login as '$ADMIN_USER' with password '$ADMIN_PASSWORD'.
  Stop with Ctrl+C.

EOT
run "$bin/runwsgi" "$etc/zope.ini"
