# shellcheck shell=bash
# Octavia: API and controller worker on the noop amphora, compute and network drivers. Load
# balancers, listeners, pools, members and health monitors go through the real API, database and
# worker flows and reach ACTIVE; no amphora VM exists and the VIP address is not reachable.
OC=$STATE/load-balancer

prepare_load_balancer() {
  mkdir -p "$OC/certs" "$OC/lock"
  cat > "$OC/octavia.conf" <<EOF
[DEFAULT]
transport_url = $(transport_url)
log_file = $LOG/octavia-app.log
[api_settings]
bind_host = $HOST
bind_port = $OCTAVIA_PORT
auth_strategy = keystone
api_base_uri = http://$HOST:$OCTAVIA_PORT
enabled_provider_drivers = amphora:The Octavia Amphora driver (noop drivers here),octavia:Alias of amphora
default_provider_driver = amphora
[database]
connection = $(sqlite_url "$OC/octavia.db")
[controller_worker]
amphora_driver = amphora_noop_driver
compute_driver = compute_noop_driver
network_driver = network_noop_driver
image_driver = image_noop_driver
volume_driver = volume_noop_driver
loadbalancer_topology = SINGLE
amp_image_tag = amphora
amp_flavor_id = 1
amp_boot_network_list = 00000000-0000-0000-0000-000000000000
amp_secgroup_list = 00000000-0000-0000-0000-000000000000
client_ca = $OC/certs/ca.pem
workers = 1
[task_flow]
jobboard_enabled = false
[certificates]
cert_generator = local_cert_generator
ca_certificate = $OC/certs/ca.pem
ca_private_key = $OC/certs/ca.key
ca_private_key_passphrase = $OCTAVIA_CA_PASSPHRASE
[haproxy_amphora]
client_cert = $OC/certs/client.pem
server_ca = $OC/certs/ca.pem
[health_manager]
bind_ip = $HOST
heartbeat_key = cloud-sdk-local
[oslo_concurrency]
lock_path = $OC/lock
[oslo_messaging]
topic = octavia_prov
$(authtoken_section octavia)
$(peer_section service_auth octavia)
EOF
  make_octavia_certs
  init_db_in_background load-balancer init_octavia_db
}

make_octavia_certs() {
  # the certificates Octavia's worker signs amphora certificates with (never used by the noop
  # drivers, but read at start)
  [ -s "$OC/certs/client.pem" ] && return 0
  ( cd "$OC/certs" &&
    openssl req -x509 -newkey rsa:2048 -days 3650 -subj /CN=cloud-sdk-octavia-ca -keyout ca.key \
      -passout "pass:$OCTAVIA_CA_PASSPHRASE" -out ca.pem &&
    openssl req -newkey rsa:2048 -nodes -subj /CN=octavia-controller -keyout client.key -out client.csr &&
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -passin "pass:$OCTAVIA_CA_PASSPHRASE" \
      -CAcreateserial -days 3650 -out client.crt &&
    cat client.crt client.key > client.pem ) >>"$LOG/load-balancer-db.log" 2>&1 ||
    die "could not make Octavia's certificates (log: $LOG/load-balancer-db.log)"
}

init_octavia_db() {
  rm -f "$OC/octavia.db"*
  $PY "$CLOUD_LIB/py/create_schema.py" octavia "$(sqlite_url "$OC/octavia.db")"
  octavia-db-manage --config-file "$OC/octavia.conf" stamp head
  sqlite_wal "$OC/octavia.db"
}

register_load_balancer() { register_service octavia load-balancer octavia "http://$HOST:$OCTAVIA_PORT"; }

start_load_balancer() {
  spawn octavia-api "$OCTAVIA_PORT" octavia-api --config-file "$OC/octavia.conf"
  spawn octavia-worker - octavia-worker --config-file "$OC/octavia.conf"
}

wait_load_balancer() { wait_http octavia-api "http://$HOST:$OCTAVIA_PORT/"; }
