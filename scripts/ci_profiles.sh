#!/usr/bin/env bash
# CI check of the deployment profiles, as root on Debian, after `make install`.
# For each profile: start scripts/start.sh on spare ports with its own
# instance/ and var/ (under CI_WORK_DIR, a temporary folder by default), wait
# for the site, check what a visitor and the administrator get (four language
# roots, Arabic right-to-left, the login), create a page through plone.restapi,
# restart, check that the page is still there, stop. PostgreSQL is installed and started if needed;
# the relstorage profile uses the database CI_DB (migrant_ci), recreated empty
# on every run. The developer's instance/, var/ and `migrant` database are not
# touched. Exits non-zero, with the start.sh log, on the first failure.
#
#   scripts/ci_profiles.sh [PROFILE...]      (default: filestorage zeo relstorage)
set -euo pipefail
cd "$(dirname "$0")/.."

PROFILES=("$@")
[ $# -gt 0 ] || PROFILES=(filestorage zeo relstorage)
WAIT_TIMEOUT=${WAIT_TIMEOUT:-300}
CI_DB=${CI_DB:-migrant_ci}
WORK=${CI_WORK_DIR:-$(mktemp -d /tmp/ci-profiles.XXXXXX)}
ADMIN=${ADMIN_USER:-admin}:${ADMIN_PASSWORD:-admin}
python=.venv/bin/python

server=""          # pid (and process group) of the running scripts/start.sh
log=""             # its log
pg_started=""      # "VERSION NAME" of the cluster this script started

say() { printf '[ci_profiles %s] %s\n' "$(date +%T)" "$*"; }
fail() {
    say "FAILED: $*" >&2
    [ -z "$log" ] || { echo "--- last lines of $log:" >&2; tail -n 40 "$log" >&2; }
    exit 1
}

stop_site() { # SIGTERM start.sh's process group, SIGKILL it after 60 s
    [ -n "$server" ] || return 0
    kill -TERM -- "-$server" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
}

cleanup() {
    local status=$?
    stop_site
    if [ -n "$pg_started" ]; then pg_ctlcluster $pg_started stop || true; fi
    if [ "$status" = 0 ] && [ -z "${CI_WORK_DIR:-}" ]; then rm -rf "$WORK"; fi
    [ "$status" = 0 ] || say "logs kept in $WORK" >&2
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

apt_install() { # apt_install COMMAND PACKAGE: install PACKAGE when COMMAND is missing
    command -v "$1" >/dev/null && return 0
    say "installing $2"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null ||
        fail "cannot install $2"
}

as_postgres() { (cd / && runuser -u postgres -- "$@"); }

setup_postgres() { # start the first cluster, make the CI role and an empty CI_DB
    apt_install pg_lsclusters postgresql
    if [ -z "$(pg_lsclusters -h)" ]; then
        pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" main >/dev/null
    fi
    local version name port status role
    read -r version name port status _ < <(pg_lsclusters -h | head -n 1)
    if [ "$status" != online ]; then
        say "starting PostgreSQL $version/$name"
        pg_ctlcluster "$version" "$name" start || fail "cannot start PostgreSQL $version/$name"
        pg_started="$version $name"
    fi
    role=$(id -un) # peer authentication through the Unix socket: no password
    if [ "$(as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
        as_postgres createuser -p "$port" "$role"
    fi
    as_postgres dropdb -p "$port" --if-exists --force "$CI_DB"
    as_postgres createdb -p "$port" -O "$role" "$CI_DB"
    export RELSTORAGE_DSN="dbname=$CI_DB port=$port"
    "$python" -c 'import psycopg2' 2>/dev/null || fail "psycopg2 cannot be imported from .venv (make install)"
}

start_site() { # start_site PROFILE PORT ZEO_PORT: start.sh in the background, wait for /Plone/ar
    local started=$SECONDS
    log=$WORK/$1/start.log
    mkdir -p "$WORK/$1"
    PROFILE=$1 PORT=$2 ZEO_ADDRESS=127.0.0.1:$3 \
        INSTANCE_DIR=$WORK/$1/instance VAR_DIR=$WORK/$1/var \
        setsid scripts/start.sh >>"$log" 2>&1 &
    server=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/Plone/ar")" = 200 ]; do
        kill -0 "$server" 2>/dev/null || fail "$1: scripts/start.sh exited before serving /Plone/ar"
        [ $((SECONDS - started)) -lt "$WAIT_TIMEOUT" ] || fail "$1: no 200 on /Plone/ar after $WAIT_TIMEOUT s"
        sleep 1
    done
    say "$1: /Plone/ar answers 200 after $((SECONDS - started)) s"
}

check_visitor_and_admin() { # check_visitor_and_admin SITE_URL
    local site=$1 language code page
    for language in ro en fr ar; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "$site/$language")
        [ "$code" = 200 ] || fail "anonymous GET $site/$language answered $code"
    done
    # Read the whole page first: `grep -q` closing the pipe early would fail curl.
    page=$(curl -fsS "$site/ar") || fail "cannot read $site/ar"
    grep -q '<body[^>]* dir="rtl"' <<<"$page" || fail "$site/ar is not right-to-left"
    # The login form sets the __ac cookie only for the right password.
    curl -fsS -o /dev/null -c "$WORK/cookies" --data-urlencode "__ac_name=${ADMIN%%:*}" \
        --data-urlencode "__ac_password=${ADMIN#*:}" -d "buttons.login=Log in" \
        -d "came_from=$site" "$site/login" || fail "cannot post the login form"
    grep -q '__ac' "$WORK/cookies" || fail "the administrator cannot log in through $site/login"
    say "anonymous sees ro, en, fr, ar (ar right-to-left); the administrator logs in"
}

check_profile() { # check_profile PROFILE
    local profile=$1 port zeo_port url body started=$SECONDS
    port=$(free_port) zeo_port=$(free_port)
    url=http://127.0.0.1:$port/Plone/ro
    say "$profile: first start (creates the site) on port $port"
    start_site "$profile" "$port" "$zeo_port"
    check_visitor_and_admin "http://127.0.0.1:$port/Plone"
    curl -fsS -o /dev/null -u "$ADMIN" -X POST "$url" \
        -H 'Accept: application/json' -H 'Content-Type: application/json' \
        -d "{\"@type\": \"Document\", \"id\": \"ci-check\", \"title\": \"CI check $profile\"}" ||
        fail "$profile: cannot create a page through POST $url"
    say "$profile: created $url/ci-check; restarting"
    stop_site
    start_site "$profile" "$port" "$zeo_port"
    body=$(curl -fsS -u "$ADMIN" -H 'Accept: application/json' "$url/ci-check") &&
        [[ $body == *"CI check $profile"* ]] ||
        fail "$profile: $url/ci-check is gone after the restart"
    stop_site
    log=""
    say "$profile: OK, the page survived the restart ($((SECONDS - started)) s in all)"
}

apt_install curl curl
for profile in "${PROFILES[@]}"; do
    case $profile in
        filestorage | zeo) ;;
        relstorage) setup_postgres ;;
        *) fail "unknown profile $profile (filestorage, zeo, relstorage)" ;;
    esac
done
for profile in "${PROFILES[@]}"; do check_profile "$profile"; done
say "all profiles OK in $SECONDS s"
