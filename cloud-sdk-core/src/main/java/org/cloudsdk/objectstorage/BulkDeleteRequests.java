package org.cloudsdk.objectstorage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;

/**
 * The wire format of Swift's bulk-delete middleware ({@code POST /?bulk-delete}): a text body with
 * one URL-encoded {@code container/object} path per line, and a JSON report.
 */
final class BulkDeleteRequests {

    private BulkDeleteRequests() {
    }

    /**
     * @param names object names, validated
     * @param batchSize the most names per request
     * @return the names split into batches of at most {@code batchSize}, in order
     */
    static List<List<String>> batches(List<String> names, int batchSize) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < names.size(); from += batchSize) {
            batches.add(names.subList(from, Math.min(names.size(), from + batchSize)));
        }
        return batches;
    }

    /**
     * @param container the container
     * @param names the objects
     * @return the body: one {@code container/object} per line, each name percent-encoded as UTF-8
     *     (so a {@code /} inside an object name, or a newline, cannot change the path)
     */
    static String body(String container, List<String> names) {
        String encodedContainer = UriUtils.encode(container, StandardCharsets.UTF_8);
        StringBuilder body = new StringBuilder(names.size() * 32);
        for (String name : names) {
            body.append(encodedContainer).append('/').append(UriUtils.encode(name, StandardCharsets.UTF_8))
                    .append('\n');
        }
        return body.toString();
    }

    /**
     * @param report Swift's JSON report
     * @return the result
     */
    static BulkDeleteResult parse(JsonNode report) {
        List<BulkDeleteResult.Failure> errors = new ArrayList<>();
        for (JsonNode error : report.path("Errors")) {
            errors.add(new BulkDeleteResult.Failure(error.path(0).asString(), error.path(1).asString()));
        }
        return new BulkDeleteResult(report.path("Number Deleted").asLong(), report.path("Number Not Found").asLong(),
                report.path("Response Status").asString(), errors);
    }
}
