package org.cloudsdk.network;

/** Neutron v2.0 documents, shaped like the API reference's examples and the chapter's networks. */
final class NeutronFixtures {

    static final String PROJECT = "36fa3f946ec541a39c0cbf008f802034";
    static final String NET_ID = "4c2e1ad5-af48-4039-a80a-15d1083f2a8b";
    static final String SUBNET_ID = "9e4b6a40-2d2c-4b5d-8d2c-6f2b1e0c7a11";
    static final String SERVER_ID = "afbabf55-a9b5-4e77-82bd-d57ab69f2992";

    private NeutronFixtures() {
    }

    /** @param id its id @param name its name @param subnets its subnets' ids, JSON @return a network object */
    static String network(String id, String name, String subnets) {
        return """
                {"admin_state_up": true, "availability_zone_hints": [], "availability_zones": [],
                 "created_at": "2026-12-03T08:00:00Z", "description": "", "id": "%s", "ipv4_address_scope": null,
                 "ipv6_address_scope": null, "is_default": false, "mtu": 1450, "name": "%s",
                 "port_security_enabled": true, "project_id": "%s", "provider:network_type": "vxlan",
                 "router:external": false, "shared": false, "status": "ACTIVE", "subnets": %s,
                 "tags": [], "tenant_id": "%s", "updated_at": "2026-12-03T08:00:01Z"}"""
                .formatted(id, name, PROJECT, subnets, PROJECT);
    }

    /** The chapter's {@code my_lan} as Neutron describes it, with its subnet. */
    static final String MY_LAN = network(NET_ID, "my_lan", "[\"" + SUBNET_ID + "\"]");

    /** {@code my_lan} as the create call answers: no subnet yet. */
    static final String MY_LAN_CREATED = network(NET_ID, "my_lan", "[]");

    /** @param id its id @param networkId its network @param cidr its range @param version 4 or 6 @return a subnet */
    static String subnet(String id, String networkId, String cidr, int version) {
        return """
                {"allocation_pools": [], "cidr": "%s", "created_at": "2026-12-03T08:00:01Z", "description": "",
                 "dns_nameservers": [], "enable_dhcp": true, "gateway_ip": "%s", "host_routes": [], "id": "%s",
                 "ip_version": %d, "name": "my_lan", "network_id": "%s", "project_id": "%s",
                 "subnetpool_id": null, "tenant_id": "%s"}"""
                .formatted(cidr, version == 4 ? cidr.replaceAll("0/\\d+$", "1") : cidr.replace("::/64", "::1"), id,
                        version, networkId, PROJECT, PROJECT);
    }

    static final String MY_LAN_SUBNET = subnet(SUBNET_ID, NET_ID, "192.168.0.0/24", 4);

    /**
     * @param deviceOwner the port's owner
     * @param deviceId the device
     * @return a port of {@code my_lan}
     */
    static String port(String id, String deviceOwner, String deviceId) {
        return """
                {"admin_state_up": true, "description": "", "device_id": "%s", "device_owner": "%s",
                 "fixed_ips": [{"ip_address": "192.168.0.10", "subnet_id": "%s"}], "id": "%s",
                 "mac_address": "fa:16:3e:58:42:ed", "name": "", "network_id": "%s", "project_id": "%s",
                 "security_groups": ["85cc3048-abc3-43cc-89b3-377341426ac5"], "status": "ACTIVE", "tenant_id": "%s"}"""
                .formatted(deviceId, deviceOwner, SUBNET_ID, id, NET_ID, PROJECT, PROJECT);
    }

    /** @param body the {@code "key": [...]} of a listing @return the listing */
    static String listing(String key, String... items) {
        return "{\"" + key + "\": [" + String.join(", ", items) + "]}";
    }

    /** @param key the object's name @param object the object @return {@code {"key": object}} */
    static String wrapped(String key, String object) {
        return "{\"" + key + "\": " + object + "}";
    }
}
