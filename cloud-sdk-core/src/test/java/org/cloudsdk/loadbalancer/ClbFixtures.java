package org.cloudsdk.loadbalancer;

/**
 * Responses shaped like the Cloud Load Balancers API reference and the pyrax chapter's printed
 * objects: the chapter's {@code example_lb} with nodes 172949 (ENABLED) and 173161 (DISABLED) and
 * virtual IPs 1893 (IPv4) and 9070313 (IPv6).
 */
public final class ClbFixtures {

    /** The chapter's balancer's id. */
    public static final String LB_ID = "78273";

    /** The chapter's balancer, as "Show load balancer details" writes it. */
    public static final String EXAMPLE_LB = """
            {"loadBalancer": {
              "id": 78273, "name": "example_lb", "protocol": "HTTP", "port": 80, "algorithm": "RANDOM",
              "status": "ACTIVE", "timeout": 30, "halfClosed": "false",
              "virtualIps": [
                {"id": 1893, "address": "50.56.167.209", "type": "PUBLIC", "ipVersion": "IPV4"},
                {"id": 9070313, "address": "2001:4800:7901:0000:8ca7:b42c:0000:0001", "type": "PUBLIC", "ipVersion": "IPV6"}],
              "nodes": [
                {"id": 172949, "address": "10.177.1.1", "port": 80, "condition": "ENABLED", "status": "ONLINE",
                 "weight": 1, "type": "PRIMARY"},
                {"id": 173161, "address": "10.177.1.2", "port": 80, "condition": "DISABLED", "status": "ONLINE",
                 "weight": 1, "type": "PRIMARY"}],
              "sessionPersistence": {"persistenceType": "HTTP_COOKIE"},
              "cluster": {"name": "ztm-n05.dfw1.lbaas.rackspace.net"},
              "created": {"time": "2012-11-12T18:47:14Z"},
              "updated": {"time": "2012-11-16T20:43:10Z"},
              "sourceAddresses": {"ipv6Public": "2001:4801:79f1:1::3/64", "ipv4Servicenet": "10.183.252.25",
                                  "ipv4Public": "10.12.99.28"},
              "httpsRedirect": false,
              "connectionLogging": {"enabled": false},
              "contentCaching": {"enabled": false}}}
            """;

    private ClbFixtures() {
    }

    /** @return a balancer document with this id and status (what the status reads see) */
    public static String balancer(String id, String status) {
        return """
                {"loadBalancer": {"id": %s, "name": "lb-%s", "protocol": "HTTP", "port": 80, "algorithm": "RANDOM",
                 "status": "%s", "timeout": 30, "nodes": [], "virtualIps": [],
                 "created": {"time": "2012-11-12T18:47:14Z"}, "updated": {"time": "2012-11-16T20:43:10Z"}}}
                """.formatted(id, id, status);
    }

    /** @return a listing's entry: no nodes, a node count */
    public static String listed(String id, String name) {
        return """
                {"name": "%s", "id": %s, "protocol": "HTTP", "port": 80, "algorithm": "RANDOM", "status": "ACTIVE",
                 "nodeCount": 3, "timeout": 30,
                 "virtualIps": [{"id": 403, "address": "206.55.130.1", "type": "PUBLIC", "ipVersion": "IPV4"}],
                 "created": {"time": "2010-11-30T03:23:42Z"}, "updated": {"time": "2010-11-30T03:23:44Z"}}
                """.formatted(name, id);
    }
}
