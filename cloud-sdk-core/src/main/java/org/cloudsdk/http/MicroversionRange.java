package org.cloudsdk.http;

import java.util.Objects;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The microversions one side supports, both ends included: what a server publishes in its version
 * document, or what an SDK client was written for.
 *
 * @param min the oldest
 * @param max the newest
 */
public record MicroversionRange(Microversion min, Microversion max) {

    /**
     * @param min the oldest
     * @param max the newest, not before {@code min}
     */
    public MicroversionRange {
        Objects.requireNonNull(min, "min must not be null");
        Objects.requireNonNull(max, "max must not be null");
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("a microversion range must not end (" + max + ") before it starts ("
                    + min + ")");
        }
    }

    /**
     * @param min the oldest, such as {@code 2.1}
     * @param max the newest, such as {@code 2.95}
     * @return the range
     */
    public static MicroversionRange of(String min, String max) {
        return new MicroversionRange(Microversion.parse(min), Microversion.parse(max));
    }

    /**
     * @param version a microversion
     * @return whether this range includes it
     */
    public boolean contains(Microversion version) {
        return version.compareTo(min) >= 0 && version.compareTo(max) <= 0;
    }

    /**
     * Reads the range an API publishes at its root: {@code {"version": {...}}} (Nova at
     * {@code /v2.1}) or {@code {"versions": [...]}} (Cinder, Placement, Nova's root), whose entry
     * gives {@code min_version} and {@code version} or {@code max_version}. Of several entries, the
     * one whose status is {@code CURRENT} counts.
     *
     * @param document the version document
     * @return the range, or null when the API publishes no microversions (empty or missing fields)
     * @throws CloudException when the document has neither form
     */
    public static @Nullable MicroversionRange fromVersionDocument(JsonNode document) {
        JsonNode entry = document.path("version");
        if (entry.isMissingNode()) {
            JsonNode versions = document.path("versions");
            if (!versions.isArray() || versions.isEmpty()) {
                throw new CloudException("not a version document: it has neither 'version' nor 'versions'");
            }
            entry = versions.get(0);
            for (JsonNode candidate : versions) {
                if ("CURRENT".equalsIgnoreCase(candidate.path("status").asString())) {
                    entry = candidate;
                }
            }
        }
        String min = entry.path("min_version").asString("");
        String max = entry.path("version").asString("");
        if (max.isEmpty()) {
            max = entry.path("max_version").asString("");
        }
        if (min.isEmpty() || max.isEmpty()) {
            return null;
        }
        return of(min, max);
    }

    /** @return {@code MIN-MAX} */
    @Override
    public String toString() {
        return min + "-" + max;
    }
}
