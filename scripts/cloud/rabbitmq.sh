# shellcheck shell=bash
# RabbitMQ, the message bus of Nova, Neutron, Cinder and Octavia: one node on 127.0.0.1 with its
# own epmd, all state under $STATE/rabbitmq. Ports are not the defaults (5672, 4369, 25672), so a
# distribution RabbitMQ or any Erlang node on this machine does not collide with ours.
RABBIT_DIR=$STATE/rabbitmq

# erl and rabbitmqctl read everything from the environment (HOME holds the Erlang cookie)
rabbit_env() {
  echo HOME="$RABBIT_DIR" RABBITMQ_NODENAME=cloudsdk@localhost \
    RABBITMQ_NODE_IP_ADDRESS="$HOST" RABBITMQ_NODE_PORT="$RABBIT_PORT" \
    RABBITMQ_DIST_PORT="$RABBIT_DIST_PORT" ERL_EPMD_ADDRESS="$HOST" ERL_EPMD_PORT="$EPMD_PORT" \
    RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia" RABBITMQ_LOG_BASE="$RABBIT_DIR/log" RABBITMQ_LOGS=- \
    RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins" \
    RABBITMQ_CONF_ENV_FILE="$RABBIT_DIR/rabbitmq-env.conf" RABBITMQ_PID_FILE="$RABBIT_DIR/rabbit.pid"
}

start_rabbitmq() {
  mkdir -p "$RABBIT_DIR/mnesia" "$RABBIT_DIR/log"
  : > "$RABBIT_DIR/rabbitmq-env.conf"
  echo '[].' > "$RABBIT_DIR/enabled_plugins"
  # the default user is created on the node's first boot only; memory and disk alarms would
  # block publishers on a busy test machine, so their thresholds are low
  cat > "$RABBIT_DIR/rabbitmq.conf" <<EOF
listeners.tcp.1 = $HOST:$RABBIT_PORT
loopback_users = none
default_user = openstack
default_pass = $RABBIT_PASSWORD
vm_memory_high_watermark.relative = 0.2
disk_free_limit.absolute = 50MB
EOF
  # epmd in the foreground as our own process: erl would otherwise fork a daemon nobody stops
  # shellcheck disable=SC2046
  spawn epmd "$EPMD_PORT" env $(rabbit_env) epmd -address "$HOST" -port "$EPMD_PORT"
  wait_port epmd "$EPMD_PORT"
  # shellcheck disable=SC2046
  spawn rabbitmq "$RABBIT_PORT" env $(rabbit_env) /usr/lib/rabbitmq/bin/rabbitmq-server
}

wait_rabbitmq() { wait_port rabbitmq "$RABBIT_PORT"; }
