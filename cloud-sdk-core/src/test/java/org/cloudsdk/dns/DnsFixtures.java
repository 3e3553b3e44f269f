package org.cloudsdk.dns;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Cloud DNS bodies shaped like the chapter's printed objects and the v1.0 API reference. */
final class DnsFixtures {

    static final String DOMAIN_ID = "3534921";
    static final String CALLBACK_HOST = "https://dns.api.rackspacecloud.com";

    private DnsFixtures() {
    }

    /** The chapter's created domain. */
    static final String EXAMPLE_EDU = """
            {"accountId": 0, "comment": "Primary domain for this documentation.",
             "created": "2012-12-06T20:45:10.000+0000", "emailAddress": "sample@example.edu", "id": 3534921,
             "name": "example.edu", "nameservers": [{"name": "dns1.stabletransit.com"}, {"name": "dns2.stabletransit.com"}],
             "ttl": 600, "updated": "2012-12-06T20:45:10.000+0000"}""";

    /**
     * @param jobId the job's id
     * @param status RUNNING, COMPLETED, ERROR...
     * @param response the job's response, or null
     * @return a job as the status call describes it with details
     */
    static String job(String jobId, String status, String response) {
        return """
                {"status": "%s", "verb": "POST", "jobId": "%s",
                 "callbackUrl": "%s/v1.0/000000/status/%s",
                 "requestUrl": "%s/v1.0/000000/domains"%s}""".formatted(status, jobId, CALLBACK_HOST, jobId,
                CALLBACK_HOST, response == null ? "" : ", \"response\": " + response);
    }

    /**
     * @param jobId the job's id
     * @param error the job's {@code error} object
     * @return a job that ended in ERROR
     */
    static String failedJob(String jobId, String error) {
        return """
                {"status": "ERROR", "verb": "POST", "jobId": "%s", "callbackUrl": "%s/v1.0/000000/status/%s",
                 "requestUrl": "%s/v1.0/000000/domains", "error": %s}""".formatted(jobId, CALLBACK_HOST, jobId,
                CALLBACK_HOST, error);
    }

    /** @return a listed domain */
    static String domain(int id, String name) {
        return """
                {"name": "%s", "id": %d, "accountId": 0, "emailAddress": "sample@example.edu",
                 "updated": "2012-12-06T20:45:10.000+0000", "created": "2012-12-06T20:45:10.000+0000"}"""
                .formatted(name, id);
    }

    /** @return a record */
    static String record(String id, String type, String name, String data, int ttl) {
        return """
                {"name": "%s", "id": "%s", "type": "%s", "data": "%s", "ttl": %d,
                 "created": "2012-12-10T21:25:45.000+0000", "updated": "2012-12-10T21:25:45.000+0000"}"""
                .formatted(name, id, type, data, ttl);
    }

    /**
     * @param from first domain number, 1-based
     * @param to last domain number
     * @param total totalEntries
     * @param links the page's links array
     * @return a page of domains named example001.edu ...
     */
    static String domainPage(int from, int to, int total, String links) {
        String domains = IntStream.rangeClosed(from, to).mapToObj(n -> domain(1000 + n, "example%03d.edu".formatted(n)))
                .collect(Collectors.joining(","));
        return "{\"domains\": [" + domains + "], \"totalEntries\": " + total + ", \"links\": " + links + "}";
    }
}
