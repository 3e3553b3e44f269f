#!/usr/bin/env bash
# verify-local-cloud.sh - end-to-end check of the cloud started by scripts/local-cloud.sh with
# independent clients (the `swift` and `openstack` CLIs, curl), never with cloud-sdk itself: each
# component of the last start is exercised and everything made is deleted again.
# Prints "N passed, M failed" last; exits non-zero on a failure.
# Uses the demo user from $STATE/openrc-demo and ids from $STATE/local-cloud.properties.
set -uo pipefail   # no -e: a failing check is counted, not fatal

STATE=${LOCAL_CLOUD_STATE:-${TMPDIR:-/tmp}/cloud-sdk-local-cloud}
PROPS=$STATE/local-cloud.properties
# Debian's client, not a pyenv `swift` that may shadow it on PATH
SWIFT=${SWIFT:-/usr/bin/swift}
OPENSTACK=${OPENSTACK:-/usr/bin/openstack}

[ -s "$PROPS" ] || { echo "no $PROPS: run scripts/local-cloud.sh start first" >&2; exit 2; }
prop() { sed -n "s/^$1=//p" "$PROPS" | head -n 1; }
# shellcheck disable=SC1091
. "$STATE/openrc-demo"

AUTH_URL=$(prop auth.url)
PUBLIC_URL=$(prop swift.public.url)
INTERNAL_URL=$(prop swift.internal.url)
CONTAINER=verify-$$
NAME=verify-$$          # every tier-2 resource made here is named after it
WORK=$(mktemp -d)
COMPONENTS=" $(prop components | tr , ' ') "
has() { [[ $COMPONENTS == *" $1 "* ]]; }
cleanup() {
  if has object-store; then "$SWIFT" delete "$CONTAINER" >/dev/null 2>&1; fi
  # what a failed check may have left, in dependency order; all quiet, most of it gone already
  if has load-balancer; then os loadbalancer delete --cascade --wait "$NAME-lb"; fi
  if has dns; then os zone delete "$NAME.verify.test."; fi
  if has compute; then os server delete --wait "$NAME-vm"; fi
  if has block-storage; then os volume delete "$NAME-vol"; fi
  if has messaging; then os messaging queue delete "$NAME-q"; fi
  if has image; then os image delete "$NAME-img"; fi
  if has network; then os port delete "$NAME-port"; os subnet delete "$NAME-subnet"; os network delete "$NAME-net"; fi
  rm -rf "$WORK"
} >/dev/null 2>&1
trap cleanup EXIT
cd "$WORK" || exit 2
# the CLI, with the microversions whose output the checks read
os() { OS_COMPUTE_API_VERSION=2.79 OS_VOLUME_API_VERSION=3.59 "$OPENSTACK" "$@"; }
field() { os "$@" -f value; } # a command's one column, e.g. field server show X -c status

wait_field() { # WANTED SECONDS COMMAND...: until the command's value is WANTED (or an error state)
  local want=$1 seconds=$2 value deadline; shift 2
  deadline=$((SECONDS + seconds))
  while :; do
    value=$(field "$@" 2>/dev/null)
    [ "$value" = "$want" ] && return 0
    case $value in ERROR | error*) echo "$* -> $value"; return 1 ;; esac
    [ $SECONDS -lt $deadline ] || { echo "$* -> '$value' after $seconds s, wanted $want"; return 1; }
    sleep 0.5
  done
}

passed=0 failed=0
check() { # NAME FUNCTION: run FUNCTION quietly, show its output only when it fails
  local started=$SECONDS
  if "$2" >"$WORK/out" 2>&1; then
    echo "PASS  $1 ($((SECONDS - started)) s)"; passed=$((passed + 1))
  else
    echo "FAIL  $1 ($((SECONDS - started)) s)"; sed 's/^/      /' "$WORK/out" | tail -n 15; failed=$((failed + 1))
  fi
}

storage_url() { "$SWIFT" "$@" auth | sed -n 's/^export OS_STORAGE_URL=//p' | tr -d "'\""; }

t_stat() { "$SWIFT" stat; }

t_roundtrip() {
  echo "hello cloud-sdk" > hello.txt
  "$SWIFT" upload "$CONTAINER" hello.txt &&
    "$SWIFT" list "$CONTAINER" | grep -qx hello.txt &&
    [ "$("$SWIFT" download "$CONTAINER" hello.txt -o -)" = "hello cloud-sdk" ]
}

t_catalog_urls() {
  # the catalog must hand out the public proxy by default and the separate internal one on request
  local pub int
  pub=$(storage_url)
  int=$(storage_url --os-endpoint-type internalURL)
  echo "public=$pub internal=$int"
  [ "$pub" = "$PUBLIC_URL" ] && [ "$int" = "$INTERNAL_URL" ] && [ "$pub" != "$int" ]
}

t_internal_proxy_serves() {
  local tok
  tok=$("$SWIFT" auth | sed -n 's/^export OS_AUTH_TOKEN=//p' | tr -d "'\"")
  curl -sf -H "X-Auth-Token: $tok" "$INTERNAL_URL/$CONTAINER/hello.txt" | grep -qx "hello cloud-sdk"
}

t_anonymous_denied() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$PUBLIC_URL")" = 401 ]; }

t_tempurl() {
  # signed anonymous GET (tempurl sits before authtoken; delay_auth_decision lets it through)
  local path sig
  "$SWIFT" post -m "Temp-URL-Key:verify-key-$$" || return 1
  path=${PUBLIC_URL#http://*/}
  sig=$("$SWIFT" tempurl GET 120 "/$path/$CONTAINER/hello.txt" "verify-key-$$") || return 1
  echo "$sig"
  curl -sf "${PUBLIC_URL%%/v1/*}$sig" | grep -qx "hello cloud-sdk" &&
    # a wrong signature must be refused
    [ "$(curl -s -o /dev/null -w '%{http_code}' "${PUBLIC_URL%%/v1/*}${sig/temp_url_sig=/temp_url_sig=0}")" = 401 ]
}

t_app_credential() {
  local id secret hdrs tok
  id=$(prop appcred.id); secret=$(prop appcred.secret)
  hdrs=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' "$AUTH_URL/auth/tokens" \
    -d "{\"auth\":{\"identity\":{\"methods\":[\"application_credential\"],
         \"application_credential\":{\"id\":\"$id\",\"secret\":\"$secret\"}}}}")
  echo "$hdrs"
  grep -q '^HTTP/[0-9.]* 201' <<<"$hdrs" || return 1
  tok=$(awk 'tolower($1) == "x-subject-token:" { print $2 }' <<<"$hdrs" | tr -d '\r')
  # the token is scoped to the demo project, so it opens the demo account
  curl -sf -o /dev/null -I -H "X-Auth-Token: $tok" "$PUBLIC_URL"
}

t_keystone_connection_close() {
  # uwsgi drops kept-alive connections; local-cloud.sh makes Keystone announce it
  curl -s -D - -o /dev/null "$AUTH_URL" | grep -qi '^connection: close'
}

t_info() {
  curl -sf "$(prop swift.info.url)" > info.json &&
    /usr/bin/python3 -c 'import json, sys; i = json.load(open("info.json")); print(sorted(i))
sys.exit(0 if all(k in i for k in ("tempurl", "formpost", "slo", "bulk_delete", "symlink", "staticweb", "versioned_writes")) else 1)'
}

# ---------------------------------------------------------------- tier 2

t_server() {
  # a server on the tenant network, through Nova, Placement, Glance and Neutron; then a resize
  os server create --flavor m1.tiny --image "$(prop image.name)" --network demo-net --wait "$NAME-vm" -f value -c id &&
    wait_field ACTIVE 60 server show "$NAME-vm" -c status &&
    field server show "$NAME-vm" -c addresses | grep -q 'demo-net' &&
    os server resize --flavor m1.small "$NAME-vm" &&
    wait_field VERIFY_RESIZE 90 server show "$NAME-vm" -c status &&
    os server resize confirm "$NAME-vm" &&
    wait_field ACTIVE 60 server show "$NAME-vm" -c status &&
    field server show "$NAME-vm" -c flavor | grep -q m1.small
}

t_volume_attach() {
  os volume create --size 1 "$NAME-vol" -f value -c id &&
    wait_field available 60 volume show "$NAME-vol" -c status &&
    os server add volume "$NAME-vm" "$NAME-vol" &&
    wait_field in-use 60 volume show "$NAME-vol" -c status &&
    os server remove volume "$NAME-vm" "$NAME-vol" &&
    wait_field available 60 volume show "$NAME-vol" -c status &&
    os volume delete "$NAME-vol"
}

t_server_delete() { os server delete --wait "$NAME-vm" && ! os server show "$NAME-vm" >/dev/null 2>&1; }

t_network() {
  os network create "$NAME-net" -f value -c id &&
    os subnet create --network "$NAME-net" --subnet-range 192.168.77.0/24 "$NAME-subnet" -f value -c id &&
    os port create --network "$NAME-net" "$NAME-port" -f value -c id &&
    field port show "$NAME-port" -c fixed_ips | grep -q '192.168.77.' &&
    os port delete "$NAME-port" && os subnet delete "$NAME-subnet" && os network delete "$NAME-net"
}

t_image() {
  head -c 300000 /dev/urandom > image.raw
  os image create --disk-format raw --container-format bare --file image.raw "$NAME-img" -f value -c id &&
    wait_field active 60 image show "$NAME-img" -c status &&
    os image save --file image.back "$NAME-img" &&
    [ "$(md5sum < image.raw)" = "$(md5sum < image.back)" ] &&
    [ "$(field image show "$NAME-img" -c checksum)" = "$(md5sum image.raw | cut -d' ' -f1)" ] &&
    os image delete "$NAME-img"
}

t_queue() {
  # Zaqar wants every client to name itself
  export OS_MESSAGE_CLIENT_ID=6c1f6e52-3c4b-4a8e-9d0e-0c2f5d1b7a11
  os messaging queue create "$NAME-q" &&
    os messaging message post "$NAME-q" '[{"ttl": 300, "body": {"event": "verify"}}]' &&
    os messaging claim create --ttl 60 --grace 60 --limit 1 "$NAME-q" -f value > claimed &&
    cat claimed && grep -q 'verify' claimed &&
    os messaging queue delete "$NAME-q"
}

t_load_balancer() {
  local subnet
  subnet=$(prop vip.subnet.id)
  os loadbalancer create --vip-subnet-id "$subnet" --wait --name "$NAME-lb" -f value -c id &&
    os loadbalancer listener create --protocol HTTP --protocol-port 80 --wait --name "$NAME-l" "$NAME-lb" -f value -c id &&
    os loadbalancer pool create --lb-algorithm ROUND_ROBIN --listener "$NAME-l" --protocol HTTP --wait --name "$NAME-p" -f value -c id &&
    os loadbalancer member create --subnet-id "$subnet" --address 10.20.0.10 --protocol-port 8080 --wait "$NAME-p" -f value -c id &&
    [ "$(field loadbalancer show "$NAME-lb" -c provisioning_status)" = ACTIVE ] &&
    [ "$(field loadbalancer member list "$NAME-p" -c provisioning_status)" = ACTIVE ] &&
    os loadbalancer delete --cascade --wait "$NAME-lb"
}

t_dns() {
  local zone=$NAME.verify.test.
  os zone create --email "hostmaster@verify.test" --ttl 600 "$zone" -f value -c id &&
    wait_field ACTIVE 60 zone show "$zone" -c status &&
    os recordset create --type A --record 192.0.2.10 "$zone" "www.$zone" -f value -c id &&
    wait_field ACTIVE 60 recordset show "$zone" "www.$zone" -c status &&
    [ "$(field zone show "$zone" -c action)" = NONE ] &&
    os zone delete "$zone" -f value -c id
}

if has object-store; then
  check "swift stat (keystone v3, demo)" t_stat
  check "upload / list / download" t_roundtrip
  check "catalog: internal URL differs from public" t_catalog_urls
  check "internal proxy serves the object" t_internal_proxy_serves
  check "anonymous account access is 401" t_anonymous_denied
  check "tempurl GET via curl" t_tempurl
  check "/info lists tempurl, formpost, slo, bulk, ..." t_info
fi
check "application credential token (curl)" t_app_credential
check "keystone sends Connection: close" t_keystone_connection_close
if has network; then check "network, subnet and port (neutron)" t_network; fi
if has image; then check "image upload and download, same checksum (glance)" t_image; fi
if has compute; then
  check "server ACTIVE on demo-net, resized to m1.small and confirmed (nova)" t_server
  if has block-storage; then check "volume attached to the server and detached (cinder + nova)" t_volume_attach; fi
  check "server deleted" t_server_delete
fi
if has messaging; then check "queue: post a message and claim it (zaqar)" t_queue; fi
if has load-balancer; then check "load balancer, listener, pool and member ACTIVE (octavia)" t_load_balancer; fi
if has dns; then check "zone and record set ACTIVE (designate)" t_dns; fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
