#!/usr/bin/env bash
# verify-local-cloud.sh - end-to-end smoke test of the cloud started by scripts/local-cloud.sh,
# with the real `swift` CLI and curl. Prints "N passed, M failed"; exits non-zero on a failure.
# Uses the demo user from $STATE/openrc-demo and ids from $STATE/local-cloud.properties.
set -uo pipefail   # no -e: a failing check is counted, not fatal

STATE=${LOCAL_CLOUD_STATE:-${TMPDIR:-/tmp}/cloud-sdk-local-cloud}
PROPS=$STATE/local-cloud.properties
# Debian's client, not a pyenv `swift` that may shadow it on PATH
SWIFT=${SWIFT:-/usr/bin/swift}

[ -s "$PROPS" ] || { echo "no $PROPS: run scripts/local-cloud.sh start first" >&2; exit 2; }
prop() { sed -n "s/^$1=//p" "$PROPS" | head -n 1; }
# shellcheck disable=SC1091
. "$STATE/openrc-demo"

AUTH_URL=$(prop auth.url)
PUBLIC_URL=$(prop swift.public.url)
INTERNAL_URL=$(prop swift.internal.url)
CONTAINER=verify-$$
WORK=$(mktemp -d)
trap '"$SWIFT" delete "$CONTAINER" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2

passed=0 failed=0
check() { # NAME FUNCTION: run FUNCTION quietly, show its output only when it fails
  if "$2" >"$WORK/out" 2>&1; then
    echo "PASS  $1"; passed=$((passed + 1))
  else
    echo "FAIL  $1"; sed 's/^/      /' "$WORK/out" | tail -n 15; failed=$((failed + 1))
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

check "swift stat (keystone v3, demo)" t_stat
check "upload / list / download" t_roundtrip
check "catalog: internal URL differs from public" t_catalog_urls
check "internal proxy serves the object" t_internal_proxy_serves
check "anonymous account access is 401" t_anonymous_denied
check "tempurl GET via curl" t_tempurl
check "application credential token (curl)" t_app_credential
check "keystone sends Connection: close" t_keystone_connection_close
check "/info lists tempurl, formpost, slo, bulk, ..." t_info

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
