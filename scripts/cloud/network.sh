# shellcheck shell=bash
# Neutron: the server with ML2 (API and RPC in one process), no real agents. Ports bind to the
# compute host because scripts/cloud/py/fake_l2_agent.py keeps an Open vSwitch agent record alive.
NT=$STATE/network

prepare_network() {
  mkdir -p "$NT/lock" "$NT/state"
  cat > "$NT/neutron.conf" <<EOF
[DEFAULT]
bind_host = $HOST
bind_port = $NEUTRON_PORT
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
transport_url = $(transport_url)
api_workers = 1
rpc_workers = 0
rpc_state_report_workers = 0
state_path = $NT/state
# Nova waits for these events when it plugs or unplugs a port
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
log_file = $LOG/neutron-server-app.log
api_paste_config = /usr/share/neutron-common/api-paste.ini
[database]
connection = $(sqlite_url "$NT/neutron.db")
[oslo_concurrency]
lock_path = $NT/lock
$(authtoken_section neutron)
$(peer_section nova nova)
[agent]
root_helper = true
[ml2]
type_drivers = flat,vlan,vxlan,local
tenant_network_types = vxlan
mechanism_drivers = openvswitch
extension_drivers = port_security
[ml2_type_flat]
flat_networks = public
[ml2_type_vlan]
network_vlan_ranges = physnet1:100:199
[ml2_type_vxlan]
vni_ranges = 1:1000
[securitygroup]
firewall_driver = noop
EOF
  init_db_in_background network init_neutron_db
}

init_neutron_db() {
  # neutron-db-manage's migrations alter constraints, which sqlite cannot: build the tables from
  # the models, then stamp the migration heads so that neutron-server accepts the schema
  rm -f "$NT/neutron.db"*
  $PY "$CLOUD_LIB/py/create_schema.py" neutron "$(sqlite_url "$NT/neutron.db")"
  neutron-db-manage --config-file "$NT/neutron.conf" stamp heads
  sqlite_wal "$NT/neutron.db"
}

register_network() { register_service neutron network neutron "http://$HOST:$NEUTRON_PORT"; }

start_network() {
  # SQLite's "database is locked" is retried as a deadlock (scripts/cloud/py/cloudsdk_sqlite.py):
  # Neutron's API retries DBDeadlock, and a port created while the fake agent or another request
  # writes would otherwise fail with a 500 (and Nova put the server into ERROR)
  spawn neutron-server "$NEUTRON_PORT" env "PYTHONPATH=$CLOUD_LIB/py" $PY -c 'import sys; sys.argv[0] = "neutron-server"
import cloudsdk_sqlite
from neutron.cmd.eventlet.server import main; sys.exit(main())' --config-file "$NT/neutron.conf"
  spawn neutron-fake-agent - $PY "$CLOUD_LIB/py/fake_l2_agent.py" "$COMPUTE_HOST" "$(sqlite_url "$NT/neutron.db")"
}

wait_network() { wait_http neutron-server "http://$HOST:$NEUTRON_PORT/"; }
