# shellcheck shell=bash
# Zaqar (messaging v2): messages stored in the local Swift, the queue catalog in Redis.
# Debian 12's python3-zaqar lacks the Lua scripts of its Redis message store (posting a message
# answers 503), and its SQL migrations are MySQL-only: Swift and Redis are what work here.
ZQ=$STATE/messaging

prepare_messaging() {
  mkdir -p "$ZQ/redis"
  cat > "$ZQ/zaqar.conf" <<EOF
[DEFAULT]
auth_strategy = keystone
pooling = false
log_file = $LOG/zaqar-server-app.log
[drivers]
transport = wsgi
message_store = swift
management_store = redis
[drivers:transport:wsgi]
bind = $HOST
port = $ZAQAR_PORT
[drivers:message_store:swift]
# the zaqar service user's own Swift account (project "service")
uri = swift://zaqar:$(service_password zaqar)@/service
auth_url = $KS_URL/v3
region_name = $REGION
interface = public
[drivers:management_store:redis]
uri = redis://$HOST:$REDIS_PORT
$(authtoken_section zaqar)
EOF
}

register_messaging() { register_service zaqar messaging zaqar "http://$HOST:$ZAQAR_PORT"; }

start_messaging() {
  spawn redis "$REDIS_PORT" redis-server --bind "$HOST" --port "$REDIS_PORT" --save '' \
    --appendonly no --dir "$ZQ/redis" --daemonize no
  spawn zaqar-server "$ZAQAR_PORT" zaqar-server --config-file "$ZQ/zaqar.conf"
}

wait_messaging() { wait_http zaqar-server "http://$HOST:$ZAQAR_PORT/"; }
