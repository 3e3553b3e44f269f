#!/usr/bin/python3
"""Provisions the tier-2 services of the local cloud for the tests and the sample.

Runs on every start and changes nothing when everything is there already: flavors, a small
bootable image, the demo project's networks and quotas, volume types. Writes the properties the
tests read (endpoints, ids) as key=value lines to STATE/COMPONENT/resources.properties.

usage: provision.py wait-compute | STATE COMPONENT...
environment: KS_URL, REGION, ADMIN_PASSWORD, DEMO_PASSWORD, DEMO_PROJECT_ID, COMPUTE_HOST
"""
import json
import os
import sys
import time
import urllib.error
import urllib.request

ENV = os.environ
REGION = ENV['REGION']
DEMO_PROJECT = ENV['DEMO_PROJECT_ID']
IMAGE_NAME = 'cloud-sdk-tiny'
FLAVORS = [  # (id, name, ram MiB, vcpus, disk GiB): two to boot, one to resize to
    ('1', 'm1.tiny', 512, 1, 1),
    ('2', 'm1.small', 2048, 1, 20),
    ('3', 'm1.medium', 4096, 2, 40),
]
NETWORKS = [  # (network property, subnet property, network, subnet, cidr): a tenant network, a VIP one
    ('network.id', 'subnet.id', 'demo-net', 'demo-subnet', '10.10.0.0/24'),
    ('vip.network.id', 'vip.subnet.id', 'lb-vip-net', 'lb-vip-subnet', '10.20.0.0/24'),
]
VOLUME_TYPES = ['SATA', 'SSD']  # Rackspace's names; both on the one fake backend


class Session:
    """A token of one user, and the public endpoints of its catalog."""

    def __init__(self, user, password, project):
        body = {'auth': {'identity': {'methods': ['password'], 'password': {'user': {
            'name': user, 'domain': {'id': 'default'}, 'password': password}}},
            'scope': {'project': {'name': project, 'domain': {'id': 'default'}}}}}
        headers, answer = call('POST', ENV['KS_URL'] + '/v3/auth/tokens', body)
        self.token = headers['X-Subject-Token']
        self.catalog = {
            service['type']: endpoint['url'].rstrip('/')
            for service in answer['token']['catalog']
            for endpoint in service['endpoints']
            if endpoint['interface'] == 'public' and endpoint['region_id'] == REGION}

    def __call__(self, method, service, path, body=None, headers=None, data=None):
        all_headers = {'X-Auth-Token': self.token, **(headers or {})}
        return call(method, self.catalog[service] + path, body, all_headers, data)[1]


def call(method, url, body=None, headers=None, data=None):
    headers = dict(headers or {})
    if body is not None:
        data = json.dumps(body).encode()
        headers['Content-Type'] = 'application/json'
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read()
            return response.headers, (json.loads(text) if text.strip() else None)
    except urllib.error.HTTPError as error:
        raise SystemExit(f'{method} {url} answered {error.code}: {error.read()[:500]!r}')


def wait_for(what, check, seconds=120):
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise SystemExit(f'gave up waiting for {what} after {seconds} s')
        time.sleep(0.5)


def wait_compute(admin):
    """Until the compute service on the fake driver is up and its resources are in Placement."""
    host = ENV['COMPUTE_HOST']

    def up():
        services = admin('GET', 'compute', '/os-services?binary=nova-compute')['services']
        return any(s['host'] == host and s['state'] == 'up' for s in services)

    def in_placement():
        providers = admin('GET', 'placement', '/resource_providers?name=' + host,
                          headers={'OpenStack-API-Version': 'placement 1.14'})
        return providers['resource_providers']

    wait_for('nova-compute on ' + host, up)
    wait_for('the resource provider of ' + host, in_placement)


def compute(admin, demo):
    have = {f['name'] for f in admin('GET', 'compute', '/flavors/detail?is_public=None')['flavors']}
    for flavor_id, name, ram, vcpus, disk in FLAVORS:
        if name not in have:
            admin('POST', 'compute', '/flavors', {'flavor': {
                'id': flavor_id, 'name': name, 'ram': ram, 'vcpus': vcpus, 'disk': disk}})
    admin('PUT', 'compute', '/os-quota-sets/' + DEMO_PROJECT, {'quota_set': {
        'instances': 100, 'cores': 400, 'ram': 1024 * 1024, 'key_pairs': 200,
        'server_groups': 50, 'server_group_members': 50, 'metadata_items': 128}})
    yield 'compute.url', demo.catalog['compute']
    yield 'placement.url', demo.catalog['placement']
    yield 'compute.host', ENV['COMPUTE_HOST']
    for flavor_id, name, _, _, _ in FLAVORS:
        yield f'flavor.{name.split(".")[1]}.id', flavor_id


def bootable_image():
    """1 MiB raw disk whose boot sector halts the CPU: it really boots, and needs no download."""
    sector = bytes([0xFA, 0xF4, 0xEB, 0xFD])  # cli; hlt; jmp back to hlt
    sector += bytes(510 - len(sector)) + b'\x55\xaa'
    return sector + bytes(1024 * 1024 - len(sector))


def image(admin, demo):
    found = admin('GET', 'image', '/v2/images?name=' + IMAGE_NAME)['images']
    found = [i for i in found if i['status'] == 'active'] or found
    if found and found[0]['status'] == 'active':
        image_id = found[0]['id']
    else:
        for stale in found:  # an upload interrupted on an earlier start
            admin('DELETE', 'image', '/v2/images/' + stale['id'])
        image_id = admin('POST', 'image', '/v2/images', {
            'name': IMAGE_NAME, 'disk_format': 'raw', 'container_format': 'bare',
            'visibility': 'public', 'min_disk': 0, 'min_ram': 0})['id']
        admin('PUT', 'image', f'/v2/images/{image_id}/file', data=bootable_image(),
              headers={'Content-Type': 'application/octet-stream'})
        wait_for('image ' + IMAGE_NAME, lambda: admin(
            'GET', 'image', '/v2/images/' + image_id)['status'] == 'active')
    yield 'image.url', demo.catalog['image']
    yield 'image.id', image_id
    yield 'image.name', IMAGE_NAME


def network(admin, demo):
    for net_key, subnet_key, net_name, subnet_name, cidr in NETWORKS:
        nets = demo('GET', 'network', '/v2.0/networks?name=' + net_name)['networks']
        net_id = nets[0]['id'] if nets else demo('POST', 'network', '/v2.0/networks', {
            'network': {'name': net_name}})['network']['id']
        subnets = demo('GET', 'network', f'/v2.0/subnets?name={subnet_name}&network_id={net_id}')['subnets']
        subnet_id = subnets[0]['id'] if subnets else demo('POST', 'network', '/v2.0/subnets', {'subnet': {
            'network_id': net_id, 'name': subnet_name, 'ip_version': 4, 'cidr': cidr}})['subnet']['id']
        yield net_key, net_id
        yield subnet_key, subnet_id
    admin('PUT', 'network', '/v2.0/quotas/' + DEMO_PROJECT, {'quota': {
        'network': 200, 'subnet': 200, 'port': 1000, 'router': 50, 'floatingip': 50,
        'security_group': 200, 'security_group_rule': 2000}})
    yield 'network.url', demo.catalog['network']


def block_storage(admin, demo):
    have = {t['name'] for t in admin('GET', 'block-storage', '/types')['volume_types']}
    for name in VOLUME_TYPES:
        if name not in have:
            admin('POST', 'block-storage', '/types', {'volume_type': {
                'name': name, 'extra_specs': {'volume_backend_name': 'fake'}}})
    admin('PUT', 'block-storage', '/os-quota-sets/' + DEMO_PROJECT, {'quota_set': {
        'volumes': 200, 'gigabytes': 100000, 'snapshots': 200, 'backups': 50, 'backup_gigabytes': 10000}})
    yield 'volume.url', demo.catalog['block-storage']


def messaging(admin, demo):
    yield 'messaging.url', demo.catalog['messaging']


def load_balancer(admin, demo):
    yield 'loadbalancer.url', demo.catalog['load-balancer']


def dns(admin, demo):
    yield 'dns.url', demo.catalog['dns']


def main():
    admin = Session('admin', ENV['ADMIN_PASSWORD'], 'admin')
    if sys.argv[1:] == ['wait-compute']:
        wait_compute(admin)
        return
    demo = Session('demo', ENV['DEMO_PASSWORD'], 'demo')
    steps = {'image': image, 'network': network, 'compute': compute,
             'block-storage': block_storage, 'messaging': messaging, 'load-balancer': load_balancer,
             'dns': dns}
    state = sys.argv[1]
    for component in sys.argv[2:]:
        lines = [f'{key}={value}\n' for key, value in steps[component](admin, demo)]
        path = os.path.join(state, component, 'resources.properties')
        with open(path + '.tmp', 'w') as out:
            out.writelines(lines)
        os.replace(path + '.tmp', path)


if __name__ == '__main__':
    main()
