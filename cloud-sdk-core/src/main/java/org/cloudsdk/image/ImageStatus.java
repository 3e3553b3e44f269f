package org.cloudsdk.image;

import org.cloudsdk.model.JsonName;

/** The life of an image in Glance, as its {@code status} says it. */
public enum ImageStatus {
    /** Created, waiting for its data. */
    @JsonName("queued") QUEUED,
    /** Its data is being saved (an upload or a server snapshot in progress). */
    @JsonName("saving") SAVING,
    /** Its data was staged for an interoperable import ({@code glance-direct}). */
    @JsonName("uploading") UPLOADING,
    /** An interoperable import is processing its data. */
    @JsonName("importing") IMPORTING,
    /** Usable. */
    @JsonName("active") ACTIVE,
    /** Its data cannot be downloaded until an administrator reactivates it. */
    @JsonName("deactivated") DEACTIVATED,
    /** Saving its data failed. */
    @JsonName("killed") KILLED,
    /** Deleted; its record remains. */
    @JsonName("deleted") DELETED,
    /** Deleted, its data to be removed later. */
    @JsonName("pending_delete") PENDING_DELETE,
    /** A value this SDK does not know. */
    UNKNOWN;

    /** @return the value as Glance writes it */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
