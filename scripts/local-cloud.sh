#!/usr/bin/env bash
# local-cloud.sh - a real, throw-away OpenStack cloud on 127.0.0.1 for cloud-sdk's integration
# tests: Keystone (identity v3) and a Swift all-in-one, run straight from Debian 12 packages.
# No systemd, no apache, no docker: every daemon is a child of this script, started with setsid,
# tracked by a pid file, and all of its state lives under one directory.
#
# Usage: scripts/local-cloud.sh start|stop|status|install|env|reset
#   install  apt-get the packages that are missing (postinst scripts start nothing)
#   start    install if needed, create state on first run, start everything, wait until every
#            endpoint answers, check a demo token end to end, write client files, print them
#   stop     stop only what this script started (pid files / process groups; never by name)
#   status   each process and endpoint; exits non-zero when something is down
#   env      print the demo user's OS_* exports
#   reset    stop, unmount the Swift tmpfs, delete the state directory
#
# Environment (all optional):
#   LOCAL_CLOUD_STATE   state directory (default ${TMPDIR:-/tmp}/cloud-sdk-local-cloud)
#   KEYSTONE_PORT=5000 SWIFT_PORT=8080 SWIFT_INTERNAL_PORT=8081 SWIFT_OBJECT_PORT=6200
#   SWIFT_CONTAINER_PORT=6201 SWIFT_ACCOUNT_PORT=6202 MEMCACHED_PORT=11311
#   REGION=RegionOne ADMIN_PASSWORD=adminpass DEMO_PASSWORD=demopass ALT_PASSWORD=altpass
#   SWIFT_SERVICE_PASSWORD=swiftpass PROXY_WORKERS=2 OBJECT_WORKERS=2
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
# the lead's machine setup installs the packages in the background and logs here

KS_URL="http://$HOST:$KEYSTONE_PORT"
KS_DIR=$STATE/keystone
SW_ETC=$STATE/swift/etc
SW_DEVICES=$STATE/swift/node      # Swift "devices" root; the single device is $SW_DEVICES/d1
RING_LAYOUT=partpower2            # changes when the rings are built differently (see make_rings)
RUN=$STATE/run
LOG=$STATE/log
IDS=$STATE/ids.env                # ids/secrets learnt while provisioning (read back on warm start)
# Not "python3": on PATH that may be a pyenv interpreter without Debian's OpenStack modules.
PY=/usr/bin/python3

PACKAGES=(keystone python3-keystone swift swift-proxy swift-object swift-container swift-account
  swift-object-expirer python3-swiftclient python3-keystonemiddleware python3-keystoneclient
  memcached uwsgi uwsgi-plugin-python3 rclone attr sqlite3 curl)

# every process this script may start, in start order (stop walks it backwards)
SERVICES=(memcached keystone swift-account swift-container swift-object swift-proxy
  swift-proxy-internal swift-container-updater swift-object-updater swift-object-expirer)

declare -A PORTS=([memcached]=$MEMCACHED_PORT [keystone]=$KEYSTONE_PORT
  [swift-account]=$SWIFT_ACCOUNT_PORT [swift-container]=$SWIFT_CONTAINER_PORT
  [swift-object]=$SWIFT_OBJECT_PORT [swift-proxy]=$SWIFT_PORT [swift-proxy-internal]=$SWIFT_INTERNAL_PORT)

T0=${EPOCHREALTIME/[.,]/}
elapsed() { local t=$(( ${EPOCHREALTIME/[.,]/} - T0 )); printf '%d.%d' $((t / 1000000)) $((t / 100000 % 10)); }
log() { printf '[local-cloud %ss] %s\n' "$(elapsed)" "$*" >&2; }
die() { printf '[local-cloud] ERROR: %s\n' "$*" >&2; exit 1; }

# ================================================================ install

missing_packages() {
  # one dpkg-query for all names: cheap enough to run on every start
  local installed
  installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${PACKAGES[@]}" 2>/dev/null |
    awk '$2 == "installed" { print $1 }' || true)
  local p
  for p in "${PACKAGES[@]}"; do
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
    read -r line <"$f" 2>/dev/null || continue
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

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$@" || true; }

wait_http() { # NAME URL: until URL answers with a status below 500 (fails fast if NAME died)
  local name=$1 url=$2 i code
  for ((i = 0; i < 600; i++)); do
    code=$(http_code "$url")
    if [ "$code" != 000 ] && [ "$code" -lt 500 ]; then return 0; fi
    if ! is_running "$name"; then
      tail -n 25 "$LOG/$name.log" >&2 || true
      die "$name exited while starting (log: $LOG/$name.log)"
    fi
    sleep 0.1
  done
  tail -n 25 "$LOG/$name.log" >&2 || true
  die "$name does not answer at $url (last HTTP code $code)"
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
EOF
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
== local cloud up (state: $STATE)
Keystone v3   $KS_URL/v3   region $REGION, domain Default
  admin       admin / $ADMIN_PASSWORD  (project admin)
  demo        demo / $DEMO_PASSWORD  (project demo $DEMO_PROJECT_ID, user $DEMO_USER_ID)
  alt         alt_demo / $ALT_PASSWORD  (project alt_demo $ALT_PROJECT_ID)
  app cred    $APPCRED_ID / $APPCRED_SECRET  (demo, "$APPCRED_NAME")
Swift         public   http://$HOST:$SWIFT_PORT/v1/AUTH_$DEMO_PROJECT_ID
              internal http://$HOST:$SWIFT_INTERNAL_PORT/v1/AUTH_$DEMO_PROJECT_ID
              info     http://$HOST:$SWIFT_PORT/info
Files         $STATE/local-cloud.properties  $STATE/openrc-demo  $STATE/rclone.conf
Logs          $LOG/
EOF
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
  for name in "${!PORTS[@]}"; do
    port=${PORTS[$name]}
    if ! is_ours "$name" && port_in_use "$port"; then
      die "$HOST:$port (for $name) is in use by a process this script did not start; stop it or set another port"
    fi
  done
}

cmd_start() {
  [ -z "$(missing_packages)" ] || cmd_install
  mkdir -p "$STATE" "$RUN" "$LOG"
  check_ports
  spawn memcached "$MEMCACHED_PORT" memcached -l "$HOST" -p "$MEMCACHED_PORT" -U 0 -m 128 -u "$(id -un)"
  write_keystone_conf
  init_keystone_keys
  # first start: the database is built in the background while everything else starts; loading
  # Keystone's app needs no database, and GET /v3 (our readiness probe) does not query it
  local ks_init=
  if [ ! -e "$KS_DIR/.initialised" ]; then init_keystone_db & ks_init=$!; fi
  start_keystone
  prepare_swift
  start_swift_servers
  if [ -n "$ks_init" ]; then wait "$ks_init" || exit 1; fi
  wait_http keystone "$KS_URL/v3"
  provision_keystone      # only needs Keystone: overlaps with the Swift servers' start-up
  wait_http swift-account "http://$HOST:$SWIFT_ACCOUNT_PORT/healthcheck"
  wait_http swift-container "http://$HOST:$SWIFT_CONTAINER_PORT/healthcheck"
  wait_http swift-object "http://$HOST:$SWIFT_OBJECT_PORT/healthcheck"
  wait_http swift-proxy "http://$HOST:$SWIFT_PORT/healthcheck"
  wait_http swift-proxy-internal "http://$HOST:$SWIFT_INTERNAL_PORT/healthcheck"
  start_swift_daemons
  check_end_to_end
  local s
  for s in swift-container-updater swift-object-updater swift-object-expirer; do
    is_running "$s" || die "$s exited (log: $LOG/$s.log)"
  done
  write_client_files
  print_summary
}

cmd_stop() {
  local i reversed=()
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do reversed+=("${SERVICES[i]}"); done
  stop_services "${reversed[@]}"
}

cmd_status() {
  local s f rc=0
  for s in "${SERVICES[@]}"; do
    f=$RUN/$s.pid
    if is_running "$s"; then printf '%-26s running (pid %s)\n' "$s" "$(cat "$f")"
    elif [ -e "$f" ]; then printf '%-26s DEAD (pid %s gone; log %s)\n' "$s" "$(cat "$f")" "$LOG/$s.log"; rc=1
    else printf '%-26s stopped\n' "$s"; rc=1; fi
  done
  local url code
  for url in "$KS_URL/v3" \
      "http://$HOST:$SWIFT_ACCOUNT_PORT/healthcheck" "http://$HOST:$SWIFT_CONTAINER_PORT/healthcheck" \
      "http://$HOST:$SWIFT_OBJECT_PORT/healthcheck" "http://$HOST:$SWIFT_PORT/healthcheck" \
      "http://$HOST:$SWIFT_INTERNAL_PORT/healthcheck" "http://$HOST:$SWIFT_PORT/info"; do
    code=$(http_code "$url")
    printf '%-44s HTTP %s\n' "$url" "$code"
    [ "$code" = 200 ] || rc=1
  done
  if port_in_use "$MEMCACHED_PORT"; then printf '%-44s open\n' "memcached $HOST:$MEMCACHED_PORT"
  else printf '%-44s closed\n' "memcached $HOST:$MEMCACHED_PORT"; rc=1; fi
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

case ${1:-} in
  start | stop | reset) lock_state ;;
esac
case ${1:-} in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) cmd_env ;;
  reset) cmd_reset ;;
  *) echo "usage: $0 start|stop|status|install|env|reset" >&2; exit 2 ;;
esac
