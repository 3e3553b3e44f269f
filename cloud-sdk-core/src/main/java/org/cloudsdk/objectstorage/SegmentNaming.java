package org.cloudsdk.objectstorage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.springframework.web.util.UriUtils;

/**
 * Where the segments of a large object go, following the {@code swift} CLI's convention so either
 * tool recognises the other's segments: container {@code <container>_segments}, names
 * {@code <object>/<slo|dlo>/<upload time>/<total size>/<segment size>/<index as 8 digits>}, such
 * as {@code video.mp4/slo/1700000000.123456/1073741824/104857600/00000003}.
 *
 * <p>The upload time (not the file's mtime) is in the prefix so that each upload writes new
 * segment names: a manifest being replaced keeps its old segments intact until the new manifest
 * is in place, and the old ones can then be deleted without touching the new.
 *
 * @param segmentContainer the container of the segments
 * @param prefix the common prefix of the segment names, ending with {@code /}
 */
record SegmentNaming(String segmentContainer, String prefix) {

    /** The suffix of the segment container's name. */
    static final String CONTAINER_SUFFIX = "_segments";

    /**
     * @param container the container of the large object
     * @param object the large object's name
     * @param type static or dynamic
     * @param uploadStarted when this upload started
     * @param plan the segments
     * @return the naming
     */
    static SegmentNaming of(String container, String object, LargeObjectType type, Instant uploadStarted,
            SegmentPlan plan) {
        String kind = type == LargeObjectType.STATIC ? "slo" : "dlo";
        return new SegmentNaming(container + CONTAINER_SUFFIX, object + "/" + kind + "/"
                + ObjectMetadataKeys.mtimeValue(uploadStarted) + "/" + plan.totalSize() + "/" + plan.segmentSize()
                + "/");
    }

    /** @param index a segment, 0-based @return its object name in the segment container */
    String segmentName(int index) {
        return prefix + String.format(Locale.ROOT, "%08d", index);
    }

    /** @param index a segment @return its path as an SLO manifest names it: {@code container/object} */
    String manifestPath(int index) {
        return segmentContainer + "/" + segmentName(index);
    }

    /**
     * @return the {@code X-Object-Manifest} value of a DLO: {@code container/prefix}, each part
     *     percent-encoded (Swift decodes the header; encoding keeps non-ASCII names and the
     *     {@code ?} and {@code &} Swift refuses out of it)
     */
    String dloManifestValue() {
        return UriUtils.encode(segmentContainer, StandardCharsets.UTF_8) + "/"
                + UriUtils.encode(prefix, StandardCharsets.UTF_8);
    }
}
