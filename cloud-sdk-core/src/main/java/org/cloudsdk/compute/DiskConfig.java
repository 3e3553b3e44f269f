package org.cloudsdk.compute;

/** How a server's disk is partitioned ({@code OS-DCF:diskConfig}). */
public enum DiskConfig {
    /** The disk is resized to the flavor's size and the file system expanded to fill it. */
    AUTO,
    /** The disk keeps the image's partitioning; the rest is left unpartitioned. */
    MANUAL,
    /** A value this SDK does not know. */
    UNKNOWN
}
