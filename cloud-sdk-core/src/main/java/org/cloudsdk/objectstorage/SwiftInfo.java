package org.cloudsdk.objectstorage;

import tools.jackson.databind.JsonNode;

/**
 * What the cluster's {@code /info} says about the limits this SDK plans around, or Swift's
 * defaults when {@code /info} is unavailable (disabled, or a proxy that hides it).
 *
 * @param maxFileSize the largest single object ({@code swift.max_file_size})
 * @param maxManifestSegments the most segments one SLO manifest may list
 *     ({@code slo.max_manifest_segments})
 * @param minSegmentSize the smallest SLO segment but the last ({@code slo.min_segment_size})
 * @param sha256TempUrls whether temp URLs may be signed with HMAC-SHA256
 *     ({@code tempurl.allowed_digests})
 */
record SwiftInfo(long maxFileSize, int maxManifestSegments, long minSegmentSize, boolean sha256TempUrls) {

    /** Swift's defaults, used when {@code /info} cannot be read. */
    static final SwiftInfo DEFAULTS = new SwiftInfo(5L * 1024 * 1024 * 1024 + 2, 1000, 1024 * 1024, false);

    /**
     * @param info the {@code /info} document
     * @return the limits it gives, Swift's defaults for those it does not
     */
    static SwiftInfo parse(JsonNode info) {
        boolean sha256 = false;
        for (JsonNode digest : info.path("tempurl").path("allowed_digests")) {
            sha256 |= "sha256".equals(digest.asString());
        }
        JsonNode slo = info.path("slo");
        return new SwiftInfo(info.path("swift").path("max_file_size").asLong(DEFAULTS.maxFileSize),
                slo.path("max_manifest_segments").asInt(DEFAULTS.maxManifestSegments),
                slo.path("min_segment_size").asLong(DEFAULTS.minSegmentSize), sha256);
    }
}
