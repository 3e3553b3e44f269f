#!/usr/bin/python3
"""Keeps an Open vSwitch agent record of HOST alive in Neutron's database.

ML2's openvswitch mechanism driver binds a port only to a host whose agent reported recently.
No agent can run here (no Open vSwitch), and nothing needs to be wired on a fake compute host:
this process writes the record and its heartbeat straight into the database, every 20 s (the
server counts an agent as down after 75 s without one).

usage: fake_l2_agent.py HOST DATABASE_URL
"""
import datetime
import json
import sys
import time
import uuid

import sqlalchemy as sa

AGENT_TYPE = 'Open vSwitch agent'
CONFIGURATION = json.dumps({
    'bridge_mappings': {'public': 'br-ex', 'physnet1': 'br-eth1'},
    'tunnel_types': ['vxlan'], 'tunneling_ip': '127.0.0.1', 'integration_bridge': 'br-int',
    'ovs_hybrid_plug': False, 'datapath_type': 'system', 'l2_population': False,
    'enable_distributed_routing': False, 'devices': 0, 'ovs_capabilities': {},
})


def beat(connection, host):
    now = datetime.datetime.utcnow().replace(microsecond=0)
    updated = connection.execute(
        sa.text('UPDATE agents SET heartbeat_timestamp = :now WHERE host = :host AND agent_type = :type'),
        {'now': now, 'host': host, 'type': AGENT_TYPE}).rowcount
    if not updated:
        connection.execute(sa.text(
            'INSERT INTO agents (id, agent_type, `binary`, topic, host, admin_state_up, created_at,'
            ' started_at, heartbeat_timestamp, configurations, `load`, resources_synced)'
            ' VALUES (:id, :type, :binary, :topic, :host, 1, :now, :now, :now, :conf, 0, NULL)'),
            {'id': str(uuid.uuid4()), 'type': AGENT_TYPE, 'binary': 'neutron-openvswitch-agent',
             'topic': 'N/A', 'host': host, 'now': now, 'conf': CONFIGURATION})
        print(f'agent record of {host} created', flush=True)


def main():
    host, url = sys.argv[1:3]
    engine = sa.create_engine(url)
    while True:
        with engine.begin() as connection:
            beat(connection, host)
        time.sleep(20)


if __name__ == '__main__':
    main()
