# shellcheck shell=bash
# Glance (image v2) with its file store, one worker, on sqlite.
GL=$STATE/image

prepare_image() {
  mkdir -p "$GL/images" "$GL/staging" "$GL/lock"
  cat > "$GL/glance-api.conf" <<EOF
[DEFAULT]
bind_host = $HOST
bind_port = $GLANCE_PORT
workers = 1
log_file = $LOG/glance-api-app.log
# where image import (glance-direct, web-download) stages data
node_staging_uri = file://$GL/staging
enabled_import_methods = [glance-direct,web-download]
[database]
connection = $(sqlite_url "$GL/glance.db")
[glance_store]
stores = file,http
default_store = file
filesystem_store_datadir = $GL/images
$(authtoken_section glance)
[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini
[oslo_concurrency]
lock_path = $GL/lock
EOF
  init_db_in_background image init_glance_db
}

init_glance_db() {
  rm -rf "$GL/glance.db"* "$GL/images" "$GL/staging"
  mkdir -p "$GL/images" "$GL/staging"
  glance-manage --config-file "$GL/glance-api.conf" db_sync
  sqlite_wal "$GL/glance.db"
}

register_image() { register_service glance image glance "http://$HOST:$GLANCE_PORT"; }

start_image() { spawn glance-api "$GLANCE_PORT" glance-api --config-file "$GL/glance-api.conf"; }

wait_image() { wait_http glance-api "http://$HOST:$GLANCE_PORT/"; }
