package org.cloudsdk.autoscale;

/**
 * Auto Scale answers shaped like the API v1.0 reference's examples and the seed's printed
 * objects (the group "FirstTest", the launch configuration with load balancer 175295).
 */
public final class AutoScaleFixtures {

    public static final String GROUP_ID = "2747cd20-39cb-443d-9217-53107775ba37";
    public static final String SECOND_GROUP_ID = "76ee2de8-4df2-4664-b55c-60d0edd5dff8";
    public static final String POLICY_ID = "5f26e16c-5fa7-4a05-8a0e-1f5bb8e1a6a9";
    public static final String WEBHOOK_ID = "152054a3-e0ab-445b-941d-9f8e360c9eed";
    public static final String IMAGE_ID = "7789e8ca-b9df-495f-b47d-736a5f7b885a";
    public static final String CAPABILITY_URL = "https://dfw.autoscale.api.rackspacecloud.com/v1.0/execute/1/"
            + "0077882e9d2a8e2d7a21e7b8bd6dee3e1c11a1bbbe3c3a0a7e2c91d43e1cbc1f/";
    public static final String SERVER_A = "21d0bce0-c7b9-46f8-80a2-9575bef8b83a";
    public static final String SERVER_B = "3e2c9eac-d7c2-4999-9a17-a6a7ca5d10e7";

    public static final String BASE = "https://dfw.autoscale.api.rackspacecloud.com/v1.0/010101";

    public static String groupLinks(String id) {
        return "[{\"href\": \"" + BASE + "/groups/" + id + "/\", \"rel\": \"self\"}]";
    }

    public static String listedGroup(String id, String name, int active, boolean paused) {
        return """
                {"id": "%s", "links": %s,
                 "state": {"active": [], "activeCapacity": %d, "desiredCapacity": %d, "name": "%s",
                           "paused": %s, "pendingCapacity": 0, "status": "ACTIVE"}}
                """.formatted(id, groupLinks(id), active, active, name, paused);
    }

    public static final String LAUNCH_CONFIGURATION = """
            {"type": "launch_server",
             "args": {"server": {"flavorRef": "performance1-2", "name": "rrr",
                                 "imageRef": "7789e8ca-b9df-495f-b47d-736a5f7b885a",
                                 "OS-DCF:diskConfig": "AUTO",
                                 "metadata": {"somekey": "somevalue"},
                                 "personality": [],
                                 "networks": [{"uuid": "11111111-1111-1111-1111-111111111111"}]},
                      "loadBalancers": [{"loadBalancerId": 175295, "port": 80}]}}
            """;

    public static final String POLICY = """
            {"id": "%s", "links": [{"href": "%s/groups/%s/policies/%s/", "rel": "self"}],
             "name": "scale up by one", "change": 1, "cooldown": 150, "type": "webhook"}
            """.formatted(POLICY_ID, BASE, GROUP_ID, POLICY_ID);

    public static final String GROUP_CONFIGURATION = """
            {"name": "FirstTest", "cooldown": 120, "minEntities": 1, "maxEntities": 4,
             "metadata": {"owner": "webteam"}}
            """;

    public static final String GROUP = """
            {"group": {"id": "%s", "links": %s,
                       "groupConfiguration": %s,
                       "launchConfiguration": %s,
                       "scalingPolicies": [%s],
                       "state": {"active": [{"id": "%s", "links": []}, {"id": "%s", "links": []}],
                                 "activeCapacity": 2, "desiredCapacity": 2, "name": "FirstTest",
                                 "paused": false, "pendingCapacity": 0, "status": "ACTIVE"}}}
            """.formatted(GROUP_ID, groupLinks(GROUP_ID), GROUP_CONFIGURATION, LAUNCH_CONFIGURATION, POLICY,
            SERVER_A, SERVER_B);

    public static final String STATE = """
            {"group": {"id": "%s", "links": %s, "name": "FirstTest",
                       "active": [{"id": "%s", "links": [{"href": "https://dfw.servers.api.rackspacecloud.com/v2/010101/servers/%s", "rel": "self"}]},
                                  {"id": "%s", "links": [{"href": "https://dfw.servers.api.rackspacecloud.com/v2/010101/servers/%s", "rel": "self"}]}],
                       "activeCapacity": 2, "desiredCapacity": 3, "pendingCapacity": 1, "paused": false,
                       "status": "ACTIVE"}}
            """.formatted(GROUP_ID, groupLinks(GROUP_ID), SERVER_A, SERVER_A, SERVER_B, SERVER_B);

    public static final String WEBHOOK = """
            {"id": "%s", "name": "alice",
             "metadata": {"notes": "this is for Alice"},
             "links": [{"href": "%s/groups/%s/policies/%s/webhooks/%s/", "rel": "self"},
                       {"href": "%s", "rel": "capability"}]}
            """.formatted(WEBHOOK_ID, BASE, GROUP_ID, POLICY_ID, WEBHOOK_ID, CAPABILITY_URL);

    public static final String NOT_EMPTY = """
            {"error": {"code": 403, "type": "GroupNotEmptyError", "details": "",
                       "message": "Group %s for tenant 010101 still has entities."}}
            """.formatted(GROUP_ID);

    private AutoScaleFixtures() {
    }
}
