#!/usr/bin/env bash
# tls-front.sh - TLS fronts and an HTTP proxy before the local cloud of scripts/local-cloud.sh, for
# cloud-sdk's TLS and proxy integration tests. Everything listens on 127.0.0.1 only.
#
#   stunnel4 (one process) with four services:
#     keystone-tls   https://127.0.0.1:$TLS_KEYSTONE_PORT  -> 127.0.0.1:$KEYSTONE_PORT  (no client certificate)
#     swift-tls      https://127.0.0.1:$TLS_SWIFT_PORT     -> 127.0.0.1:$SWIFT_PORT     (no client certificate)
#     keystone-mtls  https://127.0.0.1:$MTLS_KEYSTONE_PORT -> 127.0.0.1:$KEYSTONE_PORT  (client certificate required)
#     swift-mtls     https://127.0.0.1:$MTLS_SWIFT_PORT    -> 127.0.0.1:$SWIFT_PORT     (client certificate required)
#   tinyproxy on 127.0.0.1:$PROXY_PORT, logging every request it forwards to $STATE/log/tinyproxy.log
#
# The certificates are made here with openssl on first start: a CA, a server certificate for
# 127.0.0.1 and localhost, and a client certificate (key in unencrypted PKCS#8 PEM), all signed by
# that CA; a second, unrelated CA for negative tests.
#
# Usage: scripts/tls-front.sh start|stop|status
#   start   install stunnel4 and tinyproxy when missing (postinst starts nothing), make the
#           certificates once, start what is not running, wait until every port answers, write
#           $STATE/tls-front.properties (read by the Java ITs); idempotent
#   stop    stop only the processes this script started (pid + start time recorded), never by name
#   status  each process and port; exits non-zero when something is down
# Exit status: 0 done, 3 the packages cannot be installed, 1 any other failure.
#
# Environment (all optional):
#   TLS_FRONT_STATE     state directory (default ${TMPDIR:-/tmp}/cloud-sdk-tls-front)
#   KEYSTONE_PORT=5000 SWIFT_PORT=8080 (the local cloud's)
#   TLS_KEYSTONE_PORT=5443 TLS_SWIFT_PORT=8443 MTLS_KEYSTONE_PORT=5444 MTLS_SWIFT_PORT=8444
#   PROXY_PORT=8899
set -euo pipefail
shopt -s inherit_errexit

STATE=${TLS_FRONT_STATE:-${TMPDIR:-/tmp}/cloud-sdk-tls-front}
HOST=127.0.0.1
KEYSTONE_PORT=${KEYSTONE_PORT:-5000}
SWIFT_PORT=${SWIFT_PORT:-8080}
TLS_KEYSTONE_PORT=${TLS_KEYSTONE_PORT:-5443}
TLS_SWIFT_PORT=${TLS_SWIFT_PORT:-8443}
MTLS_KEYSTONE_PORT=${MTLS_KEYSTONE_PORT:-5444}
MTLS_SWIFT_PORT=${MTLS_SWIFT_PORT:-8444}
PROXY_PORT=${PROXY_PORT:-8899}
PACKAGES="stunnel4 tinyproxy openssl"

PKI=$STATE/pki
RUN=$STATE/run
LOG=$STATE/log

log() { echo "tls-front: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
# exit 3: the packages cannot be installed (no root, no package source); the ITs skip on it alone
die_install() { log "ERROR: $*"; exit 3; }

# ================================================================ install

missing_packages() {
  local p out=""
  for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out="$out $p"
  done
  echo "$out"
}

cmd_install() {
  local missing
  missing=$(missing_packages)
  [ -n "$missing" ] || return 0
  [ "$(id -u)" = 0 ] || die_install "installing needs root; missing:$missing"
  log "installing:$missing"
  # Without systemd, postinst scripts fall back to the SysV init scripts and would start
  # tinyproxy on its default :8888 (and stunnel); a policy-rc.d answering 101 ("action forbidden") stops that.
  local own_policy=0 rc=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# temporary, from cloud-sdk scripts/tls-front.sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -q -o DPkg::Lock::Timeout=600 >&2 || rc=$?
  if [ $rc = 0 ]; then
    # shellcheck disable=SC2086  # word splitting of the package list is intended
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      -o DPkg::Lock::Timeout=600 $missing >&2 || rc=$?
  fi
  if [ $own_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
  [ $rc = 0 ] || die_install "apt-get failed (exit $rc)"
}

# ================================================================ certificates

make_pki() {
  [ -s "$PKI/.done" ] && return 0
  log "making a CA, a server certificate for 127.0.0.1/localhost and a client certificate in $PKI"
  rm -rf "$PKI"
  mkdir -p "$PKI"
  local d=$PKI
  openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=cloud-sdk test CA" \
    -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$d/ca-key.pem" -out "$d/ca.pem" 2>/dev/null
  openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=unrelated CA" \
    -addext "basicConstraints=critical,CA:true" -keyout "$d/other-ca-key.pem" -out "$d/other-ca.pem" 2>/dev/null

  openssl req -new -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$d/server-key.pem" \
    -out "$d/server.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:false\n' \
    > "$d/server.ext"
  openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca-key.pem" -CAcreateserial -days 3650 \
    -sha256 -extfile "$d/server.ext" -out "$d/server.pem" 2>/dev/null

  # genpkey writes PKCS#8 ("BEGIN PRIVATE KEY"), the format the SDK reads
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$d/client-key.pem" 2>/dev/null
  openssl req -new -key "$d/client-key.pem" -subj "/CN=cloud-sdk test client" -out "$d/client.csr" 2>/dev/null
  printf 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:false\n' > "$d/client.ext"
  openssl x509 -req -in "$d/client.csr" -CA "$d/ca.pem" -CAkey "$d/ca-key.pem" -CAcreateserial -days 3650 \
    -sha256 -extfile "$d/client.ext" -out "$d/client.pem" 2>/dev/null

  cat "$d/server.pem" "$d/server-key.pem" > "$d/server-bundle.pem"
  chmod 600 "$d"/*key*.pem "$d/server-bundle.pem"
  date -u +%FT%TZ > "$d/.done"
}

# ================================================================ processes

proc_starttime() { # PID -> start time (field 22 of /proc/PID/stat), fails when gone
  local s
  s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  s=${s##*) }
  # shellcheck disable=SC2086
  set -- $s
  [ "$1" != Z ] || return 1
  echo "${20}"
}

is_running() { # NAME: the recorded pid is alive and is the process we started (not a recycled pid)
  local f=$RUN/$1.pid st
  [ -s "$f" ] || return 1
  st=$(proc_starttime "$(cat "$f")") || return 1
  [ "$st" = "$(cat "$RUN/$1.starttime" 2>/dev/null)" ]
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

spawn() { # NAME COMMAND...
  local name=$1 pid st; shift
  if is_running "$name"; then return 0; fi
  setsid "$@" >>"$LOG/$name.out" 2>&1 </dev/null 9>&- &   # 9: the lock is ours, not theirs
  pid=$!
  st=$(proc_starttime "$pid") || die "$name exited at once (see $LOG/$name.out)"
  echo "$pid" > "$RUN/$name.pid"
  echo "$st" > "$RUN/$name.starttime"
  log "started $name (pid $pid)"
}

stop_one() { # NAME
  local name=$1 pid i
  if ! is_running "$name"; then rm -f "$RUN/$name.pid" "$RUN/$name.starttime"; return 0; fi
  pid=$(cat "$RUN/$name.pid")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do is_running "$name" || break; sleep 0.1; done
  if is_running "$name"; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
  rm -f "$RUN/$name.pid" "$RUN/$name.starttime"
  log "stopped $name"
}

write_configs() {
  cat > "$STATE/stunnel.conf" <<EOF
; written by scripts/tls-front.sh
foreground = yes
pid =
output = $LOG/stunnel.log
debug = notice
cert = $PKI/server.pem
key = $PKI/server-key.pem

[keystone-tls]
accept = $HOST:$TLS_KEYSTONE_PORT
connect = $HOST:$KEYSTONE_PORT

[swift-tls]
accept = $HOST:$TLS_SWIFT_PORT
connect = $HOST:$SWIFT_PORT

[keystone-mtls]
accept = $HOST:$MTLS_KEYSTONE_PORT
connect = $HOST:$KEYSTONE_PORT
CAfile = $PKI/ca.pem
verifyChain = yes
requireCert = yes

[swift-mtls]
accept = $HOST:$MTLS_SWIFT_PORT
connect = $HOST:$SWIFT_PORT
CAfile = $PKI/ca.pem
verifyChain = yes
requireCert = yes
EOF
  cat > "$STATE/tinyproxy.conf" <<EOF
# written by scripts/tls-front.sh
User nobody
Group nogroup
Port $PROXY_PORT
Listen $HOST
Timeout 120
LogFile "$LOG/tinyproxy.log"
LogLevel Info
MaxClients 50
Allow 127.0.0.1
DisableViaHeader Yes
EOF
  touch "$LOG/tinyproxy.log"
  chmod 666 "$LOG/tinyproxy.log"
}

write_properties() {
  cat > "$STATE/tls-front.properties" <<EOF
# cloud-sdk TLS fronts, written by scripts/tls-front.sh on $(date -u +%FT%TZ)
ca.bundle=$PKI/ca.pem
other.ca.bundle=$PKI/other-ca.pem
client.cert=$PKI/client.pem
client.key=$PKI/client-key.pem
keystone.tls.url=https://$HOST:$TLS_KEYSTONE_PORT/v3
swift.tls.port=$TLS_SWIFT_PORT
keystone.mtls.url=https://$HOST:$MTLS_KEYSTONE_PORT/v3
swift.mtls.port=$MTLS_SWIFT_PORT
proxy.host=$HOST
proxy.port=$PROXY_PORT
proxy.log=$LOG/tinyproxy.log
EOF
}

wait_ports() {
  local p i
  for p in "$TLS_KEYSTONE_PORT" "$TLS_SWIFT_PORT" "$MTLS_KEYSTONE_PORT" "$MTLS_SWIFT_PORT" "$PROXY_PORT"; do
    for ((i = 0; i < 100; i++)); do port_open "$p" && break; sleep 0.1; done
    port_open "$p" || die "nothing answers on $HOST:$p (logs in $LOG)"
  done
}

cmd_start() {
  cmd_install
  mkdir -p "$STATE" "$RUN" "$LOG"
  make_pki
  write_configs
  local p
  if ! is_running stunnel; then
    for p in "$TLS_KEYSTONE_PORT" "$TLS_SWIFT_PORT" "$MTLS_KEYSTONE_PORT" "$MTLS_SWIFT_PORT"; do
      port_open "$p" && die "$HOST:$p is in use by a process this script did not start"
    done
    spawn stunnel stunnel4 "$STATE/stunnel.conf"
  fi
  if ! is_running tinyproxy; then
    port_open "$PROXY_PORT" && die "$HOST:$PROXY_PORT is in use by a process this script did not start"
    spawn tinyproxy tinyproxy -d -c "$STATE/tinyproxy.conf"
  fi
  wait_ports
  write_properties
  log "up (state: $STATE)"
}

cmd_stop() {
  [ -d "$RUN" ] || return 0
  stop_one tinyproxy
  stop_one stunnel
}

cmd_status() {
  local rc=0 name p
  for name in stunnel tinyproxy; do
    if is_running "$name"; then echo "$name: running (pid $(cat "$RUN/$name.pid"))"
    else echo "$name: not running"; rc=1; fi
  done
  for p in "$TLS_KEYSTONE_PORT" "$TLS_SWIFT_PORT" "$MTLS_KEYSTONE_PORT" "$MTLS_SWIFT_PORT" "$PROXY_PORT"; do
    if port_open "$p"; then echo "$HOST:$p: open"; else echo "$HOST:$p: closed"; rc=1; fi
  done
  return $rc
}

# one command at a time: two ITs starting the fronts at once must not both spawn stunnel
mkdir -p "$STATE"
exec 9>"$STATE/.lock"
flock -w 300 9 || die "another tls-front.sh holds $STATE/.lock"

case ${1:-} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
