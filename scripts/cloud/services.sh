# shellcheck shell=bash
# Helpers shared by the tier-2 components (sourced by scripts/local-cloud.sh): the settings every
# OpenStack service needs to check tokens and to call its peers, and its Keystone registration.

# every service user's password: <name>pass unless SERVICE_PASSWORD is set (test cloud only)
service_password() { echo "${SERVICE_PASSWORD:-$1pass}"; }

# the keystoneauth lines of a password login of service user USER (project "service")
service_login() { # USER
  cat <<EOF
auth_type = password
auth_url = $KS_URL/v3
project_domain_id = default
user_domain_id = default
project_name = service
username = $1
password = $(service_password "$1")
region_name = $REGION
EOF
}

# [keystone_authtoken] of a service whose user is USER: validates the tokens callers send
authtoken_section() { # USER
  echo "[keystone_authtoken]"
  echo "www_authenticate_uri = $KS_URL/v3"
  service_login "$1"
  echo "memcached_servers = $HOST:$MEMCACHED_PORT"
}

# a keystoneauth section (SECTION) for calls a service makes to a peer as service user USER
peer_section() { # SECTION USER
  echo "[$1]"
  service_login "$2"
  echo "valid_interfaces = public"
}

transport_url() { echo "rabbit://openstack:$RABBIT_PASSWORD@$HOST:$RABBIT_PORT/"; }

# A write waits up to 60 s for another's lock instead of failing with "database is locked"
# (pysqlite's default is 5 s, which a busy two-core machine exceeds: a resize then failed).
sqlite_url() { echo "sqlite:///$1?timeout=60"; }

sqlite_wal() { sqlite3 "$1" 'PRAGMA journal_mode=WAL;' >/dev/null; } # see init_keystone_db

# Keystone: service user USER (roles admin and service in project "service"), catalog entry TYPE
# named NAME with public, internal and admin endpoints at URL. Every step looks before it creates.
register_service() { # USER TYPE NAME URL
  local user=$1 type=$2 name=$3 url=$4 p_service u svc interface
  p_service=$(ensure_project service)
  u=$(ensure_user "$user" "$(service_password "$user")" "$p_service")
  grant "$p_service" "$u" "$(ensure_role admin)"
  grant "$p_service" "$u" "$(ensure_role service)"
  svc=$(ensure service "type=$type" "{\"type\":\"$type\",\"name\":\"$name\"}")
  for interface in public internal admin; do ensure_endpoint "$svc" $interface "$url"; done
}

# The first-start database setup FUNCTION of COMPONENT runs in the background (they are slow and
# independent of each other); wait_db_inits collects them. Done once per DB_LAYOUT, recorded in
# $STATE/COMPONENT/.db-ready: a state directory made with other database settings starts afresh.
DB_LAYOUT=sqlite-wal-timeout60
DB_INITS=()
init_db_in_background() { # COMPONENT FUNCTION
  mkdir -p "$STATE/$1"
  [ "$(cat "$STATE/$1/.db-ready" 2>/dev/null)" = "$DB_LAYOUT" ] && return 0
  ( "$2" >>"$LOG/$1-db.log" 2>&1 && echo "$DB_LAYOUT" > "$STATE/$1/.db-ready" ) &
  DB_INITS+=("$!:$1")
}

wait_db_inits() {
  local entry
  for entry in ${DB_INITS[@]+"${DB_INITS[@]}"}; do
    wait "${entry%%:*}" || die "the database setup of ${entry#*:} failed (log: $LOG/${entry#*:}-db.log)"
  done
  DB_INITS=()
}

# uwsgi's own HTTP server for a WSGI application, as for Keystone (see start_keystone)
UWSGI_APP=(uwsgi_python3 --master --processes 1 --threads 1 --enable-threads --lazy-apps
  --buffer-size 65535 --add-header "Connection: close" --die-on-term --need-app)
