package org.cloudsdk.objectstorage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.http.Json;
import org.cloudsdk.util.Checksums;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The manifest of a Static Large Object: its segments in order, as written with
 * {@code PUT ?multipart-manifest=put}.
 *
 * @param segments the segments, in content order
 */
record SloManifest(List<Segment> segments) {

    /** Copies the list. */
    SloManifest {
        segments = List.copyOf(segments);
    }

    /**
     * One segment.
     *
     * @param path {@code container/object} of the segment
     * @param etag its MD5, as Swift returned it when it was stored
     * @param sizeBytes its length
     */
    record Segment(String path, String etag, long sizeBytes) {
    }

    /** @return the JSON body: {@code [{"path": ..., "etag": ..., "size_bytes": ...}, ...]} */
    String json() {
        ArrayNode array = Json.array();
        for (Segment segment : segments) {
            array.addObject().put("path", segment.path()).put("etag", segment.etag())
                    .put("size_bytes", segment.sizeBytes());
        }
        return Json.write(array);
    }

    /**
     * @return the ETag Swift gives the large object: the MD5 of its segments' ETags (hex, as
     *     strings) one after the other; not the MD5 of the content
     */
    String expectedEtag() {
        StringBuilder etags = new StringBuilder(segments.size() * 32);
        segments.forEach(segment -> etags.append(segment.etag()));
        return Checksums.md5(etags.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the total length of the content */
    long totalBytes() {
        return segments.stream().mapToLong(Segment::sizeBytes).sum();
    }

    /**
     * @param stored the manifest as {@code GET ?multipart-manifest=get} returns it
     *     ({@code [{"name": "/container/object", "hash": ..., "bytes": ...}, ...]})
     * @return the manifest; paths without the leading slash
     */
    static SloManifest parseStored(JsonNode stored) {
        List<Segment> segments = new ArrayList<>();
        for (JsonNode entry : stored) {
            String name = entry.path("name").asString();
            segments.add(new Segment(name.startsWith("/") ? name.substring(1) : name, entry.path("hash").asString(),
                    entry.path("bytes").asLong()));
        }
        return new SloManifest(segments);
    }
}
