package org.cloudsdk.octavia;

/** Octavia v2 documents shaped like the API reference's examples and the local Octavia's answers. */
final class OctaviaFixtures {

    static final String PROJECT = "e3cd678b11784734bc366148aa37580e";
    static final String LB_ID = "8a562351-f0fb-424c-a0af-513461424ea5";
    static final String LB2_ID = "0fdb0ca7-0a38-4aea-891c-daaed40bcafe";
    static final String SUBNET_ID = "d4af86e1-0051-488c-b7a0-527f97490c9a";
    static final String NETWORK_ID = "d0d217df-3958-4fbf-a3c2-8dad2908c709";
    static final String PORT_ID = "b4ca07d1-a31e-43e2-891a-7d14f419f342";
    static final String FLAVOR_ID = "8f94060c-8d5b-4472-9cfd-e8a2b909481d";
    static final String LISTENER_ID = "023f2e34-7806-443b-bfae-16c324569a3d";
    static final String POOL_ID = "4029d267-3983-4224-a3d0-afb3fe16a2cd";
    static final String MEMBER_ID = "957a1ace-1bd2-449b-8455-820b6e4b63f3";
    static final String MONITOR_ID = "8ed3c5ac-6efa-420c-bedb-99ba14e58db5";
    static final String POLICY_ID = "8a1412f0-4c32-4257-8b07-af4770b604fd";
    static final String RULE_ID = "16621dbb-a736-4888-a57a-3ecd53df784c";

    private OctaviaFixtures() {
    }

    /** @param minor the newest minor version @return Octavia's root document listing v2.0 to v2.minor */
    static String versions(int minor) {
        StringBuilder versions = new StringBuilder();
        for (int i = 0; i <= minor; i++) {
            versions.append(i == 0 ? "" : ",").append("{\"id\": \"v2.").append(i).append("\", \"status\": \"")
                    .append(i == minor ? "CURRENT" : "SUPPORTED")
                    .append("\", \"updated\": \"2019-01-21T00:00:00Z\", \"links\": [{\"href\": \"http://127.0.0.1:9876/v2\","
                            + " \"rel\": \"self\"}]}");
        }
        return "{\"versions\": [" + versions + "]}";
    }

    /** @param id its id @param status its provisioning status @return a load balancer, as the reference shows it */
    static String loadBalancer(String id, String status) {
        return """
                {"description": "My favorite load balancer", "admin_state_up": true, "project_id": "%s",
                 "provisioning_status": "%s", "flavor_id": "", "vip_subnet_id": "%s", "vip_address": "203.0.113.50",
                 "vip_network_id": "%s", "vip_port_id": "%s", "additional_vips": [], "provider": "octavia",
                 "created_at": "2017-02-28T00:41:44", "updated_at": "2017-02-28T00:43:30", "id": "%s",
                 "operating_status": "ONLINE", "name": "best_load_balancer",
                 "vip_qos_policy_id": "ec4f78ca-8da8-4e99-8a1a-e3b94595a7a3", "availability_zone": "my_az",
                 "tags": ["web"], "listeners": [{"id": "%s"}], "pools": [{"id": "%s"}]}"""
                .formatted(PROJECT, status, SUBNET_ID, NETWORK_ID, PORT_ID, id, LISTENER_ID, POOL_ID);
    }

    static final String LOAD_BALANCER = loadBalancer(LB_ID, "ACTIVE");

    static final String LISTENER = """
            {"description": "A great TLS listener", "admin_state_up": true, "project_id": "%s",
             "protocol": "HTTP", "protocol_port": 80, "provisioning_status": "ACTIVE",
             "default_tls_container_ref": null, "loadbalancers": [{"id": "%s"}],
             "insert_headers": {"X-Forwarded-Port": "true", "X-Forwarded-For": "true"},
             "created_at": "2017-02-28T00:42:44", "updated_at": "2017-02-28T00:44:30", "id": "%s",
             "operating_status": "ONLINE", "default_pool_id": "%s", "sni_container_refs": [],
             "l7policies": [{"id": "%s"}], "name": "great_listener", "connection_limit": 200,
             "timeout_client_data": 50000, "timeout_member_connect": 5000, "timeout_member_data": 50000,
             "timeout_tcp_inspect": 0, "tags": ["test_tag"], "client_authentication": "NONE",
             "allowed_cidrs": ["192.0.2.0/24", "198.51.100.0/24"], "tls_ciphers": null, "tls_versions": null,
             "alpn_protocols": null}"""
            .formatted(PROJECT, LB_ID, LISTENER_ID, POOL_ID, POLICY_ID);

    static final String POOL = """
            {"lb_algorithm": "ROUND_ROBIN", "protocol": "HTTP", "description": "Super Round Robin Pool",
             "admin_state_up": true, "loadbalancers": [{"id": "%s"}], "created_at": "2017-05-10T18:14:44",
             "provisioning_status": "ACTIVE", "updated_at": "2017-05-10T23:08:12",
             "session_persistence": {"cookie_name": "ChocolateChip", "type": "APP_COOKIE"},
             "listeners": [{"id": "%s"}], "members": [{"id": "%s"}], "healthmonitor_id": "%s",
             "project_id": "%s", "id": "%s", "operating_status": "ONLINE", "name": "super-pool",
             "tags": ["test_tag"], "tls_enabled": false}"""
            .formatted(LB_ID, LISTENER_ID, MEMBER_ID, MONITOR_ID, PROJECT, POOL_ID);

    /** @param id its id @param status its provisioning status @return a member, as the reference shows it */
    static String member(String id, String status) {
        return """
                {"monitor_port": 8080, "project_id": "%s", "name": "web-server-1", "weight": 20, "backup": false,
                 "admin_state_up": true, "subnet_id": "%s", "created_at": "2017-05-11T17:21:34",
                 "provisioning_status": "%s", "monitor_address": null, "updated_at": "2017-05-11T17:21:37",
                 "address": "192.0.2.16", "protocol_port": 80, "id": "%s", "operating_status": "NO_MONITOR",
                 "tags": ["test_tag"], "vnic_type": "normal"}"""
                .formatted(PROJECT, SUBNET_ID, status, id);
    }

    static final String MEMBER = member(MEMBER_ID, "ACTIVE");

    static final String MONITOR = """
            {"project_id": "%s", "name": "super-pool-health-monitor", "admin_state_up": true,
             "pools": [{"id": "%s"}], "created_at": "2017-05-11T23:53:47", "provisioning_status": "ACTIVE",
             "updated_at": "2017-05-11T23:53:47", "delay": 10, "expected_codes": "200", "max_retries": 1,
             "http_method": "GET", "timeout": 5, "max_retries_down": 3, "url_path": "/", "type": "HTTP",
             "id": "%s", "operating_status": "ONLINE", "tags": ["test_tag"], "http_version": 1.0,
             "domain_name": null}"""
            .formatted(PROJECT, POOL_ID, MONITOR_ID);

    static final String POLICY = """
            {"listener_id": "%s", "description": "Redirect requests to example.com", "admin_state_up": true,
             "rules": [{"id": "%s"}], "created_at": "2017-06-24T23:25:14", "provisioning_status": "ACTIVE",
             "updated_at": "2017-06-24T23:30:05", "redirect_http_code": 302, "redirect_pool_id": null,
             "redirect_prefix": null, "redirect_url": "http://www.example.com", "action": "REDIRECT_TO_URL",
             "position": 1, "project_id": "%s", "id": "%s", "operating_status": "ONLINE",
             "name": "redirect-example.com", "tags": ["test_tag"]}"""
            .formatted(LISTENER_ID, RULE_ID, PROJECT, POLICY_ID);

    static final String RULE = """
            {"created_at": "2017-06-27T15:52:27", "compare_type": "REGEX", "provisioning_status": "ACTIVE",
             "invert": false, "admin_state_up": true, "updated_at": "2017-06-27T15:52:28", "value": "/images*",
             "key": null, "project_id": "%s", "type": "PATH", "id": "%s", "operating_status": "ONLINE",
             "tags": ["test_tag"]}"""
            .formatted(PROJECT, RULE_ID);

    /** The reference's status tree: pools under the listener and the balancer, an L7 policy with a rule. */
    static final String STATUS = """
            {"statuses": {"loadbalancer": {"name": "excellent_load_balancer", "provisioning_status": "ACTIVE",
              "listeners": [
               {"name": "HTTP_listener", "provisioning_status": "ACTIVE", "pools": [
                 {"name": "HTTP_pool", "provisioning_status": "ACTIVE",
                  "healthmonitor": {"type": "HTTP", "id": "0b608787-ea2d-48c7-89a1-8b8c24fa3b17",
                   "name": "HTTP_healthmonitor", "provisioning_status": "ACTIVE"},
                  "members": [
                   {"name": "", "provisioning_status": "ACTIVE", "address": "192.0.2.20", "protocol_port": 80,
                    "id": "3c6857f4-057a-405a-9134-bdeaa8796c8a", "operating_status": "ERROR"},
                   {"name": "", "provisioning_status": "ACTIVE", "address": "192.0.2.21", "protocol_port": 80,
                    "id": "f7495909-1706-4c91-83b4-641dab6962ac", "operating_status": "ONLINE"}],
                  "id": "89a47f78-cf81-480b-ad74-bba4177eeb81", "operating_status": "DEGRADED"}],
                "l7policies": [], "id": "78febaf6-1e63-47c6-af5f-7b5e23fd7094", "operating_status": "DEGRADED"},
               {"name": "redirect_listener", "provisioning_status": "ACTIVE", "pools": [],
                "l7policies": [{"action": "REDIRECT_TO_URL", "rules": [{"type": "PATH",
                  "id": "27f3007a-a1cb-4e17-9696-0e578d617715", "provisioning_status": "ACTIVE"}],
                  "id": "2e8f3139-0673-43f9-aae4-c7a9460e3233", "name": "redirect_policy",
                  "provisioning_status": "ACTIVE"}],
                "id": "1341fbaf-ad4f-4cfe-a943-ad5e14e664cb", "operating_status": "ONLINE"}],
              "pools": [
               {"name": "HTTP_pool", "provisioning_status": "ACTIVE", "healthmonitor": {"type": "HTTP",
                 "id": "0b608787-ea2d-48c7-89a1-8b8c24fa3b17", "name": "HTTP_healthmonitor",
                 "provisioning_status": "ACTIVE"}, "members": [],
                "id": "89a47f78-cf81-480b-ad74-bba4177eeb81", "operating_status": "DEGRADED"},
               {"name": "source_ip_pool", "provisioning_status": "ACTIVE", "healthmonitor": {}, "members": [],
                "id": "8189d6a9-646e-4d23-b742-548dab991951", "operating_status": "ONLINE"}],
              "id": "84faceee-cb97-48d0-93df-9e41d40d4cb4", "operating_status": "DEGRADED"}}}""";

    /** @param key the collection @param items its objects @return a listing without a next link */
    static String listing(String key, String... items) {
        return "{\"" + key + "\": [" + String.join(",", items) + "], \"" + key + "_links\": []}";
    }

    /**
     * @param key the collection
     * @param next the href of the next page
     * @param items its objects
     * @return a listing page with a next link
     */
    static String page(String key, String next, String... items) {
        return "{\"" + key + "\": [" + String.join(",", items) + "], \"" + key + "_links\": [{\"href\": \"" + next
                + "\", \"rel\": \"next\"}]}";
    }

    /** @param key the field @param object the object @return {@code {key: object}} */
    static String wrapped(String key, String object) {
        return "{\"" + key + "\": " + object + "}";
    }
}
