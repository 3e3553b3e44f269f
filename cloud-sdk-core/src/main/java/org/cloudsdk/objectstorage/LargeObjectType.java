package org.cloudsdk.objectstorage;

/**
 * How content above {@link ObjectStorageSettings#segmentThreshold()} is stored: as segments in
 * {@code <container>_segments} joined by a manifest object.
 */
public enum LargeObjectType {

    /**
     * A Static Large Object: the manifest lists every segment with its ETag and size, Swift checks
     * them when the manifest is written, and the object's content can never change underneath it.
     * The default.
     */
    STATIC,

    /**
     * A Dynamic Large Object: a zero-byte manifest whose {@code X-Object-Manifest} names a prefix;
     * the content is whatever segments are under the prefix when it is read (eventually consistent
     * listings included). For clusters without the SLO middleware, or tools that expect DLOs.
     */
    DYNAMIC
}
