# shellcheck shell=bash
# Designate (DNS v2): API, central, worker, producer and mini-DNS on sqlite, with no DNS server.
# The pool's one target is the "fake" backend (it accepts every change and serves nothing), and
# the pool's name server is mini-DNS itself, which answers SOA queries from Designate's own
# database: the worker's poll for a zone's serial succeeds at once, so zones and record sets go
# PENDING -> ACTIVE within seconds. A deleted zone's poll never sees "no zone" (mini-DNS still
# knows it) and ends after poll_max_retries; central then purges the zone all the same.
DS=$STATE/dns
DESIGNATE_POOL_ID=794ccc2c-d751-44fe-b57f-8894c9f5c842   # Designate's default pool

prepare_dns() {
  mkdir -p "$DS/lock"
  cat > "$DS/designate.conf" <<EOF
[DEFAULT]
transport_url = $(transport_url)
control_exchange = designate
quota_zones = 100
[oslo_concurrency]
lock_path = $DS/lock
[storage:sqlalchemy]
connection = $(sqlite_url "$DS/designate.db")
[service:api]
listen = $HOST:$DESIGNATE_PORT
api_base_uri = http://$HOST:$DESIGNATE_PORT/
auth_strategy = keystone
enable_api_v2 = true
enable_api_admin = false
enabled_extensions_v2 = quotas, reports
workers = 1
[service:central]
workers = 1
# one request at a time: concurrent writers of one sqlite database fail at once with "database is
# locked" (a status update lost that way left a zone PENDING until the periodic recovery)
threads = 1
[service:worker]
workers = 1
poll_delay = 1
poll_retry_interval = 1
poll_max_retries = 2
[service:producer]
workers = 1
[producer_task:increment_serial]
interval = 1
# what a lost update still leaves PENDING is pushed again within half a minute
[producer_task:worker_periodic_recovery]
interval = 30
[service:mdns]
listen = $HOST:$DESIGNATE_MDNS_PORT
workers = 1
$(authtoken_section designate)
EOF
  cat > "$DS/pools.yaml" <<EOF
- name: default
  id: $DESIGNATE_POOL_ID
  description: cloud-sdk local pool (fake backend; mini-DNS is its name server)
  attributes: {}
  ns_records:
    - hostname: ns1.cloud-sdk.test.
      priority: 1
  nameservers:
    - host: $HOST
      port: $DESIGNATE_MDNS_PORT
  targets:
    - type: fake
      description: no DNS server; accepts every change
      masters:
        - host: $HOST
          port: $DESIGNATE_MDNS_PORT
      options:
        host: $HOST
        port: $DESIGNATE_MDNS_PORT
EOF
  init_db_in_background dns init_designate_db
}

init_designate_db() {
  rm -f "$DS/designate.db"* "$DS/.pool-ready"
  designate-manage --config-file "$DS/designate.conf" database sync
  sqlite_wal "$DS/designate.db"
}

register_dns() { register_service designate dns designate "http://$HOST:$DESIGNATE_PORT"; }

start_dns() {
  local s
  # SQLite's "database is locked" is retried as a deadlock (scripts/cloud/py/cloudsdk_sqlite.py):
  # Designate's storage retries DBDeadlock, and central, worker and producer write the same zones
  for s in central worker producer mdns; do
    spawn "designate-$s" "$([ $s = mdns ] && echo "$DESIGNATE_MDNS_PORT" || echo -)" \
      env "PYTHONPATH=$CLOUD_LIB/py" $PY -c "import sys; sys.argv[0] = 'designate-$s'
import cloudsdk_sqlite
from designate.cmd.$s import main; sys.exit(main())" \
      --config-file "$DS/designate.conf" --log-file "$LOG/designate-$s-app.log"
  done
  spawn designate-api "$DESIGNATE_PORT" designate-api --config-file "$DS/designate.conf" \
    --log-file "$LOG/designate-api-app.log"
}

wait_dns() {
  wait_http designate-api "http://$HOST:$DESIGNATE_PORT/"
  wait_port designate-mdns "$DESIGNATE_MDNS_PORT"
  # the pool's targets and name servers: written through central, once per pool file
  local want
  want=$(sha1sum < "$DS/pools.yaml")
  [ "$(cat "$DS/.pool-ready" 2>/dev/null)" = "$want" ] && return 0
  designate-manage --config-file "$DS/designate.conf" pool update --file "$DS/pools.yaml" \
    >>"$LOG/dns-db.log" 2>&1 || die "designate-manage pool update failed (log: $LOG/dns-db.log)"
  echo "$want" > "$DS/.pool-ready"
  log "designate pool configured"
}
