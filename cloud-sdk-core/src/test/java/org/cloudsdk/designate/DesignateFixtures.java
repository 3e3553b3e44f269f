package org.cloudsdk.designate;

/**
 * Designate's answers, shaped like the API reference's examples (values of this project's own).
 * {@code %s} stands for the base URL of links.
 */
final class DesignateFixtures {

    static final String ZONE_ID = "a86dba58-0043-4cc6-a1bb-69d5e86f3ca3";
    static final String ZONE_ID_2 = "45fd892d-7a67-4f65-9df0-87273f228d6c";
    static final String RECORDSET_ID = "f7b10e9b-0cae-4a91-b162-562bc6096648";
    static final String RECORDSET_ID_2 = "2b6b5d1a-0d71-4c22-9e1c-3b0c8e0f6a11";
    static final String PROJECT_ID = "4335d1f0f79311e2b7780800200c9a66";
    static final String IMPORT_ID = "074e805e-fe87-4cbb-b10b-21a06e215d41";
    static final String EXPORT_ID = "8ec17fe1-d1f9-41b4-aa98-4eeb4c27b720";
    static final String TRANSFER_ID = "f2ad17b5-807a-423f-a991-e06236c247be";
    static final String ACCEPT_ID = "fe8c30f5-42f6-4af1-8cbf-e31a810d8c33";
    static final String FIP_ID = "c5742ac0-d0f3-4304-a039-9423f727eb96";

    private DesignateFixtures() {
    }

    /**
     * @param id the zone's id
     * @param name its name
     * @param status its status
     * @param action its action
     * @return a zone document
     */
    static String zone(String id, String name, String status, String action) {
        return """
                {"id": "%s", "pool_id": "794ccc2c-d751-44fe-b57f-8894c9f5c842", "project_id": "%s",
                 "name": "%s", "email": "hostmaster@example.org", "ttl": 7200, "serial": 1404757531,
                 "status": "%s", "action": "%s", "description": "The example zone", "masters": [],
                 "type": "PRIMARY", "transferred_at": null, "version": 1,
                 "created_at": "2024-07-07T18:25:31.275934", "updated_at": null,
                 "attributes": {"tier": "gold"}, "shared": false,
                 "links": {"self": "http://127.0.0.1:9001/v2/zones/%s"}}""".formatted(id, PROJECT_ID, name, status,
                action, id);
    }

    /** @return the example zone, ACTIVE */
    static String zone() {
        return zone(ZONE_ID, "example.org.", "ACTIVE", "NONE");
    }

    /**
     * @param id the record set's id
     * @param name its name
     * @param type its type
     * @param records its records, as JSON strings joined by commas
     * @param status its status
     * @param action its action
     * @return a record set document
     */
    static String recordSet(String id, String name, String type, String records, String status, String action) {
        return """
                {"id": "%s", "zone_id": "%s", "zone_name": "example.org.", "project_id": "%s",
                 "name": "%s", "type": "%s", "ttl": 3600, "records": [%s],
                 "description": "An example record set", "status": "%s", "action": "%s", "version": 1,
                 "created_at": "2024-10-24T19:59:44.000000", "updated_at": null,
                 "links": {"self": "http://127.0.0.1:9001/v2/zones/%s/recordsets/%s"}}""".formatted(id, ZONE_ID,
                PROJECT_ID, name, type, records, status, action, ZONE_ID, id);
    }

    /** @return the www A record set, ACTIVE */
    static String recordSet() {
        return recordSet(RECORDSET_ID, "www.example.org.", "A", "\"192.0.2.10\"", "ACTIVE", "NONE");
    }

    /**
     * @param id the task's id
     * @param status its status
     * @param zoneId the zone, or null
     * @param kind {@code imports} or {@code exports}
     * @return an import or export task document
     */
    static String task(String id, String status, String zoneId, String kind) {
        String zone = zoneId == null ? "null" : "\"" + zoneId + "\"";
        String location = "exports".equals(kind) && "COMPLETE".equals(status)
                ? "\"designate://v2/zones/tasks/exports/" + id + "/export\"" : "null";
        return """
                {"id": "%s", "status": "%s", "zone_id": %s, "message": %s, "location": %s,
                 "project_id": "%s", "version": 1, "created_at": "2024-05-08T15:43:42.000000", "updated_at": null,
                 "links": {"self": "http://127.0.0.1:9001/v2/zones/tasks/%s/%s"}}""".formatted(id, status, zone,
                "ERROR".equals(status) ? "\"An SOA record is required.\"" : "null", location, PROJECT_ID, kind, id);
    }

    static final String ZONE_FILE = """
            $ORIGIN example.org.
            $TTL 3600
            @ IN SOA ns1.example.org. hostmaster.example.org. 2024050801 3600 1800 604800 86400
            @ IN NS ns1.example.org.
            @ IN A 192.0.2.1
            ns1 IN A 192.0.2.2
            """;

    static final String TRANSFER_REQUEST = """
            {"id": "%s", "zone_id": "%s", "zone_name": "example.org.", "key": "9Z2R50Y0",
             "project_id": "%s", "target_project_id": "123456", "status": "ACTIVE",
             "description": "to the ops team", "created_at": "2024-07-17T20:34:40.882579", "updated_at": null,
             "links": {"self": "http://127.0.0.1:9001/v2/zones/tasks/transfer_requests/%s"}}"""
            .formatted(TRANSFER_ID, ZONE_ID, PROJECT_ID, TRANSFER_ID);

    static final String TRANSFER_ACCEPT = """
            {"id": "%s", "status": "COMPLETE", "zone_id": "%s", "key": "9Z2R50Y0", "project_id": "123456",
             "zone_transfer_request_id": "%s", "created_at": "2024-06-22 06:13:55", "updated_at": "null",
             "links": {"self": "http://127.0.0.1:9001/v2/zones/tasks/transfer_accepts/%s",
                       "zone": "http://127.0.0.1:9001/v2/zones/%s"}}"""
            .formatted(ACCEPT_ID, ZONE_ID, TRANSFER_ID, ACCEPT_ID, ZONE_ID);

    static final String FLOATING_IP_PTR = """
            {"id": "RegionOne:%s", "address": "172.24.4.10", "ptrdname": "smtp.example.org.",
             "description": "mail relay", "ttl": 600, "status": "PENDING", "action": "CREATE",
             "links": {"self": "http://127.0.0.1:9001/v2/reverse/floatingips/RegionOne:%s"}}"""
            .formatted(FIP_ID, FIP_ID);
}
