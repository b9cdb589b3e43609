#!/usr/bin/env bash
# Check the buildout deployment (buildout.cfg) from scratch: its own venv,
# bin/buildout, a Plone site with migrant.portal, then GET /Plone/ar.
#
#   BUILDOUT_PORT=8093 scripts/ci_buildout.sh
#
# Everything happens in a mktemp directory, on a copy of the work tree:
# buildout writes .egg-info and .mo files next to the sources, and a copy
# keeps the repo untouched and every run starting from nothing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=${BUILDOUT_PORT:-8093}
python=${PYTHON:-python3.11}
work=$(mktemp -d "${TMPDIR:-/tmp}/ci-buildout.XXXXXX")
tree=$work/tree
server=

fail() {
    echo "ci_buildout: FAILED: $*" >&2
    exit 1
}

cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Quiet on success (buildout lists every download); the log's end on failure.
run() {
    local name=$1 start=$SECONDS
    shift
    if ! "$@" >"$work/$name.log" 2>&1; then
        tail -n 40 "$work/$name.log" >&2
        fail "$name (log above)"
    fi
    echo "ci_buildout: $name ok ($((SECONDS - start)) s)"
}

# Another server on the port would answer our checks in its place.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port is already in use; set BUILDOUT_PORT"
fi

# The work tree as git sees it, uncommitted changes included, nothing ignored.
mkdir "$tree"
git -C "$root" ls-files -z --cached --others --exclude-standard \
    | tar -C "$root" --null --ignore-failed-read -T - -cf - 2>/dev/null \
    | tar -C "$tree" -xf -
cd "$tree"

# The develop eggs build in isolated environments: pin their setuptools too.
export PIP_BUILD_CONSTRAINT=$tree/constraints.txt

run venv "$python" -m venv "$work/venv"
run zc.buildout "$work/venv/bin/pip" install -c constraints.txt pip zc.buildout
run buildout-versions "$python" scripts/buildout_versions.py \
    constraints.txt buildout-versions.cfg
run buildout "$work/venv/bin/buildout" "instance:http-address=127.0.0.1:$port"
run site bin/instance run scripts/create_site.py

# `console` execs the server in this process: $! is the pid to stop.
bin/instance console >"$work/instance.log" 2>&1 &
server=$!
for _ in $(seq 120); do
    if ! kill -0 "$server" 2>/dev/null; then
        tail -n 40 "$work/instance.log" >&2
        fail "the instance exited"
    fi
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 1
done

status=$(curl -s -o "$work/ar.html" -w '%{http_code}' "http://127.0.0.1:$port/Plone/ar") || true
[ "$status" = 200 ] || fail "GET /Plone/ar answered '$status', not 200"
grep -q '<body[^>]*dir="rtl"' "$work/ar.html" || fail "/Plone/ar has no dir=\"rtl\" on <body>"
echo "ci_buildout: GET /Plone/ar ok (200, right-to-left)"

kill "$server"
wait "$server" 2>/dev/null || true
server=
echo "ci_buildout: passed"
