#!/usr/bin/env bash
# `make start`: render the instance for $PROFILE, start the ZEO server when the
# profile needs one, create the admin user and the site if missing, then serve
# in the foreground until interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

PROFILE=${PROFILE:-filestorage}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8080}
ADMIN_USER=${ADMIN_USER:-admin}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-admin}
ZEO_ADDRESS=${ZEO_ADDRESS:-127.0.0.1:8100}
export PROFILE HOST PORT ADMIN_USER ADMIN_PASSWORD ZEO_ADDRESS
bin=.venv/bin

"$bin/python" scripts/render_instance.py --profile "$PROFILE"

pids=()
stop() {
    trap - EXIT INT TERM
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop EXIT INT TERM

if [ "$PROFILE" = zeo ]; then
    "$bin/runzeo" -C instance/etc/zeo.conf &
    pids+=($!)
    "$bin/python" scripts/wait_for_port.py "$ZEO_ADDRESS" --timeout 60
fi

"$bin/zconsole" run instance/etc/zope.conf scripts/create_site.py

cat <<EOT

  Migrant in Romania ($PROFILE) on http://$HOST:$PORT/Plone
  Log in at http://$HOST:$PORT/Plone/login as '$ADMIN_USER' with password '$ADMIN_PASSWORD'.
  Stop with Ctrl+C.

EOT
"$bin/runwsgi" instance/etc/zope.ini &
pids+=($!)
wait "${pids[-1]}"
