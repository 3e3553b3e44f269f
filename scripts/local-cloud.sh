#!/usr/bin/env bash
# local-cloud.sh - a real, throw-away OpenStack cloud on 127.0.0.1 for cloud-sdk's integration
# tests, run straight from Debian 12 packages: Keystone (identity v3) and a Swift all-in-one, and
# (tier 2) Glance, Placement + Nova on the fake virt driver, Neutron, Cinder on the fake volume
# driver, Zaqar, Octavia on the noop drivers and Designate on the fake backend, over one RabbitMQ.
# No systemd, no apache, no docker: every daemon is a child of this script, started with setsid,
# tracked by a pid file, and all of its state lives under one directory.
#
# Usage: scripts/local-cloud.sh start [--only COMPONENT,...] | stop | status | install [...] | env | reset
#   install  apt-get the packages that are missing (postinst scripts start nothing)
#   start    install if needed, create state on first run, start everything, wait until every
#            endpoint answers, check a demo token end to end, provision what the tests need,
#            write client files, print them
#   stop     stop only what this script started (pid files + start times; never by name)
#   status   each process and endpoint; exits non-zero when something is down
#   env      print the demo user's OS_* exports
#   reset    stop, unmount the Swift tmpfs, delete the state directory
# Components (--only; the ones they need come along): identity, object-store, image, network,
#   compute (needs image, network), block-storage, messaging (needs object-store),
#   load-balancer (needs network), dns. Default: all of them.
#
# Environment (all optional):
#   LOCAL_CLOUD_STATE   state directory (default ${TMPDIR:-/tmp}/cloud-sdk-local-cloud)
#   KEYSTONE_PORT=5000 SWIFT_PORT=8080 SWIFT_INTERNAL_PORT=8081 SWIFT_OBJECT_PORT=6200
#   SWIFT_CONTAINER_PORT=6201 SWIFT_ACCOUNT_PORT=6202 MEMCACHED_PORT=11311
#   GLANCE_PORT=9292 PLACEMENT_PORT=8778 NOVA_PORT=8774 NEUTRON_PORT=9696 CINDER_PORT=8776
#   ZAQAR_PORT=8888 OCTAVIA_PORT=9876 RABBIT_PORT=5682 EPMD_PORT=4379 RABBIT_DIST_PORT=25682
#   REDIS_PORT=6389 DESIGNATE_PORT=9001 DESIGNATE_MDNS_PORT=5354
#   REGION=RegionOne ADMIN_PASSWORD=adminpass DEMO_PASSWORD=demopass ALT_PASSWORD=altpass
#   SWIFT_SERVICE_PASSWORD=swiftpass SERVICE_PASSWORD (tier-2 service users; default <name>pass)
#   PROXY_WORKERS=2 OBJECT_WORKERS=2
#   SWIFT_TMPFS=auto|0  SWIFT_TMPFS_SIZE=25%   (tmpfs for the Swift device, see setup_device)
#
# Outputs: $STATE/local-cloud.properties (read by the Java tests), $STATE/openrc-demo,
#          $STATE/rclone.conf (remotes "local" and "local-internal"), logs in $STATE/log/.
set -euo pipefail
shopt -s inherit_errexit

STATE=${LOCAL_CLOUD_STATE:-${TMPDIR:-/tmp}/cloud-sdk-local-cloud}
HOST=127.0.0.1
KEYSTONE_PORT=${KEYSTONE_PORT:-5000}
SWIFT_PORT=${SWIFT_PORT:-8080}
SWIFT_INTERNAL_PORT=${SWIFT_INTERNAL_PORT:-8081}
SWIFT_OBJECT_PORT=${SWIFT_OBJECT_PORT:-6200}
SWIFT_CONTAINER_PORT=${SWIFT_CONTAINER_PORT:-6201}
SWIFT_ACCOUNT_PORT=${SWIFT_ACCOUNT_PORT:-6202}
# not 11211: a distribution memcached may already own that port
MEMCACHED_PORT=${MEMCACHED_PORT:-11311}
REGION=${REGION:-RegionOne}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-adminpass}
DEMO_PASSWORD=${DEMO_PASSWORD:-demopass}
ALT_PASSWORD=${ALT_PASSWORD:-altpass}
SWIFT_SERVICE_PASSWORD=${SWIFT_SERVICE_PASSWORD:-swiftpass}
PROXY_WORKERS=${PROXY_WORKERS:-2}
OBJECT_WORKERS=${OBJECT_WORKERS:-2}
SWIFT_TMPFS=${SWIFT_TMPFS:-auto}
SWIFT_TMPFS_SIZE=${SWIFT_TMPFS_SIZE:-25%}
APPCRED_NAME=cloud-sdk-tests
# tier 2. RabbitMQ, epmd and Redis not on their usual ports, which a distribution copy may own.
GLANCE_PORT=${GLANCE_PORT:-9292}
PLACEMENT_PORT=${PLACEMENT_PORT:-8778}
NOVA_PORT=${NOVA_PORT:-8774}
NEUTRON_PORT=${NEUTRON_PORT:-9696}
CINDER_PORT=${CINDER_PORT:-8776}
ZAQAR_PORT=${ZAQAR_PORT:-8888}
OCTAVIA_PORT=${OCTAVIA_PORT:-9876}
RABBIT_PORT=${RABBIT_PORT:-5682}
EPMD_PORT=${EPMD_PORT:-4379}
RABBIT_DIST_PORT=${RABBIT_DIST_PORT:-25682}
REDIS_PORT=${REDIS_PORT:-6389}
DESIGNATE_PORT=${DESIGNATE_PORT:-9001}
# mini-DNS (TCP and UDP); not 5354's usual neighbour 53, which a resolver may own
DESIGNATE_MDNS_PORT=${DESIGNATE_MDNS_PORT:-5354}
RABBIT_PASSWORD=${RABBIT_PASSWORD:-rabbitpass}
OCTAVIA_CA_PASSPHRASE=${OCTAVIA_CA_PASSPHRASE:-cloud-sdk-local-ca}
# the name of the one (fake) compute host; Neutron binds ports to it, Cinder runs on it
COMPUTE_HOST=cloud-sdk-compute

KS_URL="http://$HOST:$KEYSTONE_PORT"
KS_DIR=$STATE/keystone
SW_ETC=$STATE/swift/etc
SW_DEVICES=$STATE/swift/node      # Swift "devices" root; the single device is $SW_DEVICES/d1
RING_LAYOUT=partpower2            # changes when the rings are built differently (see make_rings)
RUN=$STATE/run
LOG=$STATE/log
# how long a process may take to answer: on two busy cores a dozen Python services start at once
START_TIMEOUT=${START_TIMEOUT:-240}
IDS=$STATE/ids.env                # ids/secrets learnt while provisioning (read back on warm start)
# Not "python3": on PATH that may be a pyenv interpreter without Debian's OpenStack modules.
PY=/usr/bin/python3
CLOUD_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/cloud

# ---------------------------------------------------------------- components
# What --only chooses from, in start order (rabbitmq is pulled in by those that need it).
COMPONENTS=(identity object-store rabbitmq image network compute block-storage messaging load-balancer dns)
declare -A NEEDS=([object-store]=identity [image]=identity [rabbitmq]=
  [network]="identity rabbitmq" [compute]="identity rabbitmq image network"
  [block-storage]="identity rabbitmq" [messaging]="identity object-store"
  [load-balancer]="identity rabbitmq network" [dns]="identity rabbitmq")
# the processes of each component, in start order (stop walks all of them backwards)
declare -A PROCESSES=([identity]="memcached keystone"
  [object-store]="swift-account swift-container swift-object swift-proxy swift-proxy-internal swift-container-updater swift-object-updater swift-object-expirer"
  [rabbitmq]="epmd rabbitmq" [image]=glance-api [network]="neutron-server neutron-fake-agent"
  [compute]="placement-api nova-api nova-conductor nova-scheduler nova-compute"
  [block-storage]="cinder-api cinder-scheduler cinder-volume" [messaging]="redis zaqar-server"
  [load-balancer]="octavia-api octavia-worker"
  [dns]="designate-central designate-worker designate-producer designate-mdns designate-api")
declare -A PACKAGES=([identity]="keystone python3-keystone python3-keystonemiddleware python3-keystoneclient memcached uwsgi uwsgi-plugin-python3 sqlite3 curl"
  [object-store]="swift swift-proxy swift-object swift-container swift-account swift-object-expirer python3-swiftclient rclone attr"
  [rabbitmq]=rabbitmq-server [image]=glance-api
  [network]="neutron-server python3-neutronclient"
  [compute]="nova-api nova-conductor nova-scheduler python3-nova placement-api python3-novaclient"
  [block-storage]="cinder-api cinder-scheduler cinder-volume python3-cinderclient"
  [messaging]="zaqar-server redis-server python3-zaqarclient"
  [load-balancer]="octavia-api octavia-worker python3-octaviaclient"
  [dns]="designate-api designate-central designate-worker designate-producer designate-mdns python3-designateclient")
# the openstack CLI, for scripts/verify-local-cloud.sh and for people
CLI_PACKAGES="python3-openstackclient"
# the ports each process listens on (checked before anything starts)
declare -A PORTS=([memcached]=$MEMCACHED_PORT [keystone]=$KEYSTONE_PORT
  [swift-account]=$SWIFT_ACCOUNT_PORT [swift-container]=$SWIFT_CONTAINER_PORT
  [swift-object]=$SWIFT_OBJECT_PORT [swift-proxy]=$SWIFT_PORT [swift-proxy-internal]=$SWIFT_INTERNAL_PORT
  [epmd]=$EPMD_PORT [rabbitmq]=$RABBIT_PORT [glance-api]=$GLANCE_PORT [neutron-server]=$NEUTRON_PORT
  [placement-api]=$PLACEMENT_PORT [nova-api]=$NOVA_PORT [cinder-api]=$CINDER_PORT [redis]=$REDIS_PORT
  [zaqar-server]=$ZAQAR_PORT [octavia-api]=$OCTAVIA_PORT [designate-api]=$DESIGNATE_PORT
  [designate-mdns]=$DESIGNATE_MDNS_PORT)

T0=${EPOCHREALTIME/[.,]/}
elapsed() { local t=$(( ${EPOCHREALTIME/[.,]/} - T0 )); printf '%d.%d' $((t / 1000000)) $((t / 100000 % 10)); }
log() { printf '[local-cloud %ss] %s\n' "$(elapsed)" "$*" >&2; }
die() { printf '[local-cloud] ERROR: %s\n' "$*" >&2; exit 1; }

# ================================================================ install

wanted_packages() { # the packages of the SELECTED components
  local c tier2=0
  for c in "${SELECTED[@]}"; do
    echo ${PACKAGES[$c]}
    case $c in identity | object-store) ;; *) tier2=1 ;; esac
  done
  [ $tier2 = 0 ] || echo $CLI_PACKAGES
}

missing_packages() {
  # one dpkg-query for all names: cheap enough to run on every start
  local installed wanted
  read -r -a wanted <<<"$(wanted_packages | tr '\n' ' ')"
  installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${wanted[@]}" 2>/dev/null |
    awk '$2 == "installed" { print $1 }' || true)
  local p
  for p in "${wanted[@]}"; do
    grep -qx "$p" <<<"$installed" || echo "$p"
  done
}

cmd_install() {
  local missing
  missing=$(missing_packages)
  [ -n "$missing" ] || { log "all packages installed"; return 0; }
  [ "$(id -u)" = 0 ] || die "installing needs root; missing: $(echo $missing)"
  log "installing: $(echo $missing)"
  # Without systemd, postinst scripts fall back to the SysV init scripts and would start keystone
  # on :5000 and memcached on :11211. A policy-rc.d answering 101 ("action forbidden") stops that.
  local own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# temporary, from cloud-sdk scripts/local-cloud.sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  local rc=0
  apt-get update -q -o DPkg::Lock::Timeout=600 || rc=$?
  if [ $rc = 0 ]; then
    # shellcheck disable=SC2086  # word splitting of the package list is intended
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      -o DPkg::Lock::Timeout=600 $missing || rc=$?
  fi
  if [ $own_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
  [ $rc = 0 ] || die "apt-get failed (exit $rc)"
  INSTALL_SECONDS=$(elapsed)
  log "packages installed in $INSTALL_SECONDS s"
}

# ================================================================ processes

proc_stat() { # PID -> "STATE SESSION STARTTIME" from /proc/PID/stat
  local s
  s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  s=${s##*) }           # drop "pid (comm) ": comm may contain spaces; then field 3 is $1
  # shellcheck disable=SC2086
  set -- $s
  echo "$1 $4 ${20}"    # fields 3 (state), 6 (session), 22 (start time, ticks since boot)
}

is_ours() {
  # The pid file's process exists and is the one we started: its start time is recorded next to
  # the pid file, so a recycled pid of an unrelated process is never taken for ours (or killed).
  local f=$RUN/$1.pid st
  [ -s "$f" ] || return 1
  st=$(proc_stat "$(cat "$f")") || return 1
  [ "${st##* }" = "$(cat "$RUN/$1.starttime" 2>/dev/null)" ]
}

is_running() { # ours and not a zombie
  is_ours "$1" && [ "$(proc_stat "$(cat "$RUN/$1.pid")" | cut -d' ' -f1)" != Z ]
}

session_alive() { # SID: does any live (non-zombie) process remain in session SID?
  # Zombies count as gone: our daemons are re-parented to PID 1, which here reaps them only every
  # couple of seconds, so "kill -0" would keep seeing them.
  local sid=$1 f line
  for f in /proc/[0-9]*/stat; do
    read -r line 2>/dev/null <"$f" || continue
    # shellcheck disable=SC2086
    set -- ${line##*) }   # $1 = state, $4 = session
    if [ "$4" = "$sid" ] && [ "$1" != Z ]; then return 0; fi
  done
  return 1
}

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

spawn() { # NAME PORT|- COMMAND...
  # setsid: each service leads its own session and process group, so stop can signal it together
  # with its workers. (A background job of a script is no group leader, so setsid does not fork
  # and $! is the daemon itself.)
  local name=$1 port=$2 pid st; shift 2
  if is_running "$name"; then return 0; fi
  # its leader died: clear away workers it may have left holding the port
  if is_ours "$name"; then stop_services "$name"; fi
  if [ "$port" != - ] && port_in_use "$port"; then
    die "$HOST:$port (for $name) is in use by a process this script did not start; stop it or set another port"
  fi
  setsid "$@" >>"$LOG/$name.log" 2>&1 </dev/null 9>&- &   # 9: the script's lock, not theirs
  pid=$!
  st=$(proc_stat "$pid") || die "$name exited at once (log: $LOG/$name.log)"
  echo "$pid" > "$RUN/$name.pid"
  echo "${st##* }" > "$RUN/$name.starttime"
  STARTED_NOW+=("$name")
  log "started $name (pid $pid)"
}

signal_service() { # NAME SIGNAL: signal the process group of NAME, if it is ours
  is_ours "$1" || return 0
  kill "-$2" -- "-$(cat "$RUN/$1.pid")" 2>/dev/null || true
}

service_alive() { # NAME: any live process left in NAME's session?
  is_ours "$1" || return 1
  session_alive "$(cat "$RUN/$1.pid")"
}

stop_services() { # NAME...: TERM them all, wait (in parallel: ~1 s, not ~2 s each), then KILL
  local s i left=() ours=()
  for s in "$@"; do is_ours "$s" && ours+=("$s") && signal_service "$s" TERM; done
  for ((i = 0; i < 100; i++)); do
    left=()
    for s in ${ours[@]+"${ours[@]}"}; do service_alive "$s" && left+=("$s"); done
    [ ${#left[@]} = 0 ] && break
    sleep 0.1
  done
  for s in ${left[@]+"${left[@]}"}; do
    log "$s ignored TERM for 10 s: killing it"
    signal_service "$s" KILL
  done
  for s in ${ours[@]+"${ours[@]}"}; do log "stopped $s (pid $(cat "$RUN/$s.pid"))"; done
  for s in "$@"; do rm -f "$RUN/$s.pid" "$RUN/$s.starttime"; done
}

logs_of() { # NAME: its log files (the output of the process, and the log its config names)
  local f out=
  for f in "$LOG/$1.log" "$LOG/$1-app.log"; do [ -e "$f" ] && out+="${out:+, }$f"; done
  echo "${out:-$LOG/$1.log}"
}

given_up() { # NAME WHAT: NAME did not come up; show the end of its log and stop
  tail -n 25 "$LOG/$1.log" >&2 || true
  die "$1 $2 (log: $(logs_of "$1"))"
}

wait_port() { # NAME PORT: until PORT accepts connections (fails fast if NAME died)
  local deadline=$((SECONDS + START_TIMEOUT))
  until port_in_use "$2"; do
    is_running "$1" || given_up "$1" "exited while starting"
    [ $SECONDS -lt $deadline ] || given_up "$1" "does not listen on $HOST:$2 after $START_TIMEOUT s"
    sleep 0.1
  done
}

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$@" || true; }

wait_http() { # NAME URL: until URL answers with a status below 500 (fails fast if NAME died)
  local name=$1 url=$2 code deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    code=$(http_code "$url")
    if [ "$code" != 000 ] && [ "$code" -lt 500 ]; then return 0; fi
    is_running "$name" || given_up "$name" "exited while starting"
    [ $SECONDS -lt $deadline ] || given_up "$name" "does not answer at $url after $START_TIMEOUT s (last HTTP code $code)"
    sleep 0.2
  done
}

# ================================================================ keystone

json_str() { # a JSON string literal (passwords may hold quotes or backslashes)
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

json_get() { # PATH (dot separated, list indexes as numbers) < JSON -> value or empty
  $PY -c '
import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1].split("."):
    if isinstance(value, list):
        value = value[int(key)] if int(key) < len(value) else None
    elif isinstance(value, dict):
        value = value.get(key)
    if value is None:
        break
print("" if value is None else value)' "$1"
}

write_keystone_conf() {
  # rewritten on every start so changed ports apply; keys and database are kept
  mkdir -p "$KS_DIR"
  cat > "$KS_DIR/keystone.conf" <<EOF
[DEFAULT]
log_file = $LOG/keystone-app.log
[database]
connection = sqlite:///$KS_DIR/keystone.db
[token]
provider = fernet
expiration = 3600
[fernet_tokens]
key_repository = $KS_DIR/fernet-keys
[fernet_receipts]
key_repository = $KS_DIR/fernet-keys
[credential]
key_repository = $KS_DIR/credential-keys
[identity]
# bcrypt's minimum cost: password auth is ~100 times cheaper than the default 12 (test cloud only)
password_hash_rounds = 4
[cache]
# uncached, every authenticated call costs 250-400 ms of SQL; cached ~10 ms. memcached rather than
# an in-process cache, so both uwsgi workers see the same invalidations.
enabled = true
backend = oslo_cache.memcache_pool
memcache_servers = $HOST:$MEMCACHED_PORT
EOF
}

init_keystone_keys() {
  # What "keystone-manage fernet_setup/credential_setup" produce, without their ~2 s of CPU each:
  # a repository holding key 0 (staged) and key 1 (primary), each a Fernet key, i.e. 32 random
  # bytes in URL-safe base64.
  local repo i
  for repo in "$KS_DIR/fernet-keys" "$KS_DIR/credential-keys"; do
    [ -s "$repo/1" ] && continue
    mkdir -p "$repo"
    chmod 700 "$repo"
    for i in 0 1; do
      (umask 077; head -c 32 /dev/urandom | base64 -w0 | tr '+/' '-_' > "$repo/$i")
    done
  done
}

init_keystone_db() {
  # First start only. keystone-manage costs ~2-3 s of imports a call: run in the background
  # while Keystone itself and Swift start (nothing asks Keystone for data before we wait on this).
  # keystone-manage prints a harmless eventlet traceback at exit; it goes to the log.
  [ -e "$KS_DIR/.initialised" ] && return 0
  local km=(keystone-manage --config-file "$KS_DIR/keystone.conf")
  rm -f "$KS_DIR/keystone.db"*
  {
    "${km[@]}" db_sync
    # WAL: otherwise a read transaction open in one uwsgi worker makes the other worker's writes
    # fail with "database is locked" (HTTP 500) under concurrent requests
    sqlite3 "$KS_DIR/keystone.db" 'PRAGMA journal_mode=WAL;' >/dev/null
    # creates domain "default", project admin, user admin, roles admin/member/reader,
    # region, the identity service and its endpoints
    "${km[@]}" bootstrap --bootstrap-username admin --bootstrap-password "$ADMIN_PASSWORD" \
      --bootstrap-project-name admin --bootstrap-role-name admin --bootstrap-service-name keystone \
      --bootstrap-region-id "$REGION" --bootstrap-public-url "$KS_URL/v3/" \
      --bootstrap-internal-url "$KS_URL/v3/" --bootstrap-admin-url "$KS_URL/v3/"
  } >>"$LOG/keystone-manage.log" 2>&1 || die "keystone-manage failed (log: $LOG/keystone-manage.log)"
  touch "$KS_DIR/.initialised"
}

start_keystone() {
  # uwsgi's own HTTP parser (--http-socket), no front server. Keystone under it answers HTTP/1.1
  # without "Connection: close" and then drops the connection, so a client reusing it gets a
  # reset: say so explicitly. No --procname options: they would rewrite the command line.
  spawn keystone "$KEYSTONE_PORT" uwsgi_python3 --http-socket "$HOST:$KEYSTONE_PORT" \
    --wsgi-file /usr/bin/keystone-wsgi-public --env "OS_KEYSTONE_CONFIG_FILES=$KS_DIR/keystone.conf" \
    --master --processes 2 --threads 1 --buffer-size 65535 \
    --add-header "Connection: close" --die-on-term --need-app --chdir "$KS_DIR"
}

# --- REST helpers (curl; Keystone is the only source of truth, so provisioning is re-runnable)
TOKEN=
ks() { # METHOD PATH [BODY] -> response body; fails on HTTP errors
  local args=(-sS --fail-with-body --max-time 30 -X "$1" -H "X-Auth-Token: $TOKEN"
    -H 'Content-Type: application/json' "$KS_URL/v3$2")
  [ $# -ge 3 ] && args+=(-d "$3")
  curl "${args[@]}"
}

issue_token() { # USER PASSWORD PROJECT -> token (empty on failure)
  curl -sS --max-time 30 -D - -o /dev/null -H 'Content-Type: application/json' "$KS_URL/v3/auth/tokens" \
    -d "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{
      \"name\":$(json_str "$1"),\"domain\":{\"id\":\"default\"},\"password\":$(json_str "$2")}}},
      \"scope\":{\"project\":{\"name\":$(json_str "$3"),\"domain\":{\"id\":\"default\"}}}}}" \
    | awk 'tolower($1) == "x-subject-token:" { print $2 }' | tr -d '\r'
}

first_id() { ks GET "$1" | json_get "$2.0.id"; } # first_id '/roles?name=x' roles

ensure() { # KIND QUERY BODY -> id of the existing or newly created KIND (project, user, role, service)
  local kind=$1 query=$2 body=$3 id
  id=$(first_id "/${kind}s?$query" "${kind}s")
  [ -n "$id" ] || id=$(ks POST "/${kind}s" "{\"$kind\":$body}" | json_get "$kind.id")
  [ -n "$id" ] || die "keystone: could not create $kind ($query); see $LOG/keystone-app.log"
  echo "$id"
}

ensure_project() { ensure project "name=$1&domain_id=default" "{\"name\":\"$1\",\"domain_id\":\"default\"}"; }
ensure_role() { ensure role "name=$1" "{\"name\":\"$1\"}"; }
ensure_user() { # NAME PASSWORD DEFAULT_PROJECT_ID
  ensure user "name=$1&domain_id=default" \
    "{\"name\":\"$1\",\"domain_id\":\"default\",\"password\":$(json_str "$2"),\"default_project_id\":\"$3\"}"
}
grant() { ks PUT "/projects/$1/users/$2/roles/$3" >/dev/null; } # PROJECT USER ROLE (idempotent)

ensure_endpoint() { # SERVICE_ID INTERFACE URL: created once, corrected if the port changed
  local id url
  id=$(first_id "/endpoints?service_id=$1&interface=$2&region_id=$REGION" endpoints)
  if [ -z "$id" ]; then
    ks POST /endpoints "{\"endpoint\":{\"service_id\":\"$1\",\"interface\":\"$2\",\"url\":\"$3\",\"region_id\":\"$REGION\"}}" >/dev/null
  else
    url=$(ks GET "/endpoints/$id" | json_get endpoint.url)
    [ "$url" = "$3" ] || ks PATCH "/endpoints/$id" "{\"endpoint\":{\"url\":\"$3\"}}" >/dev/null
  fi
}

ensure_app_credential() { # DEMO_USER_ID -> sets APPCRED_ID APPCRED_SECRET
  # The secret is shown only once, at creation: keep it in $IDS. If it was lost, replace the
  # credential rather than fail. Created with a demo token: a user manages its own credentials.
  local user=$1 old resp
  TOKEN=$(issue_token demo "$DEMO_PASSWORD" demo)
  [ -n "$TOKEN" ] || die "the demo user cannot authenticate"
  old=$(first_id "/users/$user/application_credentials?name=$APPCRED_NAME" application_credentials)
  if [ -n "$old" ]; then
    [ -n "${APPCRED_SECRET:-}" ] && [ "${APPCRED_ID:-}" = "$old" ] && return 0
    ks DELETE "/users/$user/application_credentials/$old" >/dev/null
  fi
  resp=$(ks POST "/users/$user/application_credentials" \
    "{\"application_credential\":{\"name\":\"$APPCRED_NAME\",\"description\":\"cloud-sdk integration tests\",\"unrestricted\":false}}")
  APPCRED_ID=$(json_get application_credential.id <<<"$resp")
  APPCRED_SECRET=$(json_get application_credential.secret <<<"$resp")
  [ -n "$APPCRED_SECRET" ] || die "could not create the application credential"
}

provision_keystone() {
  # Runs fully on first start; afterwards only when the recorded ids are missing or a port
  # changed. Every step looks before it creates, so running it again is harmless.
  local stamp="$KEYSTONE_PORT $SWIFT_PORT $SWIFT_INTERNAL_PORT $REGION"
  if [ -s "$IDS" ] && [ "$(cat "$STATE/.provisioned" 2>/dev/null)" = "$stamp" ]; then
    # shellcheck disable=SC1090
    . "$IDS"
    return 0
  fi
  [ -s "$IDS" ] && . "$IDS"   # keep a known application credential secret
  TOKEN=$(issue_token admin "$ADMIN_PASSWORD" admin)
  [ -n "$TOKEN" ] || die "could not get an admin token from $KS_URL"

  # bootstrap made domain "default" (named Default), the region and the identity endpoints;
  # check them anyway: the region or Keystone's port may have changed since
  [ "$(http_code -H "X-Auth-Token: $TOKEN" "$KS_URL/v3/domains/default")" = 200 ] ||
    die "keystone has no domain \"default\" (bootstrap failed? see $LOG/keystone-manage.log)"
  [ "$(http_code -H "X-Auth-Token: $TOKEN" "$KS_URL/v3/regions/$REGION")" = 200 ] ||
    ks POST /regions "{\"region\":{\"id\":\"$REGION\"}}" >/dev/null
  local svc_identity interface
  svc_identity=$(ensure service "type=identity" '{"type":"identity","name":"keystone"}')
  for interface in public internal admin; do ensure_endpoint "$svc_identity" $interface "$KS_URL/v3/"; done
  local p_admin p_service r_admin r_member svc
  p_admin=$(ensure_project admin)
  p_service=$(ensure_project service)
  DEMO_PROJECT_ID=$(ensure_project demo)
  ALT_PROJECT_ID=$(ensure_project alt_demo)
  r_admin=$(ensure_role admin)
  r_member=$(ensure_role member)
  ensure_role reader >/dev/null
  ensure_role ResellerAdmin >/dev/null     # keystoneauth's reseller_admin_role
  local u_admin u_swift
  u_admin=$(ensure_user admin "$ADMIN_PASSWORD" "$p_admin")
  u_swift=$(ensure_user swift "$SWIFT_SERVICE_PASSWORD" "$p_service")
  DEMO_USER_ID=$(ensure_user demo "$DEMO_PASSWORD" "$DEMO_PROJECT_ID")
  ALT_USER_ID=$(ensure_user alt_demo "$ALT_PASSWORD" "$ALT_PROJECT_ID")
  grant "$p_admin" "$u_admin" "$r_admin"
  grant "$p_service" "$u_swift" "$r_admin"    # authtoken needs it to validate user tokens
  grant "$DEMO_PROJECT_ID" "$DEMO_USER_ID" "$r_member"
  grant "$ALT_PROJECT_ID" "$ALT_USER_ID" "$r_member"

  svc=$(ensure service "type=object-store" '{"type":"object-store","name":"swift"}')
  ensure_endpoint "$svc" public "http://$HOST:$SWIFT_PORT/v1/AUTH_%(project_id)s"
  ensure_endpoint "$svc" internal "http://$HOST:$SWIFT_INTERNAL_PORT/v1/AUTH_%(project_id)s"
  ensure_endpoint "$svc" admin "http://$HOST:$SWIFT_PORT/v1"

  ensure_app_credential "$DEMO_USER_ID"
  cat > "$IDS.tmp" <<EOF
DEMO_PROJECT_ID=$DEMO_PROJECT_ID
DEMO_USER_ID=$DEMO_USER_ID
ALT_PROJECT_ID=$ALT_PROJECT_ID
ALT_USER_ID=$ALT_USER_ID
APPCRED_ID=$APPCRED_ID
APPCRED_SECRET=$APPCRED_SECRET
EOF
  chmod 600 "$IDS.tmp"
  mv "$IDS.tmp" "$IDS"
  echo "$stamp" > "$STATE/.provisioned"
  log "keystone provisioned"
}

# ================================================================ swift

ensure_swift_conf() {
  # Swift always reads /etc/swift/swift.conf (hash prefix/suffix, storage policies, constraints);
  # swift_dir only relocates rings and the daemons' own configs. Never overwrite an existing one.
  [ -s /etc/swift/swift.conf ] && return 0
  mkdir -p /etc/swift || die "/etc/swift/swift.conf is missing and cannot be created"
  cat > /etc/swift/swift.conf <<'EOF'
# written by cloud-sdk scripts/local-cloud.sh (test cloud only)
[swift-hash]
swift_hash_path_suffix = cloud-sdk-local
swift_hash_path_prefix = cloud-sdk-local

[storage-policy:0]
name = Policy-0
default = yes
EOF
  log "wrote /etc/swift/swift.conf"
}

xattr_works() { # DIR: Swift keeps object metadata in user.* extended attributes
  local probe="$1/.xattr-probe" rc=0
  : > "$probe" || return 1
  $PY -c 'import os, sys; os.setxattr(sys.argv[1], "user.swift.probe", b"x" * 1024)' "$probe" 2>/dev/null || rc=1
  rm -f "$probe"
  return $rc
}

setup_device() {
  # On ext4 all xattrs of an inode must fit in one block, so objects with a few KiB of metadata
  # (still within Swift's own limits) fail with 507. tmpfs has no such limit and supports user
  # xattrs since Linux 6.6: mount one when we can (root) and the probe succeeds.
  mkdir -p "$SW_DEVICES"
  if [ "$SWIFT_TMPFS" != 0 ] && [ "$(id -u)" = 0 ] && ! mountpoint -q "$SW_DEVICES"; then
    if [ -z "$(ls -A "$SW_DEVICES")" ] &&
       mount -t tmpfs -o "size=$SWIFT_TMPFS_SIZE,mode=0755" cloud-sdk-swift "$SW_DEVICES" 2>/dev/null; then
      if xattr_works "$SW_DEVICES"; then
        log "swift device on tmpfs ($SWIFT_TMPFS_SIZE)"
      else
        umount "$SW_DEVICES"
        log "tmpfs here has no user xattrs (kernel < 6.6?): swift device on a plain directory"
      fi
    fi
  fi
  mkdir -p "$SW_DEVICES/d1"
  xattr_works "$SW_DEVICES/d1" ||
    die "$SW_DEVICES does not support user xattrs, which Swift needs (use ext4/xfs, or tmpfs on Linux >= 6.6)"
}

make_rings() {
  # one replica, one device, one python process for all three rings (swift-ring-builder would
  # cost three interpreter start-ups per ring)
  local layout="$RING_LAYOUT $SWIFT_ACCOUNT_PORT $SWIFT_CONTAINER_PORT $SWIFT_OBJECT_PORT"
  [ -s "$SW_ETC/account.ring.gz" ] && [ -s "$SW_ETC/container.ring.gz" ] && [ -s "$SW_ETC/object.ring.gz" ] &&
    [ "$(cat "$SW_ETC/.ring-ports" 2>/dev/null)" = "$layout" ] &&
    return 0
  if [ -f "$SW_ETC/.ring-ports" ] && [ -n "$(ls -A "$SW_DEVICES/d1" 2>/dev/null)" ]; then
    # data placed by other rings would be unreachable: start the device afresh
    log "the ring layout changed ($(cat "$SW_ETC/.ring-ports") -> $layout): emptying the swift device"
    find "$SW_DEVICES/d1" -mindepth 1 -delete
  fi
  $PY - "$SW_ETC" "$HOST" "$SWIFT_ACCOUNT_PORT" "$SWIFT_CONTAINER_PORT" "$SWIFT_OBJECT_PORT" <<'EOF'
import os, sys
from swift.common.ring import RingBuilder
etc, host = sys.argv[1], sys.argv[2]
for kind, port in zip(("account", "container", "object"), map(int, sys.argv[3:6])):
    # 2^2 partitions, 1 replica, min_part_hours 1. One device needs no more partitions, and the
    # container updater forks a process per partition on every pass: with 2^8 partitions its
    # passes never ended and kept both cores busy, which distorted every benchmark.
    builder = RingBuilder(2, 1, 1)
    builder.add_dev({"region": 1, "zone": 1, "ip": host, "port": port, "device": "d1", "weight": 100})
    builder.rebalance()
    builder.save(os.path.join(etc, kind + ".builder"))
    builder.get_ring().save(os.path.join(etc, kind + ".ring.gz"))
EOF
  echo "$layout" > "$SW_ETC/.ring-ports"
}

write_storage_conf() { # KIND PORT WORKERS
  cat > "$SW_ETC/$1-server.conf" <<EOF
[DEFAULT]
bind_ip = $HOST
bind_port = $2
workers = $3
user = $(id -un)
swift_dir = $SW_ETC
devices = $SW_DEVICES
# the device is a directory (or our tmpfs), not a dedicated mount
mount_check = false
log_name = $1-server
recon_cache_path = $STATE/swift/cache

[pipeline:main]
pipeline = healthcheck recon $1-server

[app:$1-server]
use = egg:swift#$1

[filter:healthcheck]
use = egg:swift#healthcheck

[filter:recon]
use = egg:swift#recon

[$1-updater]
# async pendings (object updater) show up within seconds, account usage (container updater) within
# half a minute, not the default 5 minutes. Each pass forks a process per partition and costs
# about a CPU-second here: at 5 s the container updater alone took most of a core.
interval = $( [ "$1" = container ] && echo 30 || echo 5 )
EOF
}

write_proxy_conf() { # NAME PORT WORKERS
  cat > "$SW_ETC/$1.conf" <<EOF
[DEFAULT]
bind_ip = $HOST
bind_port = $2
workers = $3
user = $(id -un)
swift_dir = $SW_ETC
log_name = $1
expose_info = true

[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats bulk tempurl formpost authtoken keystoneauth staticweb copy container-quotas account-quotas slo dlo versioned_writes symlink proxy-logging proxy-server

[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
# One storage node: after an error (a 507, say) each worker would skip it for 60 s, i.e. the
# whole cloud answers 503 for a minute. 0 = never skip it.
error_suppression_interval = 0

[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
www_authenticate_uri = $KS_URL/v3
auth_url = $KS_URL/v3
auth_type = password
user_domain_id = default
project_domain_id = default
project_name = service
username = swift
password = $SWIFT_SERVICE_PASSWORD
region_name = $REGION
interface = public
# anonymous requests (tempurl, formpost, public ACLs, staticweb) must still reach Swift
delay_auth_decision = true
cache = swift.cache
include_service_catalog = false

[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member
reseller_admin_role = ResellerAdmin

[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:cache]
use = egg:swift#memcache
memcache_servers = $HOST:$MEMCACHED_PORT
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:tempurl]
use = egg:swift#tempurl
[filter:formpost]
use = egg:swift#formpost
[filter:staticweb]
use = egg:swift#staticweb
[filter:copy]
use = egg:swift#copy
[filter:container-quotas]
use = egg:swift#container_quotas
[filter:account-quotas]
use = egg:swift#account_quotas
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_versioned_writes = true
allow_object_versioning = true
[filter:symlink]
use = egg:swift#symlink
EOF
}

write_expirer_conf() {
  # The expirer deletes X-Delete-At objects through its own in-process proxy (no auth filter)
  cat > "$SW_ETC/object-expirer.conf" <<EOF
[DEFAULT]
user = $(id -un)
swift_dir = $SW_ETC
log_name = object-expirer

[object-expirer]
interval = 5
recon_cache_path = $STATE/swift/cache

[pipeline:main]
pipeline = catch_errors proxy-logging cache proxy-server

[app:proxy-server]
use = egg:swift#proxy
error_suppression_interval = 0

[filter:catch_errors]
use = egg:swift#catch_errors
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:cache]
use = egg:swift#memcache
memcache_servers = $HOST:$MEMCACHED_PORT
EOF
}

prepare_swift() {
  # configs are rewritten on every start so that changed ports/passwords apply; data is kept
  mkdir -p "$SW_ETC" "$STATE/swift/cache"
  ensure_swift_conf
  setup_device
  write_storage_conf account "$SWIFT_ACCOUNT_PORT" 1
  write_storage_conf container "$SWIFT_CONTAINER_PORT" 1
  write_storage_conf object "$SWIFT_OBJECT_PORT" "$OBJECT_WORKERS"
  write_proxy_conf proxy-server "$SWIFT_PORT" "$PROXY_WORKERS"
  write_proxy_conf proxy-internal "$SWIFT_INTERNAL_PORT" 1
  write_expirer_conf
  make_rings
}

start_swift_servers() {
  # -v: log to stderr (our log file); there is no syslog socket here
  spawn swift-account "$SWIFT_ACCOUNT_PORT" $PY /usr/bin/swift-account-server "$SW_ETC/account-server.conf" -v
  spawn swift-container "$SWIFT_CONTAINER_PORT" $PY /usr/bin/swift-container-server "$SW_ETC/container-server.conf" -v
  spawn swift-object "$SWIFT_OBJECT_PORT" $PY /usr/bin/swift-object-server "$SW_ETC/object-server.conf" -v
  spawn swift-proxy "$SWIFT_PORT" $PY /usr/bin/swift-proxy-server "$SW_ETC/proxy-server.conf" -v
  # a second proxy, so that choosing the internal ("servicenet") URL is observable in tests
  spawn swift-proxy-internal "$SWIFT_INTERNAL_PORT" $PY /usr/bin/swift-proxy-server "$SW_ETC/proxy-internal.conf" -v
}

start_swift_daemons() {
  # container-updater: account object/byte counts; object-updater: async pendings;
  # object-expirer: removes expired objects from listings
  spawn swift-container-updater - $PY /usr/bin/swift-container-updater "$SW_ETC/container-server.conf" -v
  spawn swift-object-updater - $PY /usr/bin/swift-object-updater "$SW_ETC/object-server.conf" -v
  spawn swift-object-expirer - $PY /usr/bin/swift-object-expirer "$SW_ETC/object-expirer.conf" -v
}

# ================================================================ client files

write_client_files() {
  local public="http://$HOST:$SWIFT_PORT/v1/AUTH_$DEMO_PROJECT_ID"
  local internal="http://$HOST:$SWIFT_INTERNAL_PORT/v1/AUTH_$DEMO_PROJECT_ID"
  # Java properties: only ':', '=', '\' and leading spaces are special in values; ours have none
  # besides the passwords, which get backslash-escaped.
  local p=$STATE/local-cloud.properties
  prop_escape() { local s=${1//\\/\\\\}; s=${s//=/\\=}; s=${s//:/\\:}; printf '%s' "$s"; }
  cat > "$p.tmp" <<EOF
# cloud-sdk local cloud, written by scripts/local-cloud.sh on $(date -u +%FT%TZ)
auth.url=$KS_URL/v3
region=$REGION
user.domain=Default
project.domain=Default
admin.username=admin
admin.password=$(prop_escape "$ADMIN_PASSWORD")
admin.project=admin
demo.username=demo
demo.password=$(prop_escape "$DEMO_PASSWORD")
demo.project=demo
demo.project.id=$DEMO_PROJECT_ID
demo.user.id=$DEMO_USER_ID
alt.username=alt_demo
alt.password=$(prop_escape "$ALT_PASSWORD")
alt.project=alt_demo
alt.project.id=$ALT_PROJECT_ID
appcred.id=$APPCRED_ID
appcred.secret=$APPCRED_SECRET
swift.public.url=$public
swift.internal.url=$internal
swift.info.url=http://$HOST:$SWIFT_PORT/info
state.dir=$STATE
components=$(running_components | paste -sd, -)
EOF
  # tier 2: endpoints and the ids of what scripts/cloud/py/provision.py made, for every component
  # that runs (a start --only leaves the others' as they were)
  local c
  for c in $(running_components); do
    if [ -s "$STATE/$c/resources.properties" ]; then cat "$STATE/$c/resources.properties" >> "$p.tmp"; fi
  done
  mv "$p.tmp" "$p"

  cat > "$STATE/openrc-demo" <<EOF
export OS_AUTH_URL=$KS_URL/v3
export OS_IDENTITY_API_VERSION=3
export OS_AUTH_VERSION=3
export OS_USERNAME=demo
export OS_PASSWORD=$(printf %q "$DEMO_PASSWORD")
export OS_PROJECT_NAME=demo
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_REGION_NAME=$REGION
export OS_INTERFACE=public
EOF

  local remote endpoint
  : > "$STATE/rclone.conf"
  for remote in local local-internal; do
    endpoint=public; [ $remote = local-internal ] && endpoint=internal
    cat >> "$STATE/rclone.conf" <<EOF
[$remote]
type = swift
env_auth = false
auth = $KS_URL/v3
auth_version = 3
user = demo
key = $DEMO_PASSWORD
domain = Default
tenant = demo
tenant_domain = Default
region = $REGION
endpoint_type = $endpoint

EOF
  done
}

print_summary() {
  cat <<EOF
== local cloud up (state: $STATE): $(IFS=' '; echo "${SELECTED[*]}")
Keystone v3   $KS_URL/v3   region $REGION, domain Default
  admin       admin / $ADMIN_PASSWORD  (project admin)
  demo        demo / $DEMO_PASSWORD  (project demo $DEMO_PROJECT_ID, user $DEMO_USER_ID)
  alt         alt_demo / $ALT_PASSWORD  (project alt_demo $ALT_PROJECT_ID)
  app cred    $APPCRED_ID / $APPCRED_SECRET  (demo, "$APPCRED_NAME")
EOF
  is_selected object-store && cat <<EOF
Swift         public   http://$HOST:$SWIFT_PORT/v1/AUTH_$DEMO_PROJECT_ID
              internal http://$HOST:$SWIFT_INTERNAL_PORT/v1/AUTH_$DEMO_PROJECT_ID
              info     http://$HOST:$SWIFT_PORT/info
EOF
  is_selected image && echo "Glance        http://$HOST:$GLANCE_PORT  (image v2, file store)"
  is_selected compute && echo "Nova          http://$HOST:$NOVA_PORT/v2.1  (fake driver, host $COMPUTE_HOST)  Placement http://$HOST:$PLACEMENT_PORT"
  is_selected network && echo "Neutron       http://$HOST:$NEUTRON_PORT  (ML2, networks demo-net and lb-vip-net)"
  is_selected block-storage && echo "Cinder        http://$HOST:$CINDER_PORT/v3  (fake driver; types SATA, SSD)"
  is_selected messaging && echo "Zaqar         http://$HOST:$ZAQAR_PORT  (v2; messages in Swift)"
  is_selected load-balancer && echo "Octavia       http://$HOST:$OCTAVIA_PORT  (noop drivers)"
  is_selected dns && echo "Designate     http://$HOST:$DESIGNATE_PORT  (v2; fake backend, mini-DNS $HOST:$DESIGNATE_MDNS_PORT)"
  is_selected rabbitmq && echo "RabbitMQ      $HOST:$RABBIT_PORT  (openstack / $RABBIT_PASSWORD)"
  cat <<EOF
Files         $STATE/local-cloud.properties  $STATE/openrc-demo  $STATE/rclone.conf
Logs          $LOG/
Started in $(elapsed) s${INSTALL_SECONDS:+ (of which $INSTALL_SECONDS s installing packages)}; resident memory of the cloud: $(cloud_rss_mib) MiB
EOF
}

# ================================================================ components

SELECTED=()
select_components() { # "a,b" or "" (all) -> SELECTED: those and what they need, in start order
  local c names=()
  local -A want=()
  add_with_needs() {
    local n
    [ -z "${want[$1]:-}" ] || return 0
    want[$1]=1
    for n in ${NEEDS[$1]:-}; do add_with_needs "$n"; done
  }
  if [ -z "$1" ]; then names=("${COMPONENTS[@]}"); else IFS=, read -r -a names <<<"$1"; fi
  for c in "${names[@]}"; do
    [ -n "${PROCESSES[$c]+x}" ] ||
      die "--only: unknown component '$c'; expected a comma-separated list of: ${COMPONENTS[*]}"
    add_with_needs "$c"
  done
  for c in "${COMPONENTS[@]}"; do [ -z "${want[$c]:-}" ] || SELECTED+=("$c"); done
}

is_selected() { local c; for c in "${SELECTED[@]}"; do [ "$c" = "$1" ] && return 0; done; return 1; }

processes_of() { local c; for c in "$@"; do echo ${PROCESSES[$c]}; done; } # COMPONENT...

TIER2=(image network compute block-storage messaging load-balancer dns)
# shellcheck source=scripts/cloud/services.sh
. "$CLOUD_LIB/services.sh"
for f in rabbitmq image compute network block_storage messaging load_balancer dns; do
  # shellcheck disable=SC1090
  . "$CLOUD_LIB/$f.sh"
done
# the functions of a component (scripts/cloud/X.sh): prepare_X, register_X, start_X, wait_X, with
# X its name in snake case
fn() { echo "$1_${2//-/_}"; } # STEP COMPONENT

cloud_rss_mib() { # resident memory of every process this script started, in MiB
  local sessions=() s
  for s in $(processes_of "${COMPONENTS[@]}"); do
    if is_ours "$s"; then sessions+=("$(cat "$RUN/$s.pid")"); fi
  done
  ps -eo sess=,rss= | awk -v list=" ${sessions[*]} " 'index(list, " " $1 " ") { kb += $2 } END { printf "%d", kb / 1024 }'
}

register_tier2() { # each component's service users and catalog entries, once per port layout
  local c admin= stamp
  local stamps="$KEYSTONE_PORT $GLANCE_PORT $PLACEMENT_PORT $NOVA_PORT $NEUTRON_PORT $CINDER_PORT $ZAQAR_PORT $OCTAVIA_PORT $REGION"
  for c in "${TIER2[@]}"; do
    is_selected "$c" || continue
    stamp=$stamps
    if [ "$c" = dns ]; then stamp+=" $DESIGNATE_PORT"; fi
    [ "$(cat "$STATE/$c/.registered" 2>/dev/null)" = "$stamp" ] && continue
    if [ -z "$admin" ]; then
      # an admin's token (provision_keystone may have left the demo user's in TOKEN)
      admin=$(issue_token admin "$ADMIN_PASSWORD" admin)
      [ -n "$admin" ] || die "could not get an admin token from $KS_URL"
    fi
    TOKEN=$admin
    "$(fn register "$c")"
    if [ "$c" = load-balancer ]; then
      # Octavia's policies give its API to these roles only; demo is a member
      grant "$DEMO_PROJECT_ID" "$DEMO_USER_ID" "$(ensure_role load-balancer_member)"
      ensure_role load-balancer_observer >/dev/null
      ensure_role load-balancer_global_observer >/dev/null
      ensure_role load-balancer_admin >/dev/null
    fi
    mkdir -p "$STATE/$c"
    echo "$stamp" > "$STATE/$c/.registered"
    log "$c registered in keystone"
  done
}

provision_tier2() { # flavors, image, networks, quotas, volume types: scripts/cloud/py/provision.py
  local c todo=()
  for c in "${TIER2[@]}"; do if is_selected "$c"; then todo+=("$c"); fi; done
  [ ${#todo[@]} -gt 0 ] || return 0
  local env=(KS_URL="$KS_URL" REGION="$REGION" ADMIN_PASSWORD="$ADMIN_PASSWORD"
    DEMO_PASSWORD="$DEMO_PASSWORD" DEMO_PROJECT_ID="$DEMO_PROJECT_ID" COMPUTE_HOST="$COMPUTE_HOST")
  if is_selected compute; then
    env "${env[@]}" $PY "$CLOUD_LIB/py/provision.py" wait-compute >>"$LOG/provision.log" 2>&1 ||
      die "nova-compute did not register with Nova and Placement (logs: $(logs_of nova-compute), $LOG/provision.log)"
    if [ ! -e "$NV/.host-mapped" ]; then
      # the scheduler maps new hosts every 5 s; on the first start nobody should have to wait
      nova-manage --config-file "$NV/nova.conf" cell_v2 discover_hosts >>"$LOG/compute-db.log" 2>&1 ||
        die "nova-manage cell_v2 discover_hosts failed (log: $LOG/compute-db.log)"
      touch "$NV/.host-mapped"
    fi
  fi
  env "${env[@]}" $PY "$CLOUD_LIB/py/provision.py" "$STATE" "${todo[@]}" >>"$LOG/provision.log" 2>&1 ||
    die "provisioning ${todo[*]} failed (log: $LOG/provision.log)"
}

running_components() { # those whose every process runs: what this start and earlier ones left up
  local c s up
  for c in "${COMPONENTS[@]}"; do
    up=1
    for s in ${PROCESSES[$c]}; do is_running "$s" || { up=0; break; }; done
    if [ $up = 1 ]; then echo "$c"; fi
  done
}

# ================================================================ commands

check_end_to_end() {
  # authtoken -> Keystone -> keystoneauth: the demo token must open the demo account. The first
  # request right after start may race the proxy's token-cache warm-up: retry briefly.
  local tok code i
  tok=$(issue_token demo "$DEMO_PASSWORD" demo)
  [ -n "$tok" ] || die "the demo user cannot get a token from $KS_URL"
  for ((i = 0; i < 50; i++)); do
    code=$(http_code -I -H "X-Auth-Token: $tok" "http://$HOST:$SWIFT_PORT/v1/AUTH_$DEMO_PROJECT_ID")
    case $code in 2??) return 0 ;; esac
    sleep 0.2
  done
  die "the proxy answers $code to a demo token on AUTH_$DEMO_PROJECT_ID (see $LOG/swift-proxy.log)"
}

check_ports() {
  # before starting anything: a half-started cloud is worse than a clear refusal
  local name port
  for name in $(processes_of "${SELECTED[@]}"); do
    port=${PORTS[$name]:-}
    [ -n "$port" ] || continue
    if ! is_ours "$name" && port_in_use "$port"; then
      die "$HOST:$port (for $name) is in use by a process this script did not start; stop it or set another port"
    fi
  done
}

start_failed() { # EXIT trap of start: a cloud half up is stopped, with what it was doing
  local rc=$? entry i reversed=()
  [ $rc != 0 ] || return 0
  for entry in ${DB_INITS[@]+"${DB_INITS[@]}"}; do kill -- "${entry%%:*}" 2>/dev/null || true; done
  for ((i = ${#STARTED_NOW[@]} - 1; i >= 0; i--)); do reversed+=("${STARTED_NOW[i]}"); done
  if [ ${#reversed[@]} -gt 0 ]; then
    log "start failed: stopping what this run started (${reversed[*]})"
    stop_services "${reversed[@]}" || true
  fi
  exit $rc
}

cmd_start() {
  [ -z "$(missing_packages)" ] || cmd_install
  mkdir -p "$STATE" "$RUN" "$LOG"
  check_ports
  STARTED_NOW=()
  trap start_failed EXIT
  spawn memcached "$MEMCACHED_PORT" memcached -l "$HOST" -p "$MEMCACHED_PORT" -U 0 -m 128 -u "$(id -un)"
  write_keystone_conf
  init_keystone_keys
  # first start: the database is built in the background while everything else starts; loading
  # Keystone's app needs no database, and GET /v3 (our readiness probe) does not query it
  local ks_init= c
  if [ ! -e "$KS_DIR/.initialised" ]; then init_keystone_db & ks_init=$!; fi
  start_keystone
  # Erlang boots in seconds of its own: early
  if is_selected rabbitmq; then start_rabbitmq; fi
  if is_selected object-store; then prepare_swift; start_swift_servers; fi
  # tier 2: configurations, and first-start databases in the background
  for c in "${TIER2[@]}"; do if is_selected "$c"; then "$(fn prepare "$c")"; fi; done
  if [ -n "$ks_init" ]; then wait "$ks_init" || exit 1; fi
  wait_http keystone "$KS_URL/v3"
  provision_keystone      # only needs Keystone: overlaps with the other start-ups
  register_tier2
  if is_selected object-store; then
    wait_http swift-account "http://$HOST:$SWIFT_ACCOUNT_PORT/healthcheck"
    wait_http swift-container "http://$HOST:$SWIFT_CONTAINER_PORT/healthcheck"
    wait_http swift-object "http://$HOST:$SWIFT_OBJECT_PORT/healthcheck"
    wait_http swift-proxy "http://$HOST:$SWIFT_PORT/healthcheck"
    wait_http swift-proxy-internal "http://$HOST:$SWIFT_INTERNAL_PORT/healthcheck"
    start_swift_daemons
    check_end_to_end
  fi
  wait_db_inits
  if is_selected rabbitmq; then wait_rabbitmq; fi
  for c in "${TIER2[@]}"; do if is_selected "$c"; then "$(fn start "$c")"; fi; done
  for c in "${TIER2[@]}"; do if is_selected "$c"; then "$(fn wait "$c")"; fi; done
  provision_tier2
  local s
  for s in $(processes_of "${SELECTED[@]}"); do
    is_running "$s" || given_up "$s" "exited after it started"
  done
  write_client_files
  trap - EXIT
  print_summary
}

cmd_stop() { # [COMPONENT...]: those (default: all), each process in reverse start order
  local all i reversed=() components=("$@")
  [ $# -gt 0 ] || components=("${COMPONENTS[@]}")
  read -r -a all <<<"$(processes_of "${components[@]}" | tr '\n' ' ')"
  for ((i = ${#all[@]} - 1; i >= 0; i--)); do reversed+=("${all[i]}"); done
  stop_services "${reversed[@]}"
}

# what status probes for each component: URLs that must answer below 500, or host:port to open
declare -A PROBES=([identity]="$KS_URL/v3 $HOST:$MEMCACHED_PORT"
  [object-store]="http://$HOST:$SWIFT_ACCOUNT_PORT/healthcheck http://$HOST:$SWIFT_CONTAINER_PORT/healthcheck http://$HOST:$SWIFT_OBJECT_PORT/healthcheck http://$HOST:$SWIFT_PORT/healthcheck http://$HOST:$SWIFT_INTERNAL_PORT/healthcheck http://$HOST:$SWIFT_PORT/info"
  [rabbitmq]="$HOST:$RABBIT_PORT" [image]="http://$HOST:$GLANCE_PORT/"
  [network]="http://$HOST:$NEUTRON_PORT/" [compute]="http://$HOST:$PLACEMENT_PORT/ http://$HOST:$NOVA_PORT/"
  [block-storage]="http://$HOST:$CINDER_PORT/" [messaging]="$HOST:$REDIS_PORT http://$HOST:$ZAQAR_PORT/"
  [load-balancer]="http://$HOST:$OCTAVIA_PORT/" [dns]="http://$HOST:$DESIGNATE_PORT/ $HOST:$DESIGNATE_MDNS_PORT")

cmd_status() { # the components of the last start (all when none is recorded)
  local started c s f rc=0 probe code
  started=$(sed -n 's/^components=//p' "$STATE/local-cloud.properties" 2>/dev/null | tr , ' ')
  for c in ${started:-${COMPONENTS[@]}}; do
    # a component an older or newer copy of this script started, which this one does not know
    [ -n "${PROCESSES[$c]+x}" ] || { echo "== $c (unknown to this script: not checked)"; continue; }
    echo "== $c"
    for s in ${PROCESSES[$c]}; do
      f=$RUN/$s.pid
      if is_running "$s"; then printf '%-26s running (pid %s)\n' "$s" "$(cat "$f")"
      elif [ -e "$f" ]; then printf '%-26s DEAD (pid %s gone; log %s)\n' "$s" "$(cat "$f")" "$(logs_of "$s")"; rc=1
      else printf '%-26s stopped\n' "$s"; rc=1; fi
    done
    for probe in ${PROBES[$c]:-}; do
      case $probe in
        http*)
          code=$(http_code "$probe")
          printf '%-44s HTTP %s\n' "$probe" "$code"
          if [ "$code" = 000 ] || [ "$code" -ge 500 ]; then rc=1; fi ;;
        *)
          if port_in_use "${probe##*:}"; then printf '%-44s open\n' "$probe"
          else printf '%-44s closed\n' "$probe"; rc=1; fi ;;
      esac
    done
  done
  [ $rc = 0 ] && echo "resident memory: $(cloud_rss_mib) MiB"
  return $rc
}

cmd_env() {
  [ -s "$STATE/openrc-demo" ] || die "no $STATE/openrc-demo: run '$0 start' first"
  cat "$STATE/openrc-demo"
}

cmd_reset() {
  cmd_stop
  if mountpoint -q "$SW_DEVICES" 2>/dev/null; then
    umount "$SW_DEVICES" || die "cannot unmount $SW_DEVICES (still in use?)"
  fi
  case $STATE in /|"") die "refusing to delete STATE='$STATE'" ;; esac
  rm -rf "$STATE"
  log "removed $STATE"
}

lock_state() {
  # one start/stop/reset at a time (two parallel starts would race for the same ports and files)
  mkdir -p "$STATE"
  exec 9>>"$STATE/.lock"
  flock -w 300 9 || die "another local-cloud.sh holds $STATE/.lock"
}

usage() {
  echo "usage: $0 start [--only COMPONENT,...] | stop [--only COMPONENT,...] | status | install [--only ...] | env | reset" >&2
  echo "components: ${COMPONENTS[*]}" >&2
  exit 2
}

command=${1:-}
[ $# = 0 ] || shift
only=
only_given=0
while [ $# -gt 0 ]; do
  case $1 in
    --only) [ $# -ge 2 ] || usage; only=$2; only_given=1; shift 2 ;;
    --only=*) only=${1#--only=}; only_given=1; shift ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
[ $only_given = 0 ] || [ -n "$only" ] || die "--only needs a comma-separated list of: ${COMPONENTS[*]}"
case $command in start | install | stop) ;; *) [ $only_given = 0 ] || usage ;; esac
select_components "$only"

case $command in
  start | stop | reset) lock_state ;;
esac
case $command in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) if [ $only_given = 1 ]; then IFS=, read -r -a only_list <<<"$only"; cmd_stop "${only_list[@]}"; else cmd_stop; fi ;;
  status) cmd_status ;;
  env) cmd_env ;;
  reset) cmd_reset ;;
  *) usage ;;
esac
