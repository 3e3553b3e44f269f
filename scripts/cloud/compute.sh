# shellcheck shell=bash
# Placement and Nova (API, conductor, scheduler, and a compute service on Nova's fake virt
# driver: servers go through the whole real control plane, but no VM boots).
PL=$STATE/placement
NV=$STATE/compute

prepare_compute() {
  mkdir -p "$PL" "$NV/state/instances" "$NV/lock"
  cat > "$PL/placement.conf" <<EOF
[DEFAULT]
log_file = $LOG/placement-api-app.log
[api]
auth_strategy = keystone
[placement_database]
connection = $(sqlite_url "$PL/placement.db")
$(authtoken_section placement)
EOF
  cat > "$NV/nova.conf" <<EOF
[DEFAULT]
transport_url = $(transport_url)
# Nova's fake driver, with snapshots that upload data (scripts/cloud/py/cloudsdk_fake_compute.py)
compute_driver = cloudsdk_fake_compute.FakeDriver
host = $COMPUTE_HOST
my_ip = $HOST
state_path = $NV/state
instances_path = $NV/state/instances
osapi_compute_workers = 1
metadata_workers = 1
# one host: resizing must be allowed to stay on it
allow_resize_to_same_host = true
# the fake driver plugs no VIF, so no network-vif-plugged event ever comes
vif_plugging_is_fatal = false
vif_plugging_timeout = 0
[api]
auth_strategy = keystone
[api_database]
connection = $(sqlite_url "$NV/nova_api.db")
[database]
connection = $(sqlite_url "$NV/nova.db")
[conductor]
workers = 1
[scheduler]
workers = 1
# maps the compute host into cell1 by itself (otherwise: nova-manage cell_v2 discover_hosts)
discover_hosts_in_cells_interval = 5
[wsgi]
api_paste_config = $NV/api-paste.ini
[oslo_concurrency]
lock_path = $NV/lock
[oslo_messaging_notifications]
driver = noop
[cinder]
os_region_name = $REGION
[glance]
region_name = $REGION
valid_interfaces = public
$(authtoken_section nova)
service_token_roles_required = true
$(peer_section placement placement)
$(peer_section neutron neutron)
$(peer_section service_user nova)
send_service_user_token = true
EOF
  # nova-compute refuses to start when it sees database settings ("No DB access allowed")
  sed -e '/^\[api_database\]/,/^connection/d' -e '/^\[database\]/,/^connection/d' \
    "$NV/nova.conf" > "$NV/nova-compute.conf"
  # nova-api reads api-paste.ini from its config directory
  cp /etc/nova/api-paste.ini "$NV/api-paste.ini"
  init_db_in_background placement init_placement_db
  init_db_in_background compute init_nova_db
}

init_placement_db() {
  rm -f "$PL/placement.db"*
  placement-manage --config-file "$PL/placement.conf" db sync
  sqlite_wal "$PL/placement.db"
}

init_nova_db() {
  local nm=(nova-manage --config-file "$NV/nova.conf") db
  rm -f "$NV"/nova*.db* "$NV/.host-mapped"
  "${nm[@]}" api_db sync
  "${nm[@]}" cell_v2 map_cell0 --database_connection "$(sqlite_url "$NV/nova_cell0.db")"
  "${nm[@]}" cell_v2 create_cell --name cell1
  "${nm[@]}" db sync
  for db in nova_api nova nova_cell0; do sqlite_wal "$NV/$db.db"; done
}

register_compute() {
  register_service placement placement placement "http://$HOST:$PLACEMENT_PORT"
  register_service nova compute nova "http://$HOST:$NOVA_PORT/v2.1"
}

start_compute() {
  spawn placement-api "$PLACEMENT_PORT" "${UWSGI_APP[@]}" --http-socket "$HOST:$PLACEMENT_PORT" \
    --wsgi-file /usr/bin/placement-api --env "OS_PLACEMENT_CONFIG_DIR=$PL" --chdir "$PL"
  spawn nova-api "$NOVA_PORT" "${UWSGI_APP[@]}" --http-socket "$HOST:$NOVA_PORT" \
    --pythonpath "$CLOUD_LIB/py" --import cloudsdk_sqlite \
    --wsgi-file /usr/bin/nova-api-wsgi --env "OS_NOVA_CONFIG_DIR=$NV" --chdir "$NV"
  # SQLite's "database is locked" is retried as a deadlock (scripts/cloud/py/cloudsdk_sqlite.py)
  spawn nova-conductor - env "PYTHONPATH=$CLOUD_LIB/py" $PY -c 'import sys; sys.argv[0] = "nova-conductor"
import cloudsdk_sqlite
from nova.cmd.conductor import main; sys.exit(main())' --config-file "$NV/nova.conf"
  spawn nova-scheduler - env "PYTHONPATH=$CLOUD_LIB/py" $PY -c 'import sys; sys.argv[0] = "nova-scheduler"
import cloudsdk_sqlite
from nova.cmd.scheduler import main; sys.exit(main())' --config-file "$NV/nova.conf"
}

wait_compute() {
  wait_http placement-api "http://$HOST:$PLACEMENT_PORT/"
  # nova-compute registers its resource provider at start and only retries a minute later:
  # start it once Placement answers. Its console script comes with the nova-compute package,
  # which pulls in libvirt and qemu: run its module instead.
  # Nova loads its driver from nova.virt only: the snapshotting fake driver is registered there
  spawn nova-compute - env "PYTHONPATH=$CLOUD_LIB/py" $PY -c 'import sys; sys.argv[0] = "nova-compute"
import cloudsdk_fake_compute; sys.modules["nova.virt.cloudsdk_fake_compute"] = cloudsdk_fake_compute
from nova.cmd.compute import main; sys.exit(main())' --config-file "$NV/nova-compute.conf"
  wait_http nova-api "http://$HOST:$NOVA_PORT/"
}
