# shellcheck shell=bash
# Cinder: API, scheduler and a volume service on the fake driver (no LVM or device-mapper here);
# volumes are records only, yet attach and detach go through Nova and Cinder for real.
CI=$STATE/block-storage

prepare_block_storage() {
  mkdir -p "$CI/lock" "$CI/state"
  cat > "$CI/cinder.conf" <<EOF
[DEFAULT]
transport_url = $(transport_url)
auth_strategy = keystone
my_ip = $HOST
host = $COMPUTE_HOST
state_path = $CI/state
osapi_volume_listen = $HOST
osapi_volume_listen_port = $CINDER_PORT
osapi_volume_workers = 1
api_paste_config = /usr/share/cinder-common/api-paste.ini
enabled_backends = fake
default_volume_type = __DEFAULT__
[fake]
volume_driver = cloudsdk_fake_volume.FakeVolumeDriver
volume_backend_name = fake
target_helper = fake
[database]
connection = $(sqlite_url "$CI/cinder.db")
[oslo_concurrency]
lock_path = $CI/lock
[oslo_messaging_notifications]
driver = noop
$(authtoken_section cinder)
service_token_roles_required = true
$(peer_section nova nova)
interface = public
EOF
  init_db_in_background block-storage init_cinder_db
}

init_cinder_db() {
  rm -f "$CI/cinder.db"*
  cinder-manage --config-file "$CI/cinder.conf" db sync
  sqlite_wal "$CI/cinder.db"
}

register_block_storage() {
  # the same API under both names the catalogs of today use
  register_service cinder block-storage cinder "http://$HOST:$CINDER_PORT/v3/%(project_id)s"
  register_service cinder volumev3 cinderv3 "http://$HOST:$CINDER_PORT/v3/%(project_id)s"
}

start_block_storage() {
  # each process writes its own log file (--log-file), or they would share one
  local s
  for s in cinder-api cinder-scheduler cinder-volume; do
    spawn "$s" "$( [ $s = cinder-api ] && echo "$CINDER_PORT" || echo -)" \
      env "PYTHONPATH=$CLOUD_LIB/py" "$s" --config-file "$CI/cinder.conf" --log-file "$LOG/$s-app.log"
  done
}

wait_block_storage() { wait_http cinder-api "http://$HOST:$CINDER_PORT/"; }
