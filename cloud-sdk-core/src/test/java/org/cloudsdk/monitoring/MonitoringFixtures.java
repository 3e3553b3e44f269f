package org.cloudsdk.monitoring;

/**
 * Cloud Monitoring answers shaped like the API v1.0 reference's examples and the seed's printed
 * objects (the entity "sample_entity", the remote.http check "sample_check" polled from mzdfw,
 * mzlon and mzsyd, the six monitoring zones, the three notification types, the changelog and the
 * overview of the chapter).
 */
public final class MonitoringFixtures {

    public static final String ENTITY_ID = "enAAAAA";
    public static final String CHECK_ID = "chAAAA";
    public static final String ALARM_ID = "alAAAA";
    public static final String PLAN_ID = "npAAAA";
    public static final String EMAIL_ID = "ntAAAA";
    public static final String WEBHOOK_ID = "ntBBBB";

    public static final String ENTITY = """
            {"id": "enAAAAA", "label": "sample_entity",
             "ip_addresses": {"example": "192.0.2.34"},
             "metadata": {"description": "Just a test entity"},
             "agent_id": null, "managed": false, "uri": null,
             "created_at": 1326394448414, "updated_at": 1326394448414}
            """;

    public static final String CHECK = """
            {"id": "chAAAA", "label": "sample_check", "type": "remote.http",
             "details": {"url": "http://example.com/some_page", "method": "GET",
                         "follow_redirects": true, "include_body": false},
             "monitoring_zones_poll": ["mzdfw", "mzlon", "mzsyd"],
             "timeout": 20, "period": 900,
             "target_alias": null, "target_hostname": "example.com", "target_resolver": "",
             "disabled": false, "metadata": null,
             "created_at": 1326394448414, "updated_at": 1326394448414}
            """;

    public static final String HTTP_CHECK_TYPE = """
            {"id": "remote.http", "type": "remote", "category": "remote",
             "fields": [
               {"name": "url", "description": "Target URL", "optional": false},
               {"name": "body", "description": "Body match regular expression (body is limited to 100k)", "optional": true},
               {"name": "headers", "description": "Arbitrary headers which are sent with the request.", "optional": true},
               {"name": "body_matches", "description": "Body match regular expressions (body is limited to 100k, matches are truncated to 80 characters)", "optional": true},
               {"name": "method", "description": "HTTP method (default: GET)", "optional": true},
               {"name": "auth_user", "description": "Optional auth user", "optional": true},
               {"name": "auth_password", "description": "Optional auth password", "optional": true},
               {"name": "follow_redirects", "description": "Follow redirects (default: true)", "optional": true},
               {"name": "payload", "description": "Specify a request body (limited to 1024 characters). If following a redirect, payload will only be sent to first location", "optional": true}]}
            """;

    public static final String PING_CHECK_TYPE = """
            {"id": "remote.ping", "type": "remote", "category": "remote",
             "fields": [{"name": "count", "description": "Number of pings to send (default: 5)", "optional": true}]}
            """;

    public static final String ZONES = """
            {"country_code": "US", "id": "mzdfw", "label": "Dallas Fort Worth (DFW)", "source_ips": ["2001:4800:7902:0001::/64", "50.56.142.128/26"]},
            {"country_code": "HK", "id": "mzhkg", "label": "Hong Kong (HKG)", "source_ips": ["180.150.149.64/26", "2401:1800:7902:1:0:0:0:0/64"]},
            {"country_code": "US", "id": "mziad", "label": "Washington Dulles (IAD)", "source_ips": ["2001:4802:7902:0001::/64", "69.20.52.192/26"]},
            {"country_code": "GB", "id": "mzlon", "label": "London (LON)", "source_ips": ["2a00:1a48:7902:0001::/64", "78.136.44.0/26"]},
            {"country_code": "US", "id": "mzord", "label": "Chicago (ORD)", "source_ips": ["2001:4801:7902:0001::/64", "50.57.61.0/26"]},
            {"country_code": "AU", "id": "mzsyd", "label": "Sydney (SYD)", "source_ips": ["119.9.5.0/26", "2401:1801:7902:1::/64"]}
            """;

    public static final String NOTIFICATION_TYPES = """
            {"fields": [{"optional": false, "name": "url", "description": "An HTTP or HTTPS URL to POST to"}], "id": "webhook"},
            {"fields": [{"optional": false, "name": "address", "description": "Email address to send notifications to"}], "id": "email"},
            {"fields": [{"optional": false, "name": "service_key", "description": "The PagerDuty service key to use."}], "id": "pagerduty"}
            """;

    public static final String EMAIL = """
            {"id": "ntAAAA", "label": "my_email_notification", "type": "email",
             "details": {"address": "me@example.com"}, "metadata": null}
            """;

    public static final String WEBHOOK = """
            {"id": "ntBBBB", "label": "ok_hook", "type": "webhook",
             "details": {"url": "https://systems.example.org/alert"}, "metadata": null}
            """;

    public static final String PLAN = """
            {"id": "npAAAA", "label": "default",
             "critical_state": ["ntAAAA"], "warning_state": ["ntAAAA"], "ok_state": ["ntBBBB"],
             "metadata": null}
            """;

    public static final String CRITERIA =
            "if (rate(metric['average']) > 10) { return new AlarmStatus(WARNING); } return new AlarmStatus(OK);";

    public static final String ALARM = """
            {"id": "alAAAA", "check_id": "chAAAA", "entity_id": "enAAAAA", "notification_plan_id": "npAAAA",
             "criteria": "if (rate(metric['average']) > 10) { return new AlarmStatus(WARNING); } return new AlarmStatus(OK);",
             "disabled": false, "label": "average too high", "metadata": null}
            """;

    public static final String METRICS = """
            {"name": "mzdfw.available", "unit": "percent", "type": "D"},
            {"name": "mzdfw.average", "unit": "seconds", "type": "D"}
            """;

    public static final String DATA_POINTS = """
            {"values": [{"numPoints": 1141, "average": 4.1, "timestamp": 1335744000000},
                        {"numPoints": 2880, "average": 6.05, "max": 9.5, "timestamp": 1335830400000}],
             "metadata": {"count": 2, "limit": null, "marker": null, "next_marker": null, "next_href": null}}
            """;

    public static final String CHECK_RESULT = """
            {"timestamp": 1319222001982, "monitoring_zone_id": "mzdfw", "available": true,
             "status": "code=200,rt=0.257s,bytes=0",
             "metrics": {"bytes": {"type": "i", "data": "0"}, "tt_firstbyte": {"type": "I", "data": "257"},
                         "tt_connect": {"type": "I", "data": "128"}, "code": {"type": "s", "data": "200"},
                         "duration": {"type": "I", "data": "257"}}}
            """;

    public static final String ALARM_RESULTS = """
            [{"timestamp": 1319224500831, "state": "OK", "status": "Matched default return statement"}]
            """;

    public static final String CHANGELOG = """
            {"id": "4c5e28f0-0b3f-11e1-860d-c55c4705a286", "timestamp": 1320890228991,
             "entity_id": "enPhid7noo", "alarm_id": "alahf9vuNa", "check_id": "chIe7vohba",
             "state": "WARNING", "analyzed_by_monitoring_zone_id": "DFW"}
            """;

    public static final String OVERVIEW_ENTRIES = """
            {"alarms": [{"check_id": "chFour", "criteria": "if (metric[\\"size\\"] >= 200) { return new AlarmStatus(CRITICAL); }",
                         "id": "alThree", "notification_plan_id": "npOne"}],
             "checks": [{"details": {"method": "GET", "url": "http://www.foo.com"}, "disabled": false, "id": "chFour",
                         "label": "ch a", "monitoring_zones_poll": ["mzA"], "period": 150, "target_alias": "default",
                         "target_hostname": "", "target_resolver": "", "timeout": 60, "type": "remote.http"}],
             "entity": {"id": "enBBBBIPV4", "ip_addresses": {"default": "127.0.0.1"}, "label": "entity b v4", "metadata": null},
             "latest_alarm_states": [{"alarm_id": "alThree", "analyzed_by_monitoring_zone_id": null, "check_id": "chFour",
                                      "entity_id": "enBBBBIPV4", "previous_state": "WARNING", "state": "OK",
                                      "status": "everything is ok", "timestamp": 1321898988}]},
            {"alarms": [], "checks": [],
             "entity": {"id": "enCCCCIPV4", "ip_addresses": {"default": "127.0.0.1"}, "label": "entity c v4", "metadata": null},
             "latest_alarm_states": []}
            """;

    /**
     * @param values the items, JSON objects separated by commas
     * @param nextMarker the id of the first item of the next page, or null on the last page
     * @return a page of a Cloud Monitoring listing
     */
    public static String page(String values, String nextMarker) {
        String next = nextMarker == null ? "null" : "\"" + nextMarker + "\"";
        String href = nextMarker == null ? "null"
                : "\"https://monitoring.api.rackspacecloud.com/v1.0/010101/entities?marker=" + nextMarker + "\"";
        return "{\"values\": [" + values + "], \"metadata\": {\"count\": 1, \"limit\": 100, \"marker\": null,"
                + " \"next_marker\": " + next + ", \"next_href\": " + href + "}}";
    }

    /** @param values the items @return the only page of a listing */
    public static String page(String values) {
        return page(values, null);
    }

    private MonitoringFixtures() {
    }
}
